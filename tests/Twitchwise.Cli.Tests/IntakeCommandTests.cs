using System.Text.Json;
using System.Text.RegularExpressions;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Cli.Tests;

public sealed class IntakeCommandTests
{
    private const string Description = "my left calf has been twitching for three weeks after runs, no numbness or weakness, " +
                                       "I'm on 4 coffees a day and sleeping about 5 hours";

    [Fact]
    public void Intake_JsonFormat_PrintsAnswersAndSpans()
    {
        var run = CliRunner.Run("intake", "--text", Description, "--format", "json");

        Assert.Equal(CliApp.Ok, run.Exit);
        using var doc = JsonDocument.Parse(run.Out);
        var answers = doc.RootElement.GetProperty("answers");
        Assert.Equal(21, answers.GetProperty("episode.days").GetDouble());
        Assert.False(answers.GetProperty("symptom.numbness").GetBoolean());
        Assert.Equal("calf", answers.GetProperty("episode.locations")[0].GetString());
        var days = doc.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("answer").GetString() == "episode.days");
        Assert.Equal("three weeks", days.GetProperty("text").GetString());
        Assert.Equal("three weeks", Description[days.GetProperty("start").GetInt32()..days.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public void Intake_DayOfTheWeek_IsCountedFromToday()
    {
        // Yesterday's name, whatever today is: the command reads it against the clock.
        var yesterday = DateTime.Now.AddDays(-1).DayOfWeek;
        var run = CliRunner.Run("intake", "--text", $"my calves have twitched since {yesterday}", "--format", "json");

        Assert.Equal(CliApp.Ok, run.Exit);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal(1, doc.RootElement.GetProperty("answers").GetProperty("episode.days").GetDouble());
    }

    [Fact]
    public void Intake_TextFormat_ShowsWhatWasUnderstoodAndWhatWasSetAside()
    {
        var run = CliRunner.Run("intake", "--text", "My dad had MS. My calf twitches, no weakness.");

        Assert.Equal(CliApp.Ok, run.Exit);
        // In a few words, as assess --text shows it: never the internal ids.
        Assert.Contains("where: calf", run.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("muscle weakness: no", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("symptom.weakness", run.Out, StringComparison.Ordinal);
        Assert.Contains("about someone else: \"MS\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Intake_TextFromStdin_IsRead()
    {
        var run = CliRunner.WithInput("cramp in my foot at night", "intake", "--text", "-", "--format", "json");

        Assert.Equal(CliApp.Ok, run.Exit);
        Assert.Contains("in_bed_at_night", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Intake_EmptyText_IsRefusedWithReason()
    {
        var run = CliRunner.Run("intake", "--text", "  ");

        Assert.Equal(CliApp.InvalidInput, run.Exit);
        Assert.Contains("The description is empty", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Assess_TextWithoutTerminal_ShowsUnderstandingSaysRedFlagsAreOpenAndAssesses()
    {
        var run = CliRunner.Run("assess", "--text", Description);

        Assert.Equal(CliApp.Ok, run.Exit);
        Assert.Contains("What I understood", run.Out, StringComparison.Ordinal);
        Assert.Contains("did not settle", run.Out, StringComparison.Ordinal);
        Assert.Contains("Not answered yet", run.Out, StringComparison.Ordinal);
        Assert.Contains("Level: ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_TextAsJson_KeepsStdoutPureAndListsTheOpenRedFlags()
    {
        var run = CliRunner.Run("assess", "--text", "calf twitching, no chest pain", "--format", "json");

        Assert.Equal(CliApp.Ok, run.Exit);
        using var doc = JsonDocument.Parse(run.Out);
        var open = doc.RootElement.GetProperty("unanswered_red_flags").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("symptom.breathing_difficulty", open);
        Assert.DoesNotContain("symptom.chest_pain", open);
        Assert.Contains("What I understood", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalNegEx_AnnotationFile_PrintsTheFourFigures()
    {
        // A few sentences of our own in the NegEx annotation format: the command is under test here, not the data.
        var run = CliRunner.Run("eval", "negex", TestPaths.Repo("tests", "Twitchwise.Cli.Tests", "Fixtures", "negex-sample.tsv"));

        Assert.Equal(CliApp.Ok, run.Exit);
        foreach (var label in new[] { "sensitivity", "specificity", "PPV", "accuracy" })
        {
            Assert.Contains(label, run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EvalIntake_StoryReadBelowItsLevel_IsCountedAndListedAsLower()
    {
        var path = Path.Combine(Path.GetTempPath(), $"twitchwise-eval-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, """
            {"text": "calf twitching after my run", "answers": {"episode.kind": "twitch", "symptom.chest_pain": true}}
            {"text": "calf twitching after my run, no chest pain", "answers": {"episode.kind": "twitch", "symptom.chest_pain": false}}
            """);
        try
        {
            var run = CliRunner.Run("eval", "intake", path);

            Assert.Equal(CliApp.Ok, run.Exit);
            Assert.Contains("levels: 1 of 2 agree with the expected answers' level; 1 lower (1 of them emergencies), 0 higher", run.Out, StringComparison.Ordinal);
            Assert.Contains("line 1: LOWER  emergency -> ", run.Out, StringComparison.Ordinal);
            // Nothing in "calf twitching after my run" asks about the chest: the worst kind of miss, and said so.
            Assert.Contains("[silent]", run.Out, StringComparison.Ordinal);
            Assert.Contains("asking: 1 emergencies read lower are silent, 0 flagged as one answer away", run.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void EvalIntake_MissingFile_FailsNamingTheFile()
    {
        var run = CliRunner.Run("eval", "intake", "no-such-set.jsonl");

        Assert.Equal(CliApp.Failed, run.Exit);
        Assert.Contains("Cannot read 'no-such-set.jsonl'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalIntake_BadLine_IsInvalidInputNamingFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"twitchwise-eval-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, "{\"text\": \"calf\", \"answers\": {}}\nnot json\n");
        try
        {
            var run = CliRunner.Run("eval", "intake", path);

            Assert.Equal(CliApp.InvalidInput, run.Exit);
            Assert.Contains($"'{path}' line 2: not valid JSON", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Intake_HedgedDangerWord_IsListedToConfirmInTheJson()
    {
        var run = CliRunner.Run("intake", "--text", "calf cramps, maybe slightly numb?", "--format", "json");

        Assert.Equal(CliApp.Ok, run.Exit);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal("symptom.numbness", Assert.Single(doc.RootElement.GetProperty("confirm").EnumerateArray()).GetString());
        Assert.False(doc.RootElement.GetProperty("answers").TryGetProperty("symptom.numbness", out _));
    }

    [Fact]
    public void AssessText_NotAtATerminal_ListsTheQuestionsToConfirmAmongTheOpenOnes()
    {
        var run = CliRunner.Run("assess", "--text", "calf cramps, maybe slightly numb?", "--format", "json");

        Assert.Equal(CliApp.Ok, run.Exit);
        Assert.Contains("To confirm", run.Error, StringComparison.Ordinal);
        // Named for the person on stderr; by id only in the JSON on stdout.
        Assert.Contains("(your words raised these but I could not be sure): numbness", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("symptom.numbness", run.Error, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Contains(doc.RootElement.GetProperty("unanswered_red_flags").EnumerateArray(), q => q.ToString().Contains("symptom.numbness", StringComparison.Ordinal));
    }

    [Fact]
    public void AssessText_NoOneToAsk_SaysWhatAYesToAnUncertainSignWouldMeanBeforeTheResult()
    {
        var run = CliRunner.Run("assess", "--text", "my arm cramps", "--no-input");

        Assert.Equal(CliApp.Ok, run.Exit);
        // The heart question, in full, with what a yes means, above the self-care box.
        var ifYes = run.Out.IndexOf("If the answer is yes: SEE A DOCTOR", StringComparison.Ordinal);
        Assert.True(ifYes >= 0, run.Out);
        Assert.Contains("arm, jaw, neck or upper back", run.Out[..ifYes], StringComparison.Ordinal);
        // The result's box, still self-care so far, now says what one answer could change it to.
        Assert.True(ifYes < run.Out.IndexOf("Level: self_care", StringComparison.Ordinal), run.Out);
    }

    [Fact]
    public void AssessText_ChestPainLeftUncertain_PutsTheEmergencyFirstAndHoldsBackStretching()
    {
        var run = CliRunner.Run("assess", "--text", "calf cramp on my run and maybe some tightness in my chest", "--no-input");

        Assert.Equal(CliApp.Ok, run.Exit);
        Assert.Contains("ONE ANSWER COULD MAKE THIS AN EMERGENCY", run.Out, StringComparison.Ordinal);
        Assert.Contains("Your words may describe chest pain or trouble breathing", Flat(run.Out), StringComparison.Ordinal);
        // Stretching the calf is no step beside a possible heart attack: not among the relief steps, and held back with why.
        var relief = run.Out.IndexOf("Relief now", StringComparison.Ordinal);
        Assert.True(relief >= 0, run.Out);
        var steps = run.Out[relief..run.Out.IndexOf("Prevention", relief, StringComparison.Ordinal)];
        Assert.DoesNotContain("stretch", steps, StringComparison.Ordinal);
        Assert.Contains("stretch the muscle gently and hold it for 15 to 30 seconds without bouncing, then repeat until it lets go. " +
                        "Left out because it is not safe until chest pain or trouble breathing is ruled out", Flat(run.Out), StringComparison.Ordinal);
    }

    private static string Flat(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '│'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void AssessText_WithAnAnswersFileToo_RefusesBothAndAssessesNothing()
    {
        var answers = Path.Combine(Path.GetTempPath(), $"tw-answers-{Guid.NewGuid():N}.json");
        File.WriteAllText(answers, """{"answers": {"episode.kind": "cramp"}}""");
        try
        {
            var run = CliRunner.Run("assess", "--text", "calf cramps after a run", "--answers", answers);

            Assert.NotEqual(CliApp.Ok, run.Exit);
            Assert.Contains("either --answers or --text, not both", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("SELF-CARE", run.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(answers);
        }
    }

    [Fact]
    public void AssessText_NothingUncertain_SaysNoIfYes()
    {
        var run = CliRunner.Run("assess", "--text", "calf cramp at the end of my 10k, gone after stretching", "--no-input");

        Assert.Equal(CliApp.Ok, run.Exit);
        Assert.DoesNotContain("If the answer is yes", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessText_MostlyAnotherLanguage_SaysItWasNotReadAndWhatGaveNothing()
    {
        var run = CliRunner.Run("assess", "--text", "Mi madre (70) caminó una hora hoy y ahora se siente muy rara y le cuesta mucho, está sudando mucho.", "--no-input");

        // No level from a description it could not read: not a self-care box over an unread chest pain.
        Assert.Equal(CliApp.InvalidInput, run.Exit);
        Assert.Contains("Most of what you wrote gave me no answer", OneLine(run.Out), StringComparison.Ordinal);
        Assert.Contains("reads only English", OneLine(run.Out), StringComparison.Ordinal);
        Assert.Contains("Not understood:", run.Out, StringComparison.Ordinal);
        Assert.Contains("sudando mucho", run.Out, StringComparison.Ordinal);
        Assert.Contains("No level given", run.Error, StringComparison.Ordinal);
        Assert.Contains("999", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("SELF-CARE", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessText_MostlyAnotherLanguageWithAnEmergencyRead_GivesTheEmergency()
    {
        var run = CliRunner.Run("assess", "--text", "Mi madre (70) caminó una hora hoy y ahora tiene dolor en el pecho, está sudando mucho y no quiere hablar con nadie.", "--no-input");

        // "dolor en el pecho" is read, and chest pain after exertion at 70 is an emergency whatever the rest says.
        Assert.Equal(CliApp.Ok, run.Exit);
        Assert.Contains("Most of what you wrote gave me no answer", OneLine(run.Out), StringComparison.Ordinal);
        Assert.Contains("EMERGENCY", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("No level given", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void IntakeJson_SaysWhatGaveNothingAndWhetherItWasMostlyUnread()
    {
        var english = CliRunner.Run("intake", "--text", "calf cramp after my 10k. The neighbour's cat was watching.", "--format", "json");
        var spanish = CliRunner.Run("intake", "--text", "Mi madre (70) caminó una hora hoy y ahora tiene dolor en el pecho, está sudando mucho y no quiere hablar con nadie.", "--format", "json");

        using var e = System.Text.Json.JsonDocument.Parse(english.Out);
        using var s = System.Text.Json.JsonDocument.Parse(spanish.Out);
        Assert.Equal("The neighbour's cat was watching", e.RootElement.GetProperty("not_understood")[0].GetString());
        Assert.False(e.RootElement.GetProperty("mostly_unread").GetBoolean());
        Assert.True(s.RootElement.GetProperty("mostly_unread").GetBoolean());
    }

    [Fact]
    public void AssessText_English_NamesOnlyTheClauseThatGaveNothing()
    {
        var run = CliRunner.Run("assess", "--text", "calf cramp at the end of my 10k, gone after stretching. The neighbour's cat was watching.", "--no-input");

        Assert.Equal(CliApp.Ok, run.Exit);
        Assert.DoesNotContain("Most of what you wrote", OneLine(run.Out), StringComparison.Ordinal);
        Assert.Contains("Not understood: \"The neighbour's cat was watching\"", OneLine(run.Out), StringComparison.Ordinal);
    }

    [Fact]
    public void AssessText_SomeoneElsesEmergency_TellsTheBystanderWhatToDo()
    {
        var run = CliRunner.Run("assess", "--text", "my calves cramped and my friend collapsed at the finish", "--no-input");

        Assert.Equal(CliApp.Ok, run.Exit);
        Assert.Contains("You described someone else: \"collapsed\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("If they are with you and have this now: EMERGENCY", run.Out.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("describe only what is happening to them", OneLine(run.Out), StringComparison.Ordinal);
        Assert.DoesNotContain("as if you were them", OneLine(run.Out), StringComparison.Ordinal);
        Assert.DoesNotContain("I did not recognise anything", run.Out, StringComparison.Ordinal);
    }

    // What the bystander is told to do next: describe only their friend, and the result speaks to them as the helper.
    [Fact]
    public void AssessText_OnlyTheFriendDescribed_IsTheirEmergencyWithStepsForTheHelper()
    {
        var run = CliRunner.Run("assess", "--text", "my friend collapsed at the finish", "--no-input");

        Assert.Equal(CliApp.Ok, run.Exit);
        var screen = OneLine(run.Out);
        Assert.Contains("Level: emergency, about my friend", screen, StringComparison.Ordinal);
        Assert.Contains("While you wait with them", screen, StringComparison.Ordinal);
        Assert.Contains("If they stop responding and are not breathing normally, start chest compressions", screen, StringComparison.Ordinal);
        Assert.Contains("Stay with them and do not leave them on their own", screen, StringComparison.Ordinal);
    }

    // A carer typing for someone with a stroke gets that person's emergency, told whose answers they are, and no muscle
    // remedy beside it.
    [Fact]
    public void AssessText_AllAboutSomeoneElse_IsTheirAssessment()
    {
        var run = CliRunner.Run("assess", "--text", "my husband's face has dropped on one side and he can't raise his right arm, came on during his bike ride", "--no-input");

        Assert.Equal(CliApp.Ok, run.Exit);
        Assert.Contains("This reads as about \"my husband\", not you", run.Out, StringComparison.Ordinal);
        Assert.Contains("EMERGENCY", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("stretch", run.Out, StringComparison.OrdinalIgnoreCase);
    }

    // With nobody to ask, the question that could make it an emergency is listed; for a carer, about the person, so the
    // carer's own arm or chest is not what they check.
    [Fact]
    public void AssessText_DadFeelsSickNoInput_TheQuestionThatCouldMakeItAnEmergencyIsAboutHim()
    {
        var theirs = OneLine(CliRunner.Run("assess", "--text", "my dad's calf cramped after his walk and now he feels sick", "--no-input").Out);
        var mine = OneLine(CliRunner.Run("assess", "--text", "my calf cramped after my walk and now i feel sick", "--no-input").Out);

        Assert.Contains("ONE ANSWER COULD MAKE THIS AN EMERGENCY", theirs, StringComparison.Ordinal);
        Assert.Matches(@"Do they have pain, pressure, tightness or a 'cramp' in their arm, jaw, neck or upper back [│ ]*that is not in a muscle they worked", theirs);
        Assert.Matches(@"If the answer is yes: Call your local emergency number for an ambulance for them now.*do not let [│ ]*them drive", theirs);
        Assert.DoesNotContain("in your arm, jaw, neck", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("do not drive yourself", theirs, StringComparison.Ordinal);
        Assert.Matches(@"Do you have pain, pressure, tightness or a 'cramp' in your arm, jaw, neck or upper back", mine);
        Assert.Contains("do not drive yourself", mine, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessText_DadMaybeNumbNoInput_WhatAYesWouldMeanIsAskedAboutHim()
    {
        var theirs = OneLine(CliRunner.Run("assess", "--text", "my dad's calf cramps after his walk, maybe slightly numb?", "--no-input").Out);
        var mine = OneLine(CliRunner.Run("assess", "--text", "my calf cramps after my walk, maybe slightly numb?", "--no-input").Out);

        Assert.Contains("Do they have any numbness? If the answer is yes: BOOK A DOCTOR'S APPOINTMENT.", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain(KnowledgeBase.Default.Question("symptom.numbness").Text, theirs, StringComparison.Ordinal);
        Assert.Contains(KnowledgeBase.Default.Question("symptom.numbness").Text + " If the answer is yes: BOOK A DOCTOR'S APPOINTMENT.", mine, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessText_FriendCollapsedBesideMyCramps_TheAlertTellsTheBystanderNotToLetThemDrive()
    {
        var screen = OneLine(CliRunner.Run("assess", "--text", "my calves cramped and my friend collapsed at the finish", "--no-input").Out);

        var alert = screen[screen.IndexOf("You described someone else", StringComparison.Ordinal)..];
        Assert.Contains("for an ambulance for them now", alert, StringComparison.Ordinal);
        Assert.Contains("do not let them drive", alert, StringComparison.Ordinal);
        Assert.DoesNotContain("do not drive yourself", alert[..alert.IndexOf("To check on them", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    // Below the emergency level too, every step is for the helper: "warm up" or "sip water" said to a carer is said to them.
    [Fact]
    public void AssessText_HusbandsCrampWithKidneyDisease_ReliefPreventionAndWhatIsLeftOutAreForTheHelper()
    {
        var theirs = OneLine(CliRunner.Run("assess", "--text", "my husband has kidney disease, his calf cramped after a 2 hour run in the heat and he was sweating heavily", "--no-input").Out);
        var mine = OneLine(CliRunner.Run("assess", "--text", "I have kidney disease, my calf cramped after a 2 hour run in the heat and I was sweating heavily", "--no-input").Out);

        Assert.Contains("Level: self_care, about my husband", theirs, StringComparison.Ordinal);
        Assert.Contains("First, do this * During a cramp, help them stretch the muscle gently", theirs, StringComparison.Ordinal);
        Assert.Contains("Prevention * They should", theirs, StringComparison.Ordinal);
        Assert.Contains("Not for them - After heavy sweating, they should sip water to thirst", theirs, StringComparison.Ordinal);
        Assert.Contains("Left out because with kidney or heart disease, fluid and salt need to fit the limits their doctors set", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("During a cramp, stretch the muscle gently", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("your doctors", theirs, StringComparison.Ordinal);

        Assert.Contains("First, do this * During a cramp, stretch the muscle gently", mine, StringComparison.Ordinal);
        Assert.Contains("Not for you - After heavy sweating, sip water to thirst", mine, StringComparison.Ordinal);
        Assert.Contains("the limits your doctors set", mine, StringComparison.Ordinal);
    }

    // Why it is this level and what would change it are said to the helper too: "Stop exercising and get seen today" or
    // "a muscle you worked" would be about the carer, and "Get help if this changes" would read as their own.
    [Fact]
    public void AssessText_WifesArmAcheOnHerRun_WhyAndWhatWouldChangeItAreForTheHelper()
    {
        var theirs = OneLine(CliRunner.Run("assess", "--text", "my wife has an ache in her left arm that is not a muscle she worked, it came on during her run", "--no-input").Out);
        var mine = OneLine(CliRunner.Run("assess", "--text", "I have an ache in my left arm that is not a muscle I worked, it came on during my run", "--no-input").Out);

        Assert.Contains("Level: urgent, not settled, about my wife", theirs, StringComparison.Ordinal);
        Assert.Contains("that is not in a muscle they worked, or that spreads from the chest", theirs, StringComparison.Ordinal);
        Assert.Contains("Get them to stop exercising and get them seen today.", theirs, StringComparison.Ordinal);
        Assert.Contains("Get help for them if this changes emergency: Call an ambulance for them for chest pain", theirs, StringComparison.Ordinal);
        Assert.Contains("that is not a muscle they worked, with sweating, sickness or breathlessness, can be a heart attack: call an ambulance for them.", theirs, StringComparison.Ordinal);
        Assert.Contains("Dark urine alone: get them seen today.", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("Get help if this changes", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("muscle you worked", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("Stop exercising and get seen today", theirs, StringComparison.Ordinal);

        Assert.Contains("Get help if this changes emergency: Call an ambulance for chest pain", mine, StringComparison.Ordinal);
        Assert.Contains("that is not in a muscle you worked", mine, StringComparison.Ordinal);
        Assert.Contains("Stop exercising and get seen today.", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("for them", mine, StringComparison.Ordinal);
    }

    private const string HusbandsChestPain = "my husband is 58, he was mowing the lawn and now has crushing chest pain and is sweating";
    private const string MyChestPain = "I am 58, I was mowing the lawn and now have crushing chest pain and am sweating";

    // A carer must not read "sit down" or "chew one aspirin" as orders to themselves: the steps speak to them about him.
    [Fact]
    public void AssessText_HusbandsCrushingChestPain_TellsTheHelperWhatToDoForHim()
    {
        var run = CliRunner.Run("assess", "--text", HusbandsChestPain, "--no-input");

        Assert.Equal(CliApp.Ok, run.Exit);
        var screen = OneLine(run.Out);
        Assert.Contains("Level: emergency, about my husband", screen, StringComparison.Ordinal);
        Assert.Contains("Call 112 (or your local emergency number) for them now, and stay with them.", screen, StringComparison.Ordinal);
        Assert.Contains("While you wait with them * Put the phone on speaker so your hands are free to help them", screen, StringComparison.Ordinal);
        Assert.Contains("Help them sit down and keep still", screen, StringComparison.Ordinal);
        Assert.Contains("If the call-handler says so, and they are not allergic to it, they can chew one 300 mg aspirin tablet slowly.", screen, StringComparison.Ordinal);
        Assert.Contains("the aspirin is for them, not for you", screen, StringComparison.Ordinal);
        Assert.Contains("Stay with them and do not leave them on their own", screen, StringComparison.Ordinal);
        // None of the words written to the person who is ill.
        Assert.DoesNotContain("Sit down and keep still", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("and you are not allergic to it, chew", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("ask them to stay with you", screen, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessText_MyOwnCrushingChestPain_TellsMeAsBefore()
    {
        var run = CliRunner.Run("assess", "--text", MyChestPain, "--no-input");

        Assert.Equal(CliApp.Ok, run.Exit);
        var screen = OneLine(run.Out);
        Assert.Contains("Level: emergency─", screen, StringComparison.Ordinal);
        Assert.Contains("Call 112 (or your local emergency number) now.", screen, StringComparison.Ordinal);
        Assert.Contains("While you wait * Put the phone on speaker and do what the call-handler tells you.", screen, StringComparison.Ordinal);
        Assert.Contains("Sit down and keep still", screen, StringComparison.Ordinal);
        Assert.Contains("If the call-handler tells you to, and you are not allergic to it, chew one 300 mg aspirin tablet slowly.", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("emergency, about", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("reads as about", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("with them", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("Help them", screen, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessText_HusbandsChestPainAsJson_NamesHimAndWordsTheStepsForTheHelper()
    {
        var theirs = CliRunner.Run("assess", "--text", HusbandsChestPain, "--no-input", "--format", "json");
        var mine = CliRunner.Run("assess", "--text", MyChestPain, "--no-input", "--format", "json");

        Assert.Equal(CliApp.Ok, theirs.Exit);
        using var doc = JsonDocument.Parse(theirs.Out);
        Assert.Equal("my husband", doc.RootElement.GetProperty("subject").GetString());
        var steps = doc.RootElement.GetProperty("while_waiting").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("text").GetString()!);
        Assert.StartsWith("Help them sit down", steps["sit_and_rest_heart"], StringComparison.Ordinal);
        Assert.StartsWith("If the call-handler says so, and they are not allergic to it, they can chew", steps["aspirin_if_advised"], StringComparison.Ordinal);
        using var own = JsonDocument.Parse(mine.Out);
        Assert.False(own.RootElement.TryGetProperty("subject", out _));
        Assert.Equal("emergency", own.RootElement.GetProperty("triage").GetProperty("level").GetString());
    }

    /// <summary>The text as one line: the console wraps long steps wherever its width falls.</summary>
    private static string OneLine(string text) => Regex.Replace(text, @"\s+", " ");
}
