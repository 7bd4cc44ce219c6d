using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Tests.Assessment;

/// <summary>
/// A description typed for someone else ("my husband is 58 ... crushing chest pain") is assessed as theirs, and what to do
/// while waiting is said to whoever is looking after them: "Help them sit down", "they can chew one aspirin", never "Sit
/// down" or "chew one aspirin", which a carer might do themselves. The person's own description is worded as before.
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

    /// <summary>Whom it is about changes the words of the while-waiting steps and of the level's action, and nothing else.</summary>
    [Theory]
    [MemberData(nameof(Vignettes))]
    public void Assess_PublicVignetteForSomeoneElse_OnlyTheWhileWaitingWordsChange(string name)
    {
        var answers = new AnswerValidator(Kb).Validate(Vignette.Named(name).Typed(Kb)).Answers!;

        var own = Engine.Assess(answers);
        var theirs = Engine.Assess(answers, "my wife");

        Assert.Null(own.Subject);
        Assert.Equal("my wife", theirs.Subject);
        Assert.Equal(own.WhileWaiting.Select(s => s.Id), theirs.WhileWaiting.Select(s => s.Id));
        Assert.All(own.WhileWaiting, s => Assert.Equal(Step(s.Id).Text, s.Text));
        Assert.All(theirs.WhileWaiting, s => Assert.Equal(Step(s.Id).ForSomeoneElse, s.Text));
        var mine = JsonNode.Parse(AssessmentJson.Serialize(own with { WhileWaiting = [], Withheld = [] }));
        var guidance = Kb.Levels.Single(l => l.Level == own.Triage.Level);
        Assert.Equal(guidance.ActionForSomeoneElse is { } carer && (own.Triage.Complete || own.Triage.Level == TriageLevel.Emergency) ? carer : own.Triage.Action,
            theirs.Triage.Action);
        var yours = JsonNode.Parse(AssessmentJson.Serialize(theirs with
        {
            WhileWaiting = [], Withheld = [], Subject = null, Triage = theirs.Triage with { Action = own.Triage.Action },
        }));
        Assert.True(JsonNode.DeepEquals(mine, yours), name);
        Assert.Equal(own.Withheld.Select(w => (w.Id, w.Reason)), theirs.Withheld.Select(w => (w.Id, w.Reason)));
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

    /// <summary>A helper's wording that never names "them" is most likely the person's wording copied over.</summary>
    [Fact]
    public void Knowledge_EveryWhileWaitingStep_HasHelpersWordsAboutThem()
    {
        var steps = Kb.Advice.Where(a => a.Kind == AdviceKind.WhileWaiting).ToList();

        Assert.NotEmpty(steps);
        Assert.All(steps, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.ForSomeoneElse), s.Id);
            Assert.NotEqual(s.Text, s.ForSomeoneElse);
            Assert.Matches(TheyThemTheir(), s.ForSomeoneElse!);
        });
        Assert.All(Kb.Advice.Where(a => a.Kind != AdviceKind.WhileWaiting), s => Assert.Null(s.ForSomeoneElse));
    }

    [GeneratedRegex(@"\b(they|them|their)\b")]
    private static partial Regex TheyThemTheir();
}
