using System.Collections.Concurrent;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Assessment;

/// <summary>
/// Turns a validated answer set into a triage level, ranked causes and advice, all from the knowledge base.
/// Pure and thread-safe: the same answers always give the same result.
/// </summary>
/// <remarks>
/// Everything that does not depend on the answers is worked out once, here: cause and source references become
/// indices and bit masks, and the explanation of a rule or a piece of evidence is built once per combination of
/// answers that can make it hold. An assessment is then a walk over compiled conditions (see bench/).
/// </remarks>
public sealed class AssessmentEngine
{
    /// <summary>A cause whose evidence score reaches this is called "likely"; below, "possible".</summary>
    public const double LikelyThreshold = 0.5;

    private readonly KnowledgeBase knowledge;
    private readonly CompiledRule[] rules;
    private readonly CompiledCause[] causes;
    private readonly CompiledAdvice[] relief;
    private readonly CompiledAdvice[] prevention;
    private readonly LevelGuidance[] guidanceByLevel;
    private readonly WarningSign[][] watchForByLevel;
    private readonly UInt128[] watchForSources;
    private readonly (int Index, string Id)[] redFlags;
    private readonly int kindQuestion;
    private readonly ConcurrentDictionary<UInt128, string[]> answerLists = new();

    public AssessmentEngine(KnowledgeBase knowledge)
    {
        this.knowledge = knowledge;
        var sourceIndex = knowledge.Sources.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        UInt128 Sources(IEnumerable<string> ids) => ids.Aggregate(UInt128.Zero, (m, id) => m | (UInt128.One << sourceIndex[id]));

        rules = knowledge.Rules.Select(r => new CompiledRule(r, Sources(r.Sources))
        {
            Fixed = r.When.FixedMask is { } mask ? NewReason(r, mask) : null,
        }).ToArray();
        guidanceByLevel = Enum.GetValues<TriageLevel>().Select(knowledge.Guidance).ToArray();
        var causeIndex = knowledge.Causes.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        causes = knowledge.Causes.Select(c => new CompiledCause(c, Sources(c.Sources), Compile(c.Support), Compile(c.Against))).ToArray();
        CompiledAdvice[] Advice(AdviceKind kind) => knowledge.Advice.Where(a => a.Kind == kind)
            .Select(a => new CompiledAdvice(a, a.Causes.Select(id => causeIndex[id]).ToArray(), [.. a.Causes], Sources(a.Sources))).ToArray();
        relief = Advice(AdviceKind.Relief);
        prevention = Advice(AdviceKind.Prevention);
        watchForByLevel = Enum.GetValues<TriageLevel>()
            .Select(level => knowledge.SafetyNet.Where(s => s.Level > level).Select(s => new WarningSign(s.Id, s.Level, s.Text, s.Sources)).ToArray())
            .ToArray();
        watchForSources = watchForByLevel.Select(list => list.Aggregate(UInt128.Zero, (m, w) => m | Sources(w.Sources))).ToArray();
        redFlags = knowledge.RedFlags.Select(q => (q.Index, q.Id)).ToArray();
        kindQuestion = knowledge.TryGetQuestion("episode.kind", out var kind) ? kind.Index : -1;
    }

    public KnowledgeBase Knowledge => knowledge;

    public AssessmentResult Assess(AnswerSet answers)
    {
        if (!ReferenceEquals(answers.Questions, knowledge.Questions))
        {
            throw new ArgumentException("The answers were validated against another knowledge base.", nameof(answers));
        }

        var values = answers.Values;
        var cited = UInt128.Zero;
        var triage = Triage(values, ref cited);
        // rankOf: a cause's place in the ranking, by its knowledge-base index (-1 when not listed).
        Span<int> rankOf = stackalloc int[causes.Length];
        var ranked = RankCauses(values, rankOf, ref cited);
        var kind = EpisodeKind(values);
        var reliefSteps = SelectAdvice(relief, rankOf, kind, ref cited);
        var preventionSteps = SelectAdvice(prevention, rankOf, kind, ref cited);
        var watchFor = watchForByLevel[(int)triage.Level];
        cited |= watchForSources[(int)triage.Level];

        var missing = 0;
        foreach (var (index, _) in redFlags)
        {
            missing += double.IsNaN(values[index]) ? 1 : 0;
        }

        var unanswered = new string[missing];
        missing = 0;
        foreach (var (index, id) in redFlags)
        {
            if (double.IsNaN(values[index]))
            {
                unanswered[missing++] = id;
            }
        }

        var sources = new Source[(int)UInt128.PopCount(cited)];
        for (int i = 0, n = 0; n < sources.Length; i++)
        {
            if ((cited & (UInt128.One << i)) != UInt128.Zero)
            {
                sources[n++] = knowledge.Sources[i];
            }
        }

        return new AssessmentResult(triage, ranked, reliefSteps, preventionSteps, watchFor, unanswered, sources, knowledge.Version);
    }

