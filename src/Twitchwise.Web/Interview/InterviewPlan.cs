using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Web.Interview;

/// <summary>One page of the interview: a few questions, or a "do you have any of these?" checklist of yes/no questions.</summary>
public sealed record InterviewStep(IReadOnlyList<Question> Questions, bool IsChecklist)
{
    /// <summary>True when every question on the page is a warning sign (red_flag) still open, so the page can say "do you have any of these?".</summary>
    public bool AllWarningSigns { get; init; }
}

/// <summary>Where the interview stands for a set of answers: the result, the pages already answered, and the page to ask next.</summary>
public sealed record InterviewState(AnswerSet Answers, AssessmentResult Result, IReadOnlyList<InterviewStep> Answered, InterviewStep? Next)
{
    public bool IsDone => Next is null;
}

/// <summary>
/// The interview follows the question planner: each page asks the first of <c>next_questions</c>, as one checklist when the
/// planner gives a run of yes/no questions, otherwise with up to three more that are not warning signs. Pages are not
/// stored anywhere: the pages already answered are found again by replaying the planner over the answers, which is what
/// lets "Back" show an earlier page from nothing but the answers in the URL.
/// </summary>
public sealed class InterviewPlan(KnowledgeBase knowledge, AnswerValidator validator, AssessmentEngine engine)
{
    /// <summary>A page asks at most this many questions that are not a checklist: a phone screen or two.</summary>
    public const int QuestionsPerPage = 4;

    /// <param name="subject">Whom the answers are about when not the person's own ("my husband"), from their description.</param>
    public InterviewState StateOf(IReadOnlyDictionary<string, AnswerValue> answers, string? subject = null)
    {
        var set = validator.Validate(answers).Answers!;
        var result = engine.Assess(set, subject);
        var next = result.Triage.Level == TriageLevel.Emergency || result.NextQuestions.Count == 0 ? null : PageOf(result, set);
        return new(set, result, Replay(answers), next);
    }

    /// <summary>The page the planner asks next, given its result for the answers so far.</summary>
    public InterviewStep PageOf(AssessmentResult result, AnswerSet answers)
    {
        var next = result.NextQuestions;
        var openSigns = result.UnansweredRedFlags.ToHashSet(StringComparer.Ordinal);
        var checklist = QuestionPlanner.Checklist(knowledge, next);
        if (checklist.Count > 1)
        {
            return new([.. checklist.Select(knowledge.Question)], IsChecklist: true) { AllWarningSigns = checklist.All(id => openSigns.Contains(id) && knowledge.Question(id).RedFlag) };
        }

        // Otherwise up to four questions together: most of them (where, how long, how bad) can raise the level too, and an
        // emergency still shows as soon as the page is sent. A yes/no question waits for its checklist, and one whose ask-if hangs on an answer on the same page waits too.
        var first = knowledge.Question(next[0]);
        var more = next.Skip(1).Select(knowledge.Question)
            .TakeWhile(q => q.Type != QuestionType.Bool && (q.AskIf is null || q.AskIf.Evaluate(answers) == Tri.True))
            .Take(QuestionsPerPage - 1);
        return new([first, .. more], IsChecklist: false);
    }

    /// <summary>
    /// The pages the answers already cover, in the order the planner asked them: from no answers, each page the planner would
    /// ask, as long as every question on it has an answer. Where earlier answers were changed on the way back, the replay
    /// follows the new answers, so "Back" always leads to a page the person would be asked now.
    /// </summary>
    private List<InterviewStep> Replay(IReadOnlyDictionary<string, AnswerValue> answers)
    {
        var pages = new List<InterviewStep>();
        var prefix = new Dictionary<string, AnswerValue>(StringComparer.Ordinal);
        while (prefix.Count < answers.Count)
        {
            var set = validator.Validate(prefix).Answers!;
            var result = engine.Assess(set);
            if (result.Triage.Level == TriageLevel.Emergency || result.NextQuestions.Count == 0)
            {
                break;
            }

            var page = PageOf(result, set);
            if (!page.Questions.All(q => answers.ContainsKey(q.Id)))
            {
                break;
            }

            pages.Add(page);
            foreach (var q in page.Questions)
            {
                prefix[q.Id] = answers[q.Id];
            }
        }

        return pages;
    }
}
