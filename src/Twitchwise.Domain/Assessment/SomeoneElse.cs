using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Assessment;

/// <summary>What the signs a description gives for someone else would mean for them.</summary>
/// <param name="Level">The level those signs reach together, as if they were the person's own.</param>
/// <param name="Signs">The words about someone else that reach it.</param>
public sealed record SomeoneElseAlert(TriageLevel Level, IReadOnlyList<Intake.Finding> Signs);

/// <summary>
/// "my dad has chest pain", "my friend collapsed at the finish": the signs are not the person's answers, but whoever types
/// them may be standing beside someone who needs help now. A bystander is told what those signs would mean, as NHS 111
/// asks "who is it for?" before anything else.
/// </summary>
public static class SomeoneElse
{
    /// <summary>The level the signs about someone else reach, when it is urgent or higher; null otherwise.</summary>
    public static SomeoneElseAlert? Alert(AssessmentEngine engine, IntakeResult intake)
    {
        var signs = intake.SetAside.Where(s => s.Reason == SetAsideReason.OtherPerson).Select(s => s.Finding).ToList();
        if (signs.Count == 0)
        {
            return null;
        }

        // As if theirs: the last word on each question, as the intake itself takes it.
        var theirs = new Dictionary<string, AnswerValue>(StringComparer.Ordinal);
        foreach (var f in signs)
        {
            theirs[f.Answer] = f.Value;
        }

        var answers = new AnswerValidator(engine.Knowledge).Validate(theirs).Answers;
        if (answers is null)
        {
            return null;
        }

        var result = engine.Assess(answers);
        if (result.Triage.Level < TriageLevel.Urgent)
        {
            return null;
        }

        var raising = result.Triage.Reasons.SelectMany(r => r.Answers).ToHashSet(StringComparer.Ordinal);
        return new(result.Triage.Level, [.. signs.Where(f => raising.Contains(f.Answer))]);
    }
}
