using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Tests.Intake;

/// <summary>What the wording tests share: a description read (and checked to be valid answers), what was read in one
/// line for a failure message, and an expected answer written as text.</summary>
internal static class IntakeReading
{
    public static IntakeResult Read(string text)
    {
        var result = IntakeReader.Default.Read(text);
        var validation = new AnswerValidator(KnowledgeBase.Default).Validate(result.Answers);
        Assert.True(validation.IsValid, string.Join("; ", validation.Problems.Select(p => $"{p.Field}: {p.Message}")));
        return result;
    }

    /// <summary>The level <c>assess --text --no-input</c> reaches on what was read.</summary>
    public static TriageLevel Level(IntakeResult intake)
    {
        var kb = KnowledgeBase.Default;
        var answers = new AnswerValidator(kb).Validate(intake.Answers).Answers;
        Assert.NotNull(answers);
        return new AssessmentEngine(kb).Assess(answers).Triage.Level;
    }

    public static string Said(IntakeResult r) =>
        string.Join(", ", r.Answers.Select(a => $"{a.Key}={a.Value}")) + " | confirm: " + string.Join(", ", r.Confirm);

    /// <summary>"true"/"false", a number, or an option id (a list of one for choices questions).</summary>
    public static AnswerValue Expected(string id, string value) => KnowledgeBase.Default.Question(id).Type switch
    {
        QuestionType.Bool => AnswerValue.Of(value == "true"),
        QuestionType.Number => new NumberAnswer(double.Parse(value, System.Globalization.CultureInfo.InvariantCulture)),
        QuestionType.Choice => new ChoiceAnswer(value),
        _ => new ChoicesAnswer([value]),
    };
}