    /// <summary>The level is the most urgent any rule reaches; every rule that fired is a reason, most urgent first.</summary>
    private Triage Triage(ReadOnlySpan<double> values, ref UInt128 cited)
    {
        var reasons = new List<TriageReason>();
        var level = TriageLevel.SelfCare;
        foreach (var rule in rules)
        {
            var used = UInt128.Zero;
            if (rule.Rule.When.Evaluate(values, ref used) == Tri.True)
            {
                reasons.Add(rule.Fixed ?? rule.Reasons.GetOrAdd(used, static (mask, state) => state.Engine.NewReason(state.Rule, mask), (Engine: this, rule.Rule)));
                cited |= rule.Sources;
                if (rule.Rule.Level > level)
                {
                    level = rule.Rule.Level;
                }
            }
        }

        // Most urgent first; within a level, knowledge-base order (insertion sort is stable and n is small).
        StableSort(reasons, static (a, b) => b.Level.CompareTo(a.Level));
        var guidance = guidanceByLevel[(int)level];
        return new Triage(level, guidance.Label, guidance.Action, reasons);
    }

    private CompiledEvidence[] Compile(IEnumerable<Evidence> evidence) =>
        evidence.Select(e => new CompiledEvidence(e, this) { Fixed = e.When.FixedMask is { } mask ? NewFinding(mask, e.Text) : null }).ToArray();

    private TriageReason NewReason(TriageRule rule, UInt128 mask) =>
        new(rule.Id, rule.Level, rule.Title, rule.Advice, AnswerList(mask), rule.Sources);

    /// <summary>
    /// Each cause's score combines its supporting evidence as a noisy-OR (1 - product of (1 - weight)), then is
    /// discounted by any evidence against it. Simple enough to explain: every term is a listed answer.
    /// </summary>
    private RankedCause[] RankCauses(ReadOnlySpan<double> values, Span<int> rankOf, ref UInt128 cited)
    {
        Span<(int Index, double Score)> listed = stackalloc (int, double)[causes.Length];
        var found = new RankedCause?[causes.Length];
        var count = 0;
        for (var c = 0; c < causes.Length; c++)
        {
            var cause = causes[c];
            var because = Findings(cause.Support, values, out var missing);
            if (because.Length == 0)
            {
                continue;
            }

            var against = Findings(cause.Against, values, out var kept);
            var score = Math.Round((1 - missing) * kept, 3);
            var likelihood = score >= LikelyThreshold ? Likelihood.Likely : Likelihood.Possible;
            var source = cause.Cause;
            found[c] = new RankedCause(source.Id, source.Name, source.Summary, likelihood, score, because, against, source.Sources);
            listed[count++] = (c, score);
            cited |= cause.Sources;
        }

        // Highest score first; equal scores keep knowledge-base order (insertion sort is stable), so it is deterministic.
        listed = listed[..count];
        for (var i = 1; i < listed.Length; i++)
        {
            var item = listed[i];
            var j = i - 1;
            while (j >= 0 && listed[j].Score < item.Score)
            {
                listed[j + 1] = listed[j];
                j--;
            }

            listed[j + 1] = item;
        }

        rankOf.Fill(-1);
        var ranked = new RankedCause[count];
        for (var i = 0; i < count; i++)
        {
            rankOf[listed[i].Index] = i;
            ranked[i] = found[listed[i].Index]!;
        }

        return ranked;
    }

    /// <summary>The findings among <paramref name="evidence"/> that hold, and the product of (1 - weight) over them.</summary>
    private static Finding[] Findings(CompiledEvidence[] evidence, ReadOnlySpan<double> values, out double product)
    {
        Span<int> held = stackalloc int[evidence.Length];
        Span<UInt128> masks = stackalloc UInt128[evidence.Length];
        var count = 0;
        product = 1.0;
        for (var i = 0; i < evidence.Length; i++)
        {
            var used = UInt128.Zero;
            if (evidence[i].Evidence.When.Evaluate(values, ref used) == Tri.True)
            {
                product *= 1 - evidence[i].Evidence.Weight;
                masks[count] = used;
                held[count++] = i;
            }
        }

        if (count == 0)
        {
            return [];
        }

        var findings = new Finding[count];
        for (var i = 0; i < count; i++)
        {
            var e = evidence[held[i]];
            findings[i] = e.Fixed ?? e.Findings.GetOrAdd(masks[i], static (mask, state) => state.Engine.NewFinding(mask, state.Text), (e.Engine, e.Evidence.Text));
        }

        return findings;
    }

    private Finding NewFinding(UInt128 mask, string text)
    {
        var answers = AnswerList(mask);
        return new Finding(answers.Length > 0 ? answers[0] : "", answers, text);
    }

