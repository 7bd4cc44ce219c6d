using System.Text.Json;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Cli.Tests;

public sealed class AssessCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("twitchwise-cli-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string WriteFile(string json)
    {
        var path = Path.Combine(dir, "answers.json");
        File.WriteAllText(path, json);
        return path;
    }

    public static TheoryData<string> Vignettes => Vignette.Names();

    [Theory]
    [MemberData(nameof(Vignettes))]
    public void AssessJson_EveryPublicVignette_AgreesWithTheEngine(string name)
    {
        var kb = KnowledgeBase.Default;
        var answers = new AnswerValidator(kb).Validate(Vignette.Named(name).Typed(kb)).Answers!;
        var expected = new AssessmentEngine(kb).Assess(answers);

        var run = CliRunner.WithInput(AssessmentJson.SerializeAnswers(answers), "assess", "--answers", "-", "--format", "json");

        Assert.Equal(0, run.Exit);
        Assert.Equal(AssessmentJson.Serialize(expected), run.Out.TrimEnd());
        Assert.Equal(Vignette.Named(name).Level, JsonDocument.Parse(run.Out).RootElement.GetProperty("triage").GetProperty("level").GetString());
    }

    [Fact]
    public void AssessText_Emergency_LeadsWithLevelAndActionAndEndsWithDisclaimer()
    {
        var path = WriteFile("""{"answers": {"symptom.dark_urine": true, "episode.pain": 8, "exercise.recent": true}}""");

        var run = CliRunner.Run("assess", "--answers", path);

        Assert.Equal(0, run.Exit);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("Level: emergency", lines[0]);
        Assert.Contains("EMERGENCY", lines[1]);
        Assert.Contains("Call your local emergency number", run.Out);
        Assert.Contains("because you said: dark (cola-coloured) urine: yes; exercised in past 24 hours: yes;", run.Out);
        Assert.DoesNotContain("symptom.dark_urine", run.Out);
        Assert.StartsWith("Not a diagnosis:", lines[^1]);
        // Nothing distracts from the action: what to do while waiting, and no causes, relief or prevention.
        Assert.Contains("While you wait", run.Out);
        Assert.Contains("Call 112", run.Out);
        Assert.DoesNotContain("Prevention", run.Out);
        Assert.DoesNotContain("relief", run.Out, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("causes", run.Out);
        Assert.DoesNotContain("Not answered", run.Out);
        Assert.DoesNotContain("\u001b[", run.Out); // no colour codes when not at a terminal
    }

    [Fact]
    public void AssessText_SelfCare_ShowsCausesAdviceWarningSignsAndNumberedSources()
    {
        var path = WriteFile("""{"answers": {"episode.kind": "spasm", "hydration.heavy_sweating": true, "hydration.electrolytes": false, "exercise.hot_conditions": true}}""");

        var run = CliRunner.Run("assess", "--answers", path);

        Assert.Equal(0, run.Exit);
        Assert.Contains("Level: self_care", run.Out);
        Assert.Contains("1. Lost electrolytes (likely", run.Out);
        Assert.Contains("because heavy sweating: yes; replaced salts: no", run.Out);
        Assert.Contains("First, do this", run.Out);
        Assert.Contains("stretch the muscle gently", run.Out);
        Assert.Contains("Get help if this changes", run.Out);
        Assert.Contains("Not answered", run.Out);
        // Sources by title, numbered; no seed-article file names.
        Assert.Contains("[1] Why your legs twitch after taking a walk\n", run.Out);
        Assert.DoesNotContain(".txt", run.Out);
    }

    [Fact]
    public void AssessText_Full_ShowsEveryStepThatShortOutputHides()
    {
        var path = WriteFile("""{"answers": {"episode.kind": "spasm", "exercise.intensity": 9, "exercise.minutes": 120, "hydration.heavy_sweating": true}}""");

        var brief = CliRunner.Run("assess", "--answers", path);
        var full = CliRunner.Run("assess", "--answers", path, "--full");

        Assert.Contains("add --full to see them all", brief.Out);
        Assert.DoesNotContain("add --full", full.Out);
        Assert.True(full.Out.Length > brief.Out.Length);
    }

    [Fact]
    public void AssessText_SevenCauses_ShowsTheTopThreeWithAShortBecauseAndAllOfThemWithAll()
    {
        var path = WriteFile("""{"answers": {"episode.kind": "spasm", "exercise.intensity": 9, "exercise.minutes": 120, "hydration.heavy_sweating": true, "hydration.electrolytes": false, "exercise.load_increase_percent": 60, "caffeine.mg_today": 500, "sleep.hours": 4, "stress.level": 8}}""");

        var brief = CliRunner.Run("assess", "--answers", path);
        var all = CliRunner.Run("assess", "--answers", path, "--all");

        Assert.Contains("  3. ", brief.Out);
        Assert.DoesNotContain("  4. ", brief.Out);
        Assert.Contains("4 more possible causes: add --all to see them.", brief.Out);
        Assert.Contains("because caffeine today: 500 mg", brief.Out);
        Assert.Contains("  7. ", all.Out);
        Assert.DoesNotContain("add --all", all.Out);
    }

    // The same input as the API: "subject" says whose the answers are, and the result speaks to whoever is with them.
    [Fact]
    public void AssessText_AnswersFileAboutSomeoneElse_IsWordedForTheHelper()
    {
        var path = WriteFile("""{"answers": {"symptom.arm_jaw_neck_pain": true, "exercise.recent": true}, "subject": "my dad"}""");

        var run = CliRunner.Run("assess", "--answers", path);

        Assert.Equal(0, run.Exit);
        var screen = System.Text.RegularExpressions.Regex.Replace(run.Out, @"\s+", " ");
        Assert.Contains("about my dad", screen);
        Assert.Contains("Get them to stop exercising and get them seen today.", screen);
        Assert.Contains("Get help for them if this changes", screen);
        Assert.DoesNotContain("muscle you worked", screen);
    }

    // The intake's "confirm" passed on in an answers file: the result opens with the emergency a yes would mean and the
    // question that settles it, as `assess --text` does.
    [Fact]
    public void Assess_AnswersFileWithConfirm_OpensWithTheEmergencyAYesWouldMean()
    {
        var run = CliRunner.Run("assess", "--answers", WriteFile("""{"answers": {"episode.kind": "spasm", "exercise.recent": true}, "confirm": ["symptom.chest_pain"]}"""));
        var plain = CliRunner.Run("assess", "--answers", WriteFile("""{"answers": {"episode.kind": "spasm", "exercise.recent": true}}"""));

        Assert.Equal(0, run.Exit);
        Assert.Contains("ONE ANSWER COULD MAKE THIS AN EMERGENCY", run.Out);
        Assert.Contains("Do you have chest pain or pressure?", run.Out);
        Assert.DoesNotContain("COULD MAKE THIS AN EMERGENCY", plain.Out);
    }

    [Fact]
    public void Assess_AnswersFileWithBlankSubject_ExitsTwoNamingTheField()
    {
        var path = WriteFile("""{"answers": {"episode.kind": "spasm"}, "subject": " "}""");

        var run = CliRunner.Run("assess", "--answers", path);

        Assert.Equal(2, run.Exit);
        Assert.Equal("", run.Out);
        Assert.Contains("subject: is empty", run.Error);
    }

    [Fact]
    public void Assess_InvalidAnswers_ExitsTwoAndListsEveryProblemOnStderr()
    {
        var path = WriteFile("""{"answers": {"symptom.weaknes": true, "episode.pain": 11, "episode.kind": "cramp", "episode.locations": ["calf", "calf"]}}""");

        var run = CliRunner.Run("assess", "--answers", path);

        Assert.Equal(2, run.Exit);
        Assert.Equal("", run.Out);
        Assert.Contains("4 problems", run.Error);
        Assert.Contains("symptom.weaknes: unknown question id (did you mean \"symptom.weakness\"?)", run.Error);
        Assert.Contains("episode.pain: 11 is out of range; expected a number from 0 to 10", run.Error);
        Assert.Contains("episode.kind: \"cramp\" is not an option; expected one of: twitch, spasm, both", run.Error);
        Assert.Contains("episode.locations: \"calf\" is listed more than once", run.Error);
        Assert.DoesNotContain("   at ", run.Error); // no stack trace
    }

    [Fact]
    public void AssessJson_InvalidAnswers_WritesProblemDetailsToStderr()
    {
        var run = CliRunner.WithInput("""{"answers": {"sleep.hours": 30}}""", "assess", "--answers", "-", "--format", "json");

        Assert.Equal(2, run.Exit);
        var errors = JsonDocument.Parse(run.Error).RootElement.GetProperty("errors");
        Assert.Contains("out of range", errors.GetProperty("sleep.hours")[0].GetString());
    }

    [Fact]
    public void Assess_NotJson_ExitsTwoSayingSo()
    {
        var run = CliRunner.WithInput("episode.kind=spasm", "assess", "--answers", "-");

        Assert.Equal(2, run.Exit);
        Assert.Contains("not valid JSON", run.Error);
    }

    [Fact]
    public void Assess_MissingFile_ExitsOneNamingTheFile()
    {
        var run = CliRunner.Run("assess", "--answers", Path.Combine(dir, "nope.json"));

        Assert.Equal(1, run.Exit);
        Assert.Contains("Cannot read the answers file", run.Error);
        Assert.Contains("nope.json", run.Error);
    }

    [Fact]
    public void Assess_NoTerminalAndNoAnswers_ExplainsHowToGiveAnswers()
    {
        var run = CliRunner.Run("assess");

        Assert.Equal(1, run.Exit);
        Assert.Contains("--answers", run.Error);
    }

    [Fact]
    public void Assess_UnknownFormat_IsRefused()
    {
        var run = CliRunner.Run("assess", "--answers", "-", "--format", "xml");

        Assert.Equal(1, run.Exit);
        Assert.Contains("xml", run.Error);
    }
}
