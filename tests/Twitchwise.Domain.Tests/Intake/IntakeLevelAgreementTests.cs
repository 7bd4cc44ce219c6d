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
    // dev-danger2 (stop 29) likewise: two of its emergencies still read lower (a weak arm and a numb face asked, not
    // answered, under "is this a trapped nerve??"; "pain in left side of jaw and throat area" with a cold sweat), so it is
    // held to the 190 it reached.
    // dev3 (stop 30): everyday stories rich in times, sessions and amounts, written blind and tuned on; none of its 26
    // emergencies may read lower.
    public static TheoryData<string> Sets => new() { "dev.jsonl", "test2.jsonl", "test3.jsonl", "dev-danger.jsonl", "dev-danger2.jsonl", "dev3.jsonl" };
    private static readonly Dictionary<string, int> DangerStoriesAgreeAtLeast = new() { ["dev-danger.jsonl"] = 220, ["dev-danger2.jsonl"] = 190 };

    [Theory]
    [MemberData(nameof(Sets))]
    public void EvalSet_LevelFromWords_MatchesLevelFromGoldAnswers(string file)
    {
        var score = IntakeEvaluation.Domain(IntakeReader.Default, Kb, File.ReadAllText(TestPaths.Repo("tests", "intake-eval", file)));
        var misses = score.LevelMisses
            .Select(m => $"{(m.Actual < m.Expected ? "UNDER" : "over ")} {m.Expected} -> {m.Actual}: {m.Text}")
            .Order(StringComparer.Ordinal).ToList();

        output.WriteLine($"{file}: {score.LevelsAgree}/{score.Cases} levels agree ({(double)score.LevelsAgree / score.Cases:0.000})");
        misses.ForEach(output.WriteLine);
        Assert.True(score.Cases > 0);
        if (DangerStoriesAgreeAtLeast.TryGetValue(file, out var floor))
        {
            Assert.True(score.LevelsAgree >= floor, $"{score.LevelsAgree} of {score.Cases} danger stories reach their level");
        }
        else if (file != "test3.jsonl")
        {
            // The sets the intake was tuned on: no emergency may be read as anything less.
            Assert.DoesNotContain(score.Lower, m => m.Expected == TriageLevel.Emergency);
        }
    }
}