    private EpisodeKindFilter EpisodeKind(ReadOnlySpan<double> values)
    {
        if (kindQuestion < 0 || double.IsNaN(values[kindQuestion]))
        {
            return EpisodeKindFilter.Any;
        }

        return knowledge.Questions[kindQuestion].Options[(int)values[kindQuestion]].Id switch
        {
            "twitch" => EpisodeKindFilter.Twitch,
            "spasm" => EpisodeKindFilter.Spasm,
            _ => EpisodeKindFilter.Any,
        };
    }

    /// <summary>
    /// Advice for the listed causes. Each step belongs to the listed cause it mainly serves (named earliest in its
    /// list); the steps are then dealt out cause by cause - the first step for each cause in rank order, then the
    /// second - so that every likely cause gets its most direct step near the top. Advice written for cramps only
    /// is left out for a twitch, and the other way round.
    /// </summary>
    private static AdviceStep[] SelectAdvice(CompiledAdvice[] candidates, ReadOnlySpan<int> rankOf, EpisodeKindFilter episode, ref UInt128 cited)
    {
        Span<(int Rank, int Focus, int Order, int Served)> keys = stackalloc (int, int, int, int)[candidates.Length];
        var count = 0;
        for (var order = 0; order < candidates.Length; order++)
        {
            var candidate = candidates[order];
            var advice = candidate.Advice;
            if (advice.For != EpisodeKindFilter.Any && episode != EpisodeKindFilter.Any && advice.For != episode)
            {
                continue;
            }

            var rank = int.MaxValue;
            var focus = int.MaxValue;
            var served = 0;
            for (var position = 0; position < candidate.Causes.Length; position++)
            {
                var r = rankOf[candidate.Causes[position]];
                if (r < 0)
                {
                    continue;
                }

                served |= 1 << position;
                if (position < focus)
                {
                    focus = position;
                    rank = r;
                }
            }

            if (served == 0 && !advice.Always)
            {
                continue;
            }

            keys[count++] = (rank, focus, order, served);
            cited |= candidate.Sources;
        }

        keys = keys[..count];
        keys.Sort(static (a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.Focus != b.Focus ? a.Focus.CompareTo(b.Focus) : a.Order.CompareTo(b.Order));
        Span<(int Turn, int Rank, int Index)> dealt = stackalloc (int, int, int)[count];
        for (var i = 0; i < count; i++)
        {
            var turn = i > 0 && keys[i].Rank == keys[i - 1].Rank ? dealt[i - 1].Turn + 1 : 0;
            dealt[i] = (turn, keys[i].Rank, i);
        }

        dealt.Sort(static (a, b) => a.Turn != b.Turn ? a.Turn.CompareTo(b.Turn) : a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.Index.CompareTo(b.Index));
        var steps = new AdviceStep[count];
        for (var i = 0; i < count; i++)
        {
            var key = keys[dealt[i].Index];
            steps[i] = candidates[key.Order].Step(key.Served);
        }

        return steps;
    }

    private string[] AnswerList(UInt128 used) => answerLists.GetOrAdd(used, static (mask, questions) =>
    {
        var list = new List<string>();
        for (var i = 0; i < questions.Count; i++)
        {
            if ((mask & (UInt128.One << i)) != UInt128.Zero)
            {
                list.Add(questions[i].Id);
            }
        }

        return [.. list];
    }, knowledge.Questions);

    /// <summary>Insertion sort: stable, allocation-free, and fastest for the handful of items here.</summary>
    private static void StableSort<T>(List<T> items, Comparison<T> comparison)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var item = items[i];
            var j = i - 1;
            while (j >= 0 && comparison(items[j], item) > 0)
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = item;
        }
    }

    // The same rule or evidence can hold through different answers (an "any" of several); each combination's
    // explanation is made once and reused. Fixed is that explanation when only one combination can make it hold.
    private sealed record CompiledRule(TriageRule Rule, UInt128 Sources)
    {
        public TriageReason? Fixed { get; init; }

        public ConcurrentDictionary<UInt128, TriageReason> Reasons { get; } = new();
    }

    private sealed record CompiledEvidence(Evidence Evidence, AssessmentEngine Engine)
    {
        public Finding? Fixed { get; init; }

        public ConcurrentDictionary<UInt128, Finding> Findings { get; } = new();
    }

    private sealed record CompiledCause(Cause Cause, UInt128 Sources, CompiledEvidence[] Support, CompiledEvidence[] Against);

    /// <summary>Advice with its causes as knowledge-base indices; its step for each set of served causes is made once.</summary>
    private sealed record CompiledAdvice(Advice Advice, int[] Causes, string[] CauseIds, UInt128 Sources)
    {
        // Indexed by the bit mask of which of its causes are listed; filled on first use (a race only builds one twice).
        private readonly AdviceStep?[] steps = new AdviceStep?[1 << Causes.Length];

        public AdviceStep Step(int served) => steps[served] ??= new AdviceStep(
            Advice.Id, Advice.Text, CauseIds.Where((_, i) => (served & (1 << i)) != 0).ToArray(), Advice.EvidenceNote, Advice.Sources);
    }
}
