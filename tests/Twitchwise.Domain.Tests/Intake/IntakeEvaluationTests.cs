using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Tests.Intake;

public sealed class IntakeEvaluationTests
{
    private static readonly string DomainSet = TestPaths.Repo("tests", "Twitchwise.Domain.Tests", "Intake", "domain-set.jsonl");

    [NegExFact]
    public void NegEx_SharedAnnotationSet_BeatsPublishedNegExFigures()
    {
        var score = IntakeEvaluation.NegEx(IntakeReader.Default, File.ReadAllText(TestPaths.NegExAnnotations()!));

        Assert.Equal(2376, score.Total);

        // Chapman et al. 2001 reported sensitivity 77.8%, specificity 94.5%, PPV 84.5% for NegEx.
        Assert.True(score.Sensitivity > 0.778, $"sensitivity {score.Sensitivity:P1}");
        Assert.True(score.Specificity > 0.945, $"specificity {score.Specificity:P1}");
        Assert.True(score.PositivePredictiveValue > 0.845, $"PPV {score.PositivePredictiveValue:P1}");
    }

    [Fact]
    public void Domain_OwnSetOfDescriptions_ReachesOverallF1OfAtLeast90Percent()
    {
        var score = IntakeEvaluation.Domain(IntakeReader.Default, KnowledgeBase.Default, File.ReadAllText(DomainSet));

        Assert.True(score.Cases >= 150, $"{score.Cases} descriptions");
        Assert.True(score.Overall.F1 >= 0.9,
            $"F1 {score.Overall.F1:0.000}; misses: " + string.Join(" | ", score.Misses.Take(10).Select(m => $"{m.Line} {m.Answer}: {m.Expected} vs {m.Actual}")));
    }

    [Fact]
    public void Domain_WrongValue_CountsAsFalsePositiveAndFalseNegative()
    {
        const string set = """
            {"text": "cramp in my left calf", "answers": {"episode.kind": "twitch", "episode.locations": ["calf"]}}
            """;
        var score = IntakeEvaluation.Domain(IntakeReader.Default, KnowledgeBase.Default, set);

        var kind = score.PerAnswer.Single(a => a.Answer == "episode.kind");
        Assert.Equal((0, 1, 1), (kind.TruePositives, kind.FalsePositives, kind.FalseNegatives));
        var sides = score.PerAnswer.Single(a => a.Answer == "episode.sides");
        Assert.Equal((0, 1, 0), (sides.TruePositives, sides.FalsePositives, sides.FalseNegatives));
        Assert.Equal(1, score.PerAnswer.Single(a => a.Answer == "episode.locations").TruePositives);
    }

    [Fact]
    public void Domain_LevelFromWordsBelowExpected_IsALowerLevelMiss()
    {
        // The first story's answers hold a chest pain its words never say: an emergency read lower. The second agrees.
        const string set = """
            {"text": "calf twitching after my run", "answers": {"episode.kind": "twitch", "symptom.chest_pain": true}}
            {"text": "calf twitching after my run, no chest pain", "answers": {"episode.kind": "twitch", "symptom.chest_pain": false}}
            """;
        var score = IntakeEvaluation.Domain(IntakeReader.Default, KnowledgeBase.Default, set);

        var miss = Assert.Single(score.LevelMisses);
        Assert.Equal((1, TriageLevel.Emergency), (miss.Line, miss.Expected));
        Assert.True(miss.Actual < TriageLevel.Emergency);
        Assert.Equal([miss], score.Lower);
        Assert.Equal(1, score.LevelsAgree);
    }

    [Fact]
    public void Domain_EmergencyReadLower_IsFlaggedOnlyWhenTheResultAsksIt()
    {
        // Both stories are chest pain by their answers. The first says nothing of it: silent. The second's hedged words raise
        // it, so the result opens with the emergency one answer away. The third is self-care, and its words flag a stroke; the
        // fourth flags it too, but its annotator marked that sign to confirm, so the asking is right and no alarm.
        const string set = """
            {"text": "calf twitching after my run", "answers": {"episode.kind": "twitch", "symptom.chest_pain": true}}
            {"text": "maybe a burn under the sternum after my run", "answers": {"symptom.chest_pain": true}}
            {"text": "calf twitching after my run, maybe a bit numb on one side?", "answers": {"episode.kind": "twitch", "symptom.one_side_weak_or_numb": false}}
            {"text": "calf twitching after my run, maybe a bit numb on one side?", "answers": {"episode.kind": "twitch"}, "confirm": ["symptom.one_side_weak_or_numb"]}
            """;
        var score = IntakeEvaluation.Domain(IntakeReader.Default, KnowledgeBase.Default, set);

        Assert.Equal([(1, false), (2, true)], score.Lower.Select(m => (m.Line, m.Flagged)));
        Assert.Equal(2, score.SelfCareCases);
        Assert.Equal([3], score.Alarms!.Select(a => a.Line));
    }

    [Fact]
    public void Domain_EmergencyReadLowerInAnotherLanguage_IsGivenNoLevelNotSilent()
    {
        // The first is mostly Spanish: `assess --text` gives it no level, only the emergency number, so it is not silent. The
        // second is English and says nothing of the chest pain its answers hold: silent.
        const string set = """
            {"text": "Mi papá de 69 años sintió un calambre fuerte en la pierna y ahora está frío y pálido y no puede mover el pie", "answers": {"symptom.chest_pain": true}}
            {"text": "calf twitching after my run, it is a bit tight and I am not sure what to do about it now", "answers": {"symptom.chest_pain": true}}
            """;
        var score = IntakeEvaluation.Domain(IntakeReader.Default, KnowledgeBase.Default, set);

        Assert.Equal([(1, true, false), (2, false, true)], score.Lower.Select(m => (m.Line, m.NoLevel, m.Silent)));
    }

    [Theory]
    [InlineData("{\"text\": \"calf\"}", "line 1: each line must be an object")]
    [InlineData("{\"text\": \"calf\", \"answers\": {\"episode.kind\": \"knot\"}}", "line 1: invalid expected answers: episode.kind")]
    [InlineData("not json", "line 1: not valid JSON")]
    [InlineData("{\"text\": \"calf\", \"answers\": {}, \"confirm\": \"symptom.chest_pain\"}", "line 1: \"confirm\" must be a list")]
    public void Domain_BadLine_IsRefusedNamingTheLine(string line, string message)
    {
        var e = Assert.Throws<EvaluationFormatException>(() => IntakeEvaluation.Domain(IntakeReader.Default, KnowledgeBase.Default, line));

        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NegEx_BadNegationValue_IsRefusedNamingTheLine()
    {
        const string file = "header\n1\tedema\tNo edema.\tNegated\tRecent\tPatient\n2\tedema\tNo edema.\tMaybe\tRecent\tPatient\n";

        var e = Assert.Throws<EvaluationFormatException>(() => IntakeEvaluation.NegEx(IntakeReader.Default, file));

        Assert.Equal(3, e.Line);
    }
}
