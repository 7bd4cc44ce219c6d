using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Tests.Assessment;

/// <summary>
/// A description typed for someone else ("my husband is 58 ... crushing chest pain") is assessed as theirs, and every step
/// is said to whoever is looking after them: "Help them sit down", "they can chew one aspirin", "they should warm up",
/// never "Sit down", "chew one aspirin" or "Warm up", which a carer might take as said to them. The person's own
/// description is worded as before.
/// </summary>
public sealed partial class SomeoneElseWordingTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;
    private static readonly AssessmentEngine Engine = new(Kb);

    private const string Husband = "my husband is 58, he was mowing the lawn and now has crushing chest pain and is sweating";
    private const string Myself = "I am 58, I was mowing the lawn and now have crushing chest pain and am sweating";

    /// <summary>The text path as the CLI and the web take it: the intake's answers, assessed for the intake's subject.</summary>
    private static AssessmentResult AssessText(string text)
    {
        var intake = IntakeReader.Default.Read(text);
        var answers = new AnswerValidator(Kb).Validate(intake.Answers).Answers!;
        return Engine.Assess(answers, intake.Subject);
    }

    private static Advice Step(string id) => Kb.Advice.Single(a => a.Id == id);

    private static TriageRule Rule(string id) => Kb.Rules.Single(r => r.Id == id);

    private static AnswerSet Answers(string json) => new AnswerValidator(Kb).ValidateJson(json).Answers!;

    [Fact]
    public void AssessText_HusbandsChestPain_WhileWaitingSpeaksToTheHelper()
    {
        var result = AssessText(Husband);

        Assert.Equal("my husband", result.Subject);
        Assert.Equal(TriageLevel.Emergency, result.Triage.Level);
        Assert.Equal(["call_and_stay_on_line", "sit_and_rest_heart", "aspirin_if_advised", "cpr_if_not_breathing", "stay_with_someone"],
            result.WhileWaiting.Select(s => s.Id));
        Assert.All(result.WhileWaiting, s => Assert.Equal(Step(s.Id).ForSomeoneElse, s.Text));
        var aspirin = result.WhileWaiting.Single(s => s.Id == "aspirin_if_advised");
        Assert.StartsWith("If the call-handler says so, and they are not allergic to it, they can chew one 300 mg aspirin tablet", aspirin.Text);
        Assert.Contains("not for you", aspirin.Text);
        Assert.StartsWith("Help them sit down", result.WhileWaiting.Single(s => s.Id == "sit_and_rest_heart").Text);
        Assert.StartsWith("Stay with them", result.WhileWaiting.Single(s => s.Id == "stay_with_someone").Text);
        // The same facts, so the same sources.
        Assert.All(result.WhileWaiting, s => Assert.Equal(Step(s.Id).Sources, s.Sources));
    }

    [Fact]
    public void AssessText_HusbandsChestPain_TheActionSaysTheAmbulanceIsForHimAndNotToLetHimDrive()
    {
        var result = AssessText(Husband);

        Assert.StartsWith("Call your local emergency number for an ambulance for them now", result.Triage.Action);
        Assert.Contains("do not let them drive", result.Triage.Action);
        Assert.DoesNotContain("drive yourself", result.Triage.Action);
        Assert.Contains("do not drive yourself", AssessText(Myself).Triage.Action);
    }

    // With warning signs still open, the action asks the helper about them, not "questions you left open ... you need help".
    [Theory]
    [InlineData("my dad is 78 and has calf cramps at night, he's on furosemide", "my calf cramps at night, I'm 78 and on furosemide", "Book them a doctor's appointment")]
    [InlineData("my son's calf twitches after football", "my calf twitches after football", "Nothing you have said about them so far raises the level")]
    public void AssessText_SomeoneElsesOpenQuestions_TheActionAsksAboutThem(string theirs, string mine, string start)
    {
        var result = AssessText(theirs);

        Assert.False(result.Triage.Complete);
        Assert.StartsWith(start, result.Triage.Action);
        Assert.DoesNotContain("you need", result.Triage.Action);
        Assert.DoesNotContain("you left open", result.Triage.Action);
        Assert.DoesNotContain("about them", AssessText(mine).Triage.Action);
    }

    [Fact]
    public void AssessText_MyOwnChestPain_WhileWaitingSpeaksToMeAsBefore()
    {
        var result = AssessText(Myself);

        Assert.Null(result.Subject);
        Assert.Equal(TriageLevel.Emergency, result.Triage.Level);
        Assert.Contains(result.WhileWaiting, s => s.Id == "aspirin_if_advised");
        Assert.All(result.WhileWaiting, s => Assert.Equal(Step(s.Id).Text, s.Text));
        Assert.StartsWith("If the call-handler tells you to, and you are not allergic to it, chew one 300 mg aspirin tablet",
            result.WhileWaiting.Single(s => s.Id == "aspirin_if_advised").Text);
    }

    [Fact]
    public void AssessText_SonOfElevenWithChestPain_AspirinStillWithheldInTheHelpersWords()
    {
        var result = AssessText("my son is 11 and has crushing chest pain after football");

        Assert.Equal("my son", result.Subject);
        Assert.Equal(TriageLevel.Emergency, result.Triage.Level);
        Assert.DoesNotContain(result.WhileWaiting, s => s.Id == "aspirin_if_advised");
        var withheld = Assert.Single(result.Withheld, w => w.Id == "aspirin_if_advised");
        Assert.Equal(Step("aspirin_if_advised").ForSomeoneElse, withheld.Text);
        Assert.Contains("Reye's syndrome", withheld.Reason);
        Assert.All(result.WhileWaiting, s => Assert.Equal(Step(s.Id).ForSomeoneElse, s.Text));
    }

    public static TheoryData<string> Vignettes => Vignette.Names();

    /// <summary>Whom it is about changes the words of the steps, of why steps are held back and of the level's action, and nothing else.</summary>
    [Theory]
    [MemberData(nameof(Vignettes))]
    public void Assess_PublicVignetteForSomeoneElse_OnlyTheWordsChange(string name)
    {
        var answers = new AnswerValidator(Kb).Validate(Vignette.Named(name).Typed(Kb)).Answers!;

        var own = Engine.Assess(answers);
        var theirs = Engine.Assess(answers, "my wife");

        Assert.Null(own.Subject);
        Assert.Equal("my wife", theirs.Subject);
        foreach (var (mine, yours) in new[] { (own.WhileWaiting, theirs.WhileWaiting), (own.Relief, theirs.Relief), (own.Prevention, theirs.Prevention) })
        {
            Assert.Equal(mine.Select(s => s.Id), yours.Select(s => s.Id));
            Assert.All(mine, s => Assert.Equal(Step(s.Id).Text, s.Text));
            Assert.All(yours, s => Assert.Equal(Step(s.Id).ForSomeoneElse, s.Text));
        }

        Assert.Equal(own.Triage.Reasons.Select(r => r.Id), theirs.Triage.Reasons.Select(r => r.Id));
        Assert.All(theirs.Triage.Reasons, r => Assert.Equal(Rule(r.Id).AdviceForSomeoneElse, r.Text));
        Assert.All(theirs.Triage.Suspected, r => Assert.Equal(Rule(r.Id).AdviceForSomeoneElse, r.Text));
        Assert.Equal(own.Causes.Select(c => (c.Id, c.Score)), theirs.Causes.Select(c => (c.Id, c.Score)));
        Assert.All(theirs.Causes, c =>
        {
            var cause = Kb.Causes.Single(k => k.Id == c.Id);
            Assert.Equal(cause.SummaryForSomeoneElse, c.Summary);
            Assert.All(c.Because.Concat(c.Against), f => Assert.Contains(f.Text, cause.Support.Concat(cause.Against).Select(e => e.TextForSomeoneElse)));
        });
        Assert.Equal(own.WatchFor.Select(w => w.Id), theirs.WatchFor.Select(w => w.Id));
        Assert.All(theirs.WatchFor, w => Assert.Equal(Kb.SafetyNet.Single(s => s.Id == w.Id).TextForSomeoneElse, w.Text));
        Assert.Equal(own.Withheld.Select(w => w.Id), theirs.Withheld.Select(w => w.Id));
        Assert.All(theirs.Withheld, w => Assert.Equal(Step(w.Id).ForSomeoneElse, w.Text));
        Assert.All(theirs.Withheld, w => Assert.DoesNotMatch(YouYour(), w.Reason));
        var guidance = Kb.Levels.Single(l => l.Level == own.Triage.Level);
        var open = !own.Triage.Complete && own.Triage.Level != TriageLevel.Emergency;
        Assert.Equal(open ? guidance.ActionIncompleteForSomeoneElse ?? own.Triage.Action : guidance.ActionForSomeoneElse ?? own.Triage.Action,
            theirs.Triage.Action);
        var mineJson = JsonNode.Parse(AssessmentJson.Serialize(own with { WhileWaiting = [], Relief = [], Prevention = [], Withheld = [] }));
        var yoursJson = JsonNode.Parse(AssessmentJson.Serialize(theirs with
        {
            WhileWaiting = [], Relief = [], Prevention = [], Withheld = [], Subject = null, WatchFor = own.WatchFor, Causes = own.Causes,
            Triage = theirs.Triage with { Action = own.Triage.Action, Reasons = own.Triage.Reasons, Suspected = own.Triage.Suspected },
        }));
        Assert.True(JsonNode.DeepEquals(mineJson, yoursJson), name);
    }

    [Fact]
    public void AssessText_DadsCalfCrampAfterHisRun_ReliefAndPreventionAreForTheHelper()
    {
        var theirs = AssessText("my dad got a cramp in his calf at the end of his run, it went after a while");
        var mine = AssessText("I got a cramp in my calf at the end of my run, it went after a while");

        Assert.Equal("my dad", theirs.Subject);
        Assert.Equal(mine.Triage.Level, theirs.Triage.Level);
        Assert.True(theirs.Triage.Level <= TriageLevel.Doctor, theirs.Triage.Level.ToString());
        Assert.NotEmpty(theirs.Relief);
        Assert.NotEmpty(theirs.Prevention);
        Assert.Contains(theirs.Relief, s => s.Text.StartsWith("During a cramp, help them stretch the muscle gently", StringComparison.Ordinal));
        Assert.Contains(mine.Relief, s => s.Text.StartsWith("During a cramp, stretch the muscle gently", StringComparison.Ordinal));
        Assert.All(theirs.Relief.Concat(theirs.Prevention), s => Assert.Equal(Step(s.Id).ForSomeoneElse, s.Text));
    }

    [Fact]
    public void AssessText_HusbandsCrampWithKidneyDisease_WhatIsHeldBackAndWhyAreAboutHim()
    {
        var theirs = AssessText("my husband has kidney disease, his calf cramped after a 2 hour run in the heat and he was sweating heavily");
        var mine = AssessText("I have kidney disease, my calf cramped after a 2 hour run in the heat and I was sweating heavily");

        var held = Assert.Single(theirs.Withheld, w => w.Id == "rehydrate");
        Assert.Equal(Step("rehydrate").ForSomeoneElse, held.Text);
        Assert.Contains("the limits their doctors set", held.Reason, StringComparison.Ordinal);
        Assert.Contains("the limits your doctors set", Assert.Single(mine.Withheld, w => w.Id == "rehydrate").Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Assess_BlankSubject_IsThePersonsOwn(string subject)
    {
        var answers = new AnswerValidator(Kb).Validate(IntakeReader.Default.Read(Myself).Answers).Answers!;

        var result = Engine.Assess(answers, subject);

        Assert.Null(result.Subject);
        Assert.All(result.WhileWaiting, s => Assert.Equal(Step(s.Id).Text, s.Text));
    }

    [Fact]
    public void Serialize_AboutSomeoneElse_SaysWhomItIsAboutAndOnlyThen()
    {
        var theirs = JsonNode.Parse(AssessmentJson.Serialize(AssessText(Husband)))!;
        var mine = JsonNode.Parse(AssessmentJson.Serialize(AssessText(Myself)))!;

        Assert.Equal("my husband", theirs["subject"]!.GetValue<string>());
        Assert.False(mine.AsObject().ContainsKey("subject"), "a result for the person's own description has no subject field");
        Assert.StartsWith("Help them sit down", theirs["while_waiting"]!.AsArray().Select(s => s!["text"]!.GetValue<string>()).Single(t => t.Contains("sit down", StringComparison.Ordinal)));
    }

    // "Stop exercising and get seen today" read by a carer is an order to the wrong person, and "a muscle you worked" asks
    // about the carer's own muscles: the reason a rule fired is said to the helper, about them.
    [Fact]
    public void Assess_WifesArmPainThatIsNotAWorkedMuscle_TheReasonTellsTheHelperToGetHerToStop()
    {
        var answers = Answers("""{"answers": {"symptom.arm_jaw_neck_pain": true, "exercise.recent": true}}""");

        var theirs = Engine.Assess(answers, "my wife");
        var mine = Engine.Assess(answers);

        var reason = Assert.Single(theirs.Triage.Reasons, r => r.Id == "exertional_arm_jaw_pain");
        Assert.Contains("not in a muscle they worked", reason.Text, StringComparison.Ordinal);
        Assert.Contains("Get them to stop exercising and get them seen today.", reason.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch(YouYour(), reason.Text);
        var own = Assert.Single(mine.Triage.Reasons, r => r.Id == "exertional_arm_jaw_pain");
        Assert.Contains("not in a muscle you worked", own.Text, StringComparison.Ordinal);
        Assert.Contains("Stop exercising and get seen today.", own.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessText_DadsArmAcheWhileSickAndSweaty_TheSuspicionIsSaidAboutHim()
    {
        var answers = Answers("""{"answers": {"symptom.nausea": true, "symptom.cold_sweat": true}}""");

        var theirs = Engine.Assess(answers, "my dad");

        var suspected = Assert.Single(theirs.Triage.Suspected, s => s.Id == "heart_attack_signs");
        Assert.Equal(Rule("heart_attack_signs").AdviceForSomeoneElse, suspected.Text);
        Assert.Contains("call an ambulance for them now", suspected.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every rule a carer can be shown says nothing to "you": its advice for someone else is about them. At the urgent and
    /// emergency levels it has words of its own, since each tells the reader what to do now.
    /// </summary>
    [Fact]
    public void Knowledge_EveryRule_HasAdviceForTheHelperThatSaysNothingToYou()
    {
        Assert.All(Kb.Rules, r =>
        {
            Assert.DoesNotMatch(YouYour(), r.AdviceForSomeoneElse);
            if (r.Level >= TriageLevel.Urgent)
            {
                Assert.NotEqual(r.Advice, r.AdviceForSomeoneElse);
            }
        });
    }

    // The self-care action sends the reader to the warning signs by their heading, so it must name the heading they see.
    [Theory]
    [InlineData(null, "No warning sign in your answers.")]
    [InlineData("my wife", "No warning sign in the answers about them.")]
    public void SelfCareAction_ForEitherReader_NamesTheHeadingTheyAreShown(string? subject, string start)
    {
        var action = Kb.Guidance(TriageLevel.SelfCare).ActionFor(subject);

        Assert.StartsWith(start, action, StringComparison.Ordinal);
        Assert.Contains($"\"{TriageWords.GetHelpIfThisChanges(subject).ToLowerInvariant()}\"", action, StringComparison.Ordinal);
    }

    [Fact]
    public void DoctorAction_ForSomeoneElse_BooksThemTheAppointment()
    {
        var action = Kb.Guidance(TriageLevel.Doctor).ActionFor("my dad");

        Assert.StartsWith("Book them an appointment with a doctor", action, StringComparison.Ordinal);
        Assert.DoesNotMatch(YouYour(), action);
    }

    [Fact]
    public void AssessText_HusbandsCrampAfterASweatyRun_TheCausesAreSaidAboutHim()
    {
        var theirs = AssessText("my husband's calf cramped after a 2 hour run in the heat, he was sweating heavily and slept 5 hours");
        var mine = AssessText("my calf cramped after a 2 hour run in the heat, I was sweating heavily and slept 5 hours");

        var dehydration = Assert.Single(theirs.Causes, c => c.Id == "dehydration");
        Assert.StartsWith("Losing more fluid than they take in", dehydration.Summary, StringComparison.Ordinal);
        Assert.Contains("They sweated heavily.", dehydration.Because.Select(f => f.Text));
        Assert.Contains("They slept less than 7 hours.", theirs.Causes.Single(c => c.Id == "sleep_loss").Because.Select(f => f.Text));
        Assert.All(theirs.Causes, c => Assert.DoesNotMatch(YouYour(), c.Summary));
        Assert.All(theirs.Causes.SelectMany(c => c.Because.Concat(c.Against)), f => Assert.DoesNotMatch(YouYour(), f.Text));
        Assert.StartsWith("Losing more fluid than you take in", mine.Causes.Single(c => c.Id == "dehydration").Summary, StringComparison.Ordinal);
    }

    /// <summary>Each warning sign says what to do if it appears: for someone else, to the helper, about them.</summary>
    [Fact]
    public void Knowledge_EveryWarningSign_HasWordsForTheHelperAboutThem()
    {
        Assert.All(Kb.SafetyNet, s =>
        {
            Assert.NotEqual(s.Text, s.TextForSomeoneElse);
            Assert.DoesNotMatch(YouYour(), s.TextForSomeoneElse);
            Assert.Matches(TheyThemTheir(), s.TextForSomeoneElse);
        });
    }

    /// <summary>A helper's wording that never names "them" is most likely the person's wording copied over.</summary>
    [Fact]
    public void Knowledge_EveryStep_HasHelpersWordsAboutThem()
    {
        Assert.Contains(Kb.Advice, a => a.Kind == AdviceKind.Relief);
        Assert.Contains(Kb.Advice, a => a.Kind == AdviceKind.Prevention);
        Assert.All(Kb.Advice, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.ForSomeoneElse), s.Id);
            Assert.NotEqual(s.Text, s.ForSomeoneElse);
            Assert.Matches(TheyThemTheir(), s.ForSomeoneElse);
            if (s.WithholdReason is not null)
            {
                Assert.DoesNotMatch(YouYour(), s.WithholdReasonFor("my wife")!);
            }
        });
    }

    [GeneratedRegex(@"\byou(r|rs|rself)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex YouYour();

    [GeneratedRegex(@"\b(they|them|theirs?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TheyThemTheir();
}
