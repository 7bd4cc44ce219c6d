using System.Text.Json;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Intake;

/// <summary>A line of an evaluation file that cannot be read: which line and what is wrong.</summary>
public sealed class EvaluationFormatException(int line, string problem) : Exception($"line {line}: {problem}")
{
    public int Line { get; } = line;
}

/// <summary>Counts for "negated" as the positive class: sensitivity (recall), specificity, PPV (precision), accuracy.</summary>
public sealed record NegationScore(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives, int PhraseNotFound,
    IReadOnlyList<NegationMiss> Misses)
{
    public int Total => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    public double Sensitivity => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double Specificity => Ratio(TrueNegatives, TrueNegatives + FalsePositives);

    public double PositivePredictiveValue => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Accuracy => Ratio(TruePositives + TrueNegatives, Total);

    internal static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}

/// <summary>A condition the negation step got wrong: its line, the condition, the sentence and the annotation.</summary>
public sealed record NegationMiss(int Line, string Condition, string Sentence, bool ExpectedNegated);

/// <summary>Precision, recall and F1 of the answers for one question id (or all of them).</summary>
public sealed record AnswerScore(string Answer, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => NegationScore.Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => NegationScore.Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// The per-question scores, the overall (micro-averaged) score, every answer the intake got wrong, and every case whose
/// triage level from the words differs from the level of its expected answers.
/// </summary>
/// <param name="SelfCareCases">Cases whose expected answers give self-care, and no emergency is suspected on them.</param>
/// <param name="Alarms">
/// Of those, the cases whose result from the words opens with an emergency one answer away (a suspected emergency rule):
/// the price of asking, an alarm beside a story that needed none.
/// </param>
public sealed record IntakeScore(IReadOnlyList<AnswerScore> PerAnswer, AnswerScore Overall, IReadOnlyList<IntakeMiss> Misses, int Cases,
    IReadOnlyList<LevelMiss> LevelMisses, int SelfCareCases = 0, IReadOnlyList<Alarm>? Alarms = null)
{
    public int LevelsAgree => Cases - LevelMisses.Count;

    /// <summary>Cases read at a lower level than their expected answers give: the misses that matter most.</summary>
    public IReadOnlyList<LevelMiss> Lower => [.. LevelMisses.Where(m => m.Actual < m.Expected)];
}

/// <summary>A self-care case whose result from the words flags an emergency one answer away, and what the words raised.</summary>
public sealed record Alarm(int Line, string Text, IReadOnlyList<string> Raised);

/// <summary>
/// A case whose level from the words (<paramref name="Actual"/>) is not the level of its expected answers. A lower one is
/// <paramref name="Flagged"/> when the result from the words still opens with a rule at the expected level one answer away
/// (suspected, from the answers or the questions the words raised): without a terminal the person is told "if yes, this is
/// an emergency"; at one, it is asked first. <paramref name="NoLevel"/> when the description is mostly in a language the
/// intake does not read: `assess --text` then gives no level at all, only where to turn if it could be an emergency. One
/// neither flagged nor given no level is silent: the worst miss.
/// </summary>
public sealed record LevelMiss(int Line, string Text, TriageLevel Expected, TriageLevel Actual, bool Flagged = false, bool NoLevel = false)
{
    /// <summary>Read lower with nothing said: no flag, and a level given.</summary>
    public bool Silent => Actual < Expected && !Flagged && !NoLevel;
}

/// <summary>One wrong or missing answer: the text, the answer id, what was expected and what came out (null = nothing).</summary>
public sealed record IntakeMiss(int Line, string Text, string Answer, AnswerValue? Expected, AnswerValue? Actual);

/// <summary>Measures the intake: the negation step on the NegEx set, and the whole intake on a domain set.</summary>
public static class IntakeEvaluation
{
    /// <summary>
    /// The NegEx annotation file (tab-separated: line number, condition, sentence, Negated/Affirmed, temporality,
    /// experiencer; a header line first). Each condition is located in its sentence and the ConText step decides
    /// whether it is negated. A condition not found in its sentence counts as "not negated" (no trigger can reach it).
    /// </summary>
    public static NegationScore NegEx(IntakeReader reader, string fileText)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileText);
        int tp = 0, fp = 0, tn = 0, fn = 0, notFound = 0;
        var misses = new List<NegationMiss>();
        var lines = fileText.Replace("\r\n", "\n").Split('\n');
        for (var n = 1; n < lines.Length; n++)
        {
            if (string.IsNullOrWhiteSpace(lines[n]))
            {
                continue;
            }

            var columns = lines[n].Split('\t');
            if (columns.Length < 4)
            {
                throw new EvaluationFormatException(n + 1, $"expected at least 4 tab-separated columns (number, condition, sentence, negation), found {columns.Length}");
            }

            var expected = columns[3].Trim() switch
            {
                "Negated" => true,
                "Affirmed" => false,
                var other => throw new EvaluationFormatException(n + 1, $"negation must be Negated or Affirmed, not '{other}'"),
            };
            var context = reader.ContextOf(columns[2], columns[1]);
            if (context is null)
            {
                notFound++;
            }

            var negated = context?.Negated == true;
            if (negated != expected)
            {
                misses.Add(new(n + 1, columns[1], columns[2], expected));
            }

            _ = (expected, negated) switch
            {
                (true, true) => tp++,
                (false, true) => fp++,
                (false, false) => tn++,
                (true, false) => fn++,
            };
        }

        return new(tp, fp, tn, fn, notFound, misses);
    }

    /// <summary>
    /// A domain set in JSON Lines: one <c>{"text": "...", "answers": {...}}</c> per line, the answers in the contract's
    /// shape. An answer counts as right when the intake gives the same value (numbers within 1%); a wrong value is both
    /// a false positive and a false negative; an answer the intake gives but the case does not expect is a false positive.
    /// Each case is also assessed twice, on its expected answers and on the answers read, to compare the triage levels:
    /// a right level from slightly wrong answers is what a user feels, and a lower one is the miss that matters.
    /// </summary>
    public static IntakeScore Domain(IntakeReader reader, KnowledgeBase knowledge, string fileText)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileText);
        var validator = new AnswerValidator(knowledge);
        var engine = new AssessmentEngine(knowledge);
        var levelMisses = new List<LevelMiss>();
        var counts = new Dictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal);
        var misses = new List<IntakeMiss>();
        var (cases, selfCare) = (0, 0);
        var alarms = new List<Alarm>();
        var lines = fileText.Replace("\r\n", "\n").Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            if (string.IsNullOrWhiteSpace(lines[n]))
            {
                continue;
            }

            var (text, expected, askedByAnnotator) = ReadCase(validator, lines[n], n + 1);
            var read = reader.Read(text);
            var actual = validator.Validate(read.Answers).Answers
                ?? throw new InvalidOperationException($"line {n + 1}: the intake produced answers outside the contract");
            cases++;
            var wantTriage = engine.Assess(expected).Triage;
            var gotTriage = engine.Assess(actual, raised: read.Confirm).Triage;
            if (wantTriage.Level != gotTriage.Level)
            {
                levelMisses.Add(new(n + 1, text, wantTriage.Level, gotTriage.Level, gotTriage.Suspected.Any(s => s.Level >= wantTriage.Level), read.MostlyUnread));
            }

            if (wantTriage.Level == TriageLevel.SelfCare && !wantTriage.Suspected.Any(s => s.Level == TriageLevel.Emergency))
            {
                selfCare++;
                // A question the annotator also marked to confirm (a hedged sign) is asked as it should be: no alarm.
                if (gotTriage.Level < TriageLevel.Emergency && gotTriage.Suspected.Any(s => s.Level == TriageLevel.Emergency) &&
                    !read.Confirm.Any(askedByAnnotator.Contains))
                {
                    alarms.Add(new(n + 1, text, read.Confirm));
                }
            }

            foreach (var id in knowledge.Questions.Select(q => q.Id))
            {
                var (want, got) = (expected[id], actual[id]);
                if (want is null && got is null)
                {
                    continue;
                }

                var c = counts.GetValueOrDefault(id);
                if (want is not null && got is not null && Same(want, got))
                {
                    c.Tp++;
                }
                else
                {
                    c.Fp += got is null ? 0 : 1;
                    c.Fn += want is null ? 0 : 1;
                    misses.Add(new(n + 1, text, id, want, got));
                }

                counts[id] = c;
            }
        }

        var per = counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new AnswerScore(c.Key, c.Value.Tp, c.Value.Fp, c.Value.Fn)).ToList();
        var overall = new AnswerScore("overall", per.Sum(p => p.TruePositives), per.Sum(p => p.FalsePositives), per.Sum(p => p.FalseNegatives));
        return new(per, overall, misses, cases, levelMisses, selfCare, alarms);
    }

    /// <summary>A case's text, its expected answers, and the questions its annotator marked to confirm (optional).</summary>
    private static (string Text, AnswerSet Expected, IReadOnlyList<string> Confirm) ReadCase(AnswerValidator validator, string line, int number)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String ||
                !root.TryGetProperty("answers", out var answers))
            {
                throw new EvaluationFormatException(number, "each line must be an object with \"text\" (a string) and \"answers\"");
            }

            var validation = validator.ValidateJson("{\"answers\": " + answers.GetRawText() + "}");
            if (validation.Answers is null)
            {
                throw new EvaluationFormatException(number, "invalid expected answers: " + string.Join("; ", validation.Problems.Select(p => $"{p.Field}: {p.Message}")));
            }

            var confirm = new List<string>();
            if (root.TryGetProperty("confirm", out var asked))
            {
                if (asked.ValueKind != JsonValueKind.Array || asked.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
                {
                    throw new EvaluationFormatException(number, "\"confirm\" must be a list of question ids");
                }

                confirm.AddRange(asked.EnumerateArray().Select(e => e.GetString()!));
            }

            return (text.GetString()!, validation.Answers, confirm);
        }
        catch (JsonException e)
        {
            throw new EvaluationFormatException(number, $"not valid JSON ({e.Message})");
        }
    }

    private static bool Same(AnswerValue a, AnswerValue b) => (a, b) switch
    {
        (NumberAnswer x, NumberAnswer y) => Math.Abs(x.Value - y.Value) <= Math.Max(0.01, 0.01 * Math.Abs(x.Value)),
        _ => a == b,
    };
}
