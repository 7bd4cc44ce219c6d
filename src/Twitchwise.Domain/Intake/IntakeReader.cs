using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Intake;

/// <summary>
/// The free-text intake: reads a description in English and answers the questions it covers, each with the span
/// of text behind it. No network and no model: the lexicon, unit patterns and the ConText step do the work.
/// </summary>
public sealed class IntakeReader(KnowledgeBase knowledge, IntakeLexicon lexicon)
{
    private const double SecondsPerDay = 86400;
    private const int CueAfterPenalty = 3;

    private static readonly Lazy<IntakeReader> Embedded = new(() => new(KnowledgeBase.Default, IntakeLexicon.Default));

    public static IntakeReader Default => Embedded.Value;

    public IntakeResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var collected = new Collected();
        foreach (var (start, end) in TextTokens.Sentences(text))
        {
            ReadSentence(text, TextTokens.Tokenize(text, start, end), collected);
        }

        return new(Merge(collected.Findings), collected.Findings.Select(f => f.Finding).ToList(), collected.Historical, collected.SetAside);
    }

    /// <summary>
    /// The context of a given phrase in a sentence, as for the NegEx evaluation; null when the phrase is not in it.
    /// The phrase is masked while triggers are matched, so its own words never act as triggers.
    /// </summary>
    public FindingContext? ContextOf(string sentence, string phrase)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        // Hyphens are not words, as in the lexicon: "Mallory-Weiss tear" is found in "MALLORY-WEISS TEAR".
        var tokens = TextTokens.Tokenize(sentence).Where(t => t.Norm != "-").ToList();
        var words = PhraseMatcher<object>.Words(phrase);
        var first = Enumerable.Range(0, Math.Max(0, tokens.Count - words.Length + 1))
            .FirstOrDefault(i => words.Select((w, k) => tokens[i + k].Norm == w).All(x => x), -1);
        if (words.Length == 0 || first < 0)
        {
            return null;
        }

        var last = first + words.Length;
        var masked = tokens.Select((t, i) => i >= first && i < last ? t with { Norm = "\u0001" } : t).ToList();
        return ConText.Of(first, last, tokens, Triggers(lexicon.Triggers.FindAll(masked)), lexicon.Scopes);
    }

    /// <summary>
    /// Matches of the further layers, except inside a trigger ("runs in the family" is no run) or inside an exclusive
    /// finding ("trouble walking" is a warning sign, not a walk).
    /// </summary>
    private IEnumerable<PhraseMatch<LexiconItem>> LayerMatches(List<Token> tokens, List<PhraseMatch<LexiconItem>> main)
    {
        var blocked = main.Where(m => m.Item is Trigger || m.Item is Concept { Exclusive: true }).ToList();
        return lexicon.Layers
            .SelectMany(layer => layer.FindAll(tokens))
            .Where(m => !blocked.Any(b => b.First <= m.First && m.Last <= b.Last));
    }

    private static List<PhraseMatch<Trigger>> Triggers(List<PhraseMatch<LexiconItem>> matches) =>
        matches.Where(m => m.Item is Trigger).Select(m => new PhraseMatch<Trigger>(m.First, m.Last, (Trigger)m.Item)).ToList();

    private void ReadSentence(string text, List<Token> tokens, Collected collected)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        var matches = lexicon.Findings.FindAll(tokens);
        var triggers = Triggers(matches);
        var findings = matches.Where(m => m.Item is Concept).Select(m => (m.First, m.Last)).ToList();
        FindingContext ContextOf(int first, int last) => ConText.Of(first, last, tokens, triggers, lexicon.Scopes, findings);
        Finding Make(string id, AnswerValue value, int first, int last)
        {
            var (start, end) = (tokens[first].Start, tokens[last - 1].End);
            return new(id, value, text[start..end], start, end);
        }

        foreach (var m in matches.Concat(LayerMatches(tokens, matches)))
        {
            if (m.Item is Concept concept)
            {
                var context = ContextOf(m.First, m.Last);
                if ((context.Negated ? concept.NegatedValue : concept.Value) is { } value)
                {
                    collected.Add(Make(concept.Question.Id, value, m.First, m.Last), context, concept.HistoricalCounts, concept.Id);
                }

                foreach (var (id, implied) in context.Negated ? [] : concept.Also)
                {
                    collected.Add(Make(id, implied, m.First, m.Last), context, concept.HistoricalCounts, null);
                }
            }
        }

        var (quantities, drinks) = Quantities.Read(tokens, lexicon.Quantities.FindAll(tokens));
        var cues = lexicon.Cues.FindAll(tokens);
        // A number inside the words of a numeric finding ("never take a rest day" = 0) is part of that finding.
        var concepts = matches.Where(m => m.Item is Concept { Question.Type: QuestionType.Number }).ToList();
        foreach (var q in quantities.Where(q => !concepts.Any(c => c.First <= q.First && q.Last <= c.Last)))
        {
            var context = ContextOf(q.First, q.Last);
            if (!context.Negated && Assign(q, cues) is var (id, value) && InRange(id, value))
            {
                collected.Add(Make(id, new NumberAnswer(value), q.First, q.Last), context with { Historical = false }, false, null, measured: true);
            }
        }

        foreach (var d in drinks)
        {
            var drink = d.Drink!;
            var context = ContextOf(d.First, d.Last);
            if (context.Negated || d.Servings is not null)
            {
                // "4 coffees" says how much, even when a negation nearby is about something else ("not sleeping well,
                // maybe 3 espressos"); only an uncounted negated drink ("no coffee") says none today.
                var mg = d.Servings is { } servings ? Math.Round(servings * drink.CaffeineMg) : 0;
                collected.Add(Make("caffeine.mg_today", new NumberAnswer(mg), d.First, d.Last), context with { Historical = false }, false, null, measured: true);
            }

            if (drink.Stimulant && !context.Negated)
            {
                collected.Add(Make("caffeine.stimulants", new BoolAnswer(true), d.First, d.Last), context, false, null);
            }
        }
    }

    /// <summary>
    /// Which answer a number belongs to, from its unit and the nearest cue word in the sentence. An "unrelated" cue
    /// ("desk", "work") can be nearest too, and then the number answers nothing.
    /// </summary>
    private static (string Id, double Value)? Assign(Quantity q, List<PhraseMatch<CueKind>> cues)
    {
        // A score out of 10 can only be pain, stress or effort, so an "unrelated" cue ("stressed at work 8/10") says nothing about it.
        CueKind? Nearest(params CueKind[] kinds) => cues
            .Where(c => (c.Item == CueKind.Unrelated && q.Kind != UnitKind.Score) || kinds.Contains(c.Item))
            .Select(c => (c.Item, Distance: c.Last <= q.First ? q.First - c.Last : c.First >= q.Last ? c.First - q.Last + CueAfterPenalty : 0))
            .OrderBy(c => c.Distance)
            .Select(c => (CueKind?)c.Item)
            .FirstOrDefault();

        switch (q.Kind)
        {
            case UnitKind.Duration when q.UnitFactor >= SecondsPerDay:
                // "for three weeks", "started 2 months ago"; "I've been running for 3 years" is not about the episodes.
                return Nearest(CueKind.Episode, CueKind.Exercise) is CueKind.Exercise or CueKind.Unrelated ? null : ("episode.days", Math.Round(q.Value / SecondsPerDay, 1));
            case UnitKind.Duration:
                return Nearest(q.UnitFactor >= 60 ? [CueKind.Sleep, CueKind.Exercise, CueKind.Episode] : [CueKind.Exercise, CueKind.Episode]) switch
                {
                    CueKind.Sleep => ("sleep.hours", q.Value / 3600),
                    CueKind.Exercise => ("exercise.minutes", q.Value / 60),
                    CueKind.Episode => ("episode.seconds", q.Value),
                    _ => null,
                };
            case UnitKind.Volume:
                return ("hydration.liters_today", q.Value);
            case UnitKind.Mass:
                return Nearest(CueKind.Caffeine) != CueKind.Caffeine ? null : ("caffeine.mg_today", q.Value);
            case UnitKind.Percent:
                return Nearest(CueKind.Load) != CueKind.Load ? null : ("exercise.load_increase_percent", q.Value);
            case UnitKind.Score:
                return Nearest(CueKind.Pain, CueKind.Stress, CueKind.Intensity) switch
                {
                    CueKind.Pain => ("episode.pain", q.Value),
                    CueKind.Stress => ("stress.level", q.Value),
                    CueKind.Intensity => ("exercise.intensity", q.Value),
                    _ => null,
                };
            case UnitKind.Age:
                return ("person.age", q.Value);
            case UnitKind.RestDays:
                return ("exercise.rest_days_per_week", q.Value);
            case UnitKind.PerWeek:
                return Nearest(CueKind.Rest, CueKind.Exercise) switch
                {
                    CueKind.Rest => ("exercise.rest_days_per_week", q.Value),
                    CueKind.Exercise when q.Value <= 7 => ("exercise.rest_days_per_week", 7 - q.Value),
                    _ => null,
                };
            default:
                return null;
        }
    }

    private bool InRange(string id, double value) =>
        knowledge.TryGetQuestion(id, out var q) && value >= (q.Min ?? double.MinValue) && value <= (q.Max ?? double.MaxValue);

    /// <summary>Findings to answers: a "yes" to a warning sign wins over a "no" elsewhere, options add up, numbers merge by rule.</summary>
    private Dictionary<string, AnswerValue> Merge(List<Collected.Item> findings)
    {
        var answers = new Dictionary<string, AnswerValue>(StringComparer.Ordinal);
        foreach (var group in findings.GroupBy(f => f.Finding.Answer))
        {
            var q = knowledge.Question(group.Key);
            var values = group.Select(f => f.Finding.Value).ToList();
            AnswerValue value = q.Type switch
            {
                QuestionType.Bool => new BoolAnswer(values.OfType<BoolAnswer>().Any(b => b.Value)),
                // A number with a unit ("stress 8/10") beats an estimate from words ("really stressed" = 9).
                QuestionType.Number => new NumberAnswer(MergeNumbers(q.Id, group
                    .Where(f => f.Measured || !group.Any(g => g.Measured))
                    .Select(f => ((NumberAnswer)f.Finding.Value).Value).ToList())),
                QuestionType.Choices => new ChoicesAnswer(q.Options.Select(o => o.Id)
                    .Where(o => values.OfType<ChoicesAnswer>().Any(c => c.Options.Contains(o))).ToArray()),
                _ => MergeChoice(q.Id, group.ToList()),
            };

            // "9999 coffees" is a slip of the keyboard, not an answer: a number outside the question's range is dropped.
            if (value is not NumberAnswer n || InRange(q.Id, n.Value))
            {
                answers[q.Id] = value;
            }
        }

        return answers;
    }

    private double MergeNumbers(string id, List<double> values) => lexicon.Merge.GetValueOrDefault(id) switch
    {
        MergeRule.Sum => values.Sum(),
        MergeRule.Max => values.Max(),
        _ => values[0],
    };

    private ChoiceAnswer MergeChoice(string id, List<Collected.Item> findings)
    {
        var concepts = findings.Select(f => f.ConceptId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var combined = lexicon.Combine.FirstOrDefault(r => r.Answer == id && r.Concepts.All(concepts.Contains));
        return combined is not null ? new ChoiceAnswer(combined.Gives) : (ChoiceAnswer)findings[0].Finding.Value;
    }

    private sealed class Collected
    {
        /// <summary>A finding that counts, the concept behind it, and whether it was read from a number with a unit.</summary>
        public sealed record Item(Finding Finding, string? ConceptId, bool Measured);

        public List<Item> Findings { get; } = [];

        public List<Finding> Historical { get; } = [];

        public List<SetAsideFinding> SetAside { get; } = [];

        public void Add(Finding finding, FindingContext context, bool historicalCounts, string? conceptId, bool measured = false)
        {
            if (context.OtherPerson)
            {
                SetAside.Add(new(finding, SetAsideReason.OtherPerson));
            }
            else if (context.Hypothetical)
            {
                SetAside.Add(new(finding, SetAsideReason.Hypothetical));
            }
            else if (context.Historical && !historicalCounts)
            {
                Historical.Add(finding);
            }
            else
            {
                Findings.Add(new(finding, conceptId, measured));
            }
        }
    }
}
