using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Web.Interview;

/// <summary>One page of the interview: a heading, a short intro and the questions on it.</summary>
public sealed record InterviewStep(int Index, string Title, string Intro, IReadOnlyList<Question> Questions);

/// <summary>
/// The interview's steps: one per question group of the knowledge base, in its order, so the warning signs come first
/// (as in the CLI). Two extra pages reuse the same form: confirming what a description was understood to say, and
/// answering the warning signs a result left open.
/// </summary>
public sealed class InterviewPlan(KnowledgeBase knowledge)
{
    /// <summary>The page that confirms or corrects the answers read from a description.</summary>
    public const int ConfirmStep = -1;

    /// <summary>The page that asks the warning-sign questions a result left unanswered.</summary>
    public const int RedFlagStep = -2;

    public IReadOnlyList<InterviewStep> Steps { get; } = knowledge.Groups
        .Select(g => (Group: g, Questions: knowledge.Questions.Where(q => q.Group == g.Id).ToList()))
        .Where(x => x.Questions.Count > 0)
        .Select((x, i) => new InterviewStep(i, x.Group.Title, x.Group.Intro, x.Questions))
        .ToList();

    public InterviewStep Confirm(IEnumerable<string> understood)
    {
        var ids = understood.ToHashSet(StringComparer.Ordinal);
        return new(ConfirmStep, "Is this what you meant?",
            "This is what we understood from your description. Correct anything that is wrong, then go on: the interview asks the rest.",
            knowledge.Questions.Where(q => ids.Contains(q.Id)).ToList());
    }

    /// <summary>The warning signs to ask before a result, in the order given: the engine's, most dangerous first.</summary>
    public InterviewStep RedFlags(IEnumerable<string> unanswered) =>
        new(RedFlagStep, "First, these warning signs",
            "Any of them could make this more urgent. Please answer each one: yes, no or not sure.",
            unanswered.Distinct(StringComparer.Ordinal).Select(knowledge.Question).ToList());

    /// <summary>
    /// The questions of a step worth asking given the other answers: a question whose ask-if condition is known to be
    /// false is skipped; an unknown condition still asks, so nothing is skipped on a guess (as in the CLI).
    /// </summary>
    public IReadOnlyList<Question> Askable(InterviewStep step, AnswerSet others) =>
        step.Questions.Where(q => q.AskIf is null || q.AskIf.Evaluate(others) != Tri.False).ToList();
}
