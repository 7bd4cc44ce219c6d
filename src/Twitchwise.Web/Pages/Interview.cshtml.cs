using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;
using Twitchwise.Web.Interview;

namespace Twitchwise.Web.Pages;

/// <summary>
/// The interview, a few questions per page as the question planner orders them, and the result. Post/redirect/get
/// (decision 0015): a page posts its answers, and is redirected to a GET whose URL carries every answer so far, so Back,
/// Refresh and bookmarks work and nothing is kept on the server. An emergency ends the interview at once, as in the CLI.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class InterviewModel(KnowledgeBase knowledge, AnswerValidator validator, InterviewPlan plan, IntakeReader reader, AssessmentEngine engine, TimeProvider clock)
    : PageModel
{
    public const string Next = "next";

    /// <summary>"None of these" on a checklist: every item not answered otherwise is "no".</summary>
    public const string NoneOfThese = "none";

    public InterviewStep Step { get; private set; } = null!;

    public IReadOnlyList<QuestionField> Fields { get; private set; } = [];

    /// <summary>Which page this is, counting from 1 along the planner's path.</summary>
    public int PageNumber { get; private set; }

    /// <summary>True when an earlier page is shown again to change its answers.</summary>
    public bool IsRevisit { get; private set; }

    public int Answered { get; private set; }

    /// <summary>The planner's list of questions still worth asking: at most this many remain, often fewer.</summary>
    public int AtMostLeft { get; private set; }

    /// <summary>The previous page, with every answer kept; the home page before the first.</summary>
    public string BackHref { get; private set; } = "/";

    /// <summary>Where this page posts: the same URL, so the answers so far travel in its query string.</summary>
    public string PostHref { get; private set; } = "/Interview";

    public string? Notice { get; private set; }

    public ResultView? Result { get; private set; }

    public ConfirmView? Confirm { get; private set; }

    /// <summary>
    /// Whom the answers are about when a description was typed for someone else ("my husband"), or "someone else" when
    /// that was chosen before the interview; carried in every URL.
    /// </summary>
    public string? Subject { get; private set; }

    /// <summary>
    /// On the first page, before anything is answered: the same page asked about someone else, or about the person again,
    /// for whoever opened the interview without choosing on the home page.
    /// </summary>
    public string? SwitchSubjectHref => Answered > 0 || IsRevisit ? null
        : Subject is null ? "/Interview" + QueryString.Create(FormAnswers.SubjectField, FormAnswers.SomeoneElse)
        : "/Interview";

    public IActionResult OnGet(int? step)
    {
        var carried = FormAnswers.Read(id => Request.Query[id], knowledge, validator);
        if (carried.Problems.Count > 0)
        {
            Notice = "Some answers in this link were not valid and have been left out.";
        }

        Subject = FormAnswers.Subject(Request.Query[FormAnswers.SubjectField]);
        var state = plan.StateOf(carried.Answers, Subject);
        if (state.IsDone)
        {
            Result = new ResultView(state.Result.ToDto(), knowledge, state.Answers, clock.GetLocalNow())
            {
                BackHref = state.Answered.Count > 0 ? PageHref(carried.Answers, state.Answered.Count) : "/",
                AnswerOpenSignsHref = "/Interview" + FormAnswers.Query(
                    carried.Answers.Where(a => a.Value is not NotSureAnswer || !state.Result.UnansweredRedFlags.Contains(a.Key)).ToDictionary(), knowledge,
                    subject: Subject),
            };
            return Page();
        }

        Show(state, step, carried.Answers, carried.Answers, errors: null);
        return Page();
    }

    public IActionResult OnPost(int? step, string? go)
    {
        var carried = FormAnswers.Read(id => Request.Query[id], knowledge, validator).Answers;
        Subject = FormAnswers.Subject(Request.Query[FormAnswers.SubjectField]);
        var state = plan.StateOf(carried);
        var page = StepFor(state, step);
        if (page is null)
        {
            return SeeOther(carried);
        }

        var posted = FormAnswers.Read(id => Request.Form[id], knowledge, validator, page.Questions);
        var answers = posted.Answers.ToDictionary(StringComparer.Ordinal);
        if (go == NoneOfThese && page.IsChecklist)
        {
            // "None of these" answers no only where nothing else was chosen: a "yes" or "not sure" ticked first is kept.
            foreach (var q in page.Questions.Where(q => !answers.ContainsKey(q.Id) && !posted.Typed.ContainsKey(q.Id)))
            {
                answers[q.Id] = new BoolAnswer(false);
            }
        }

        // Every question on the page needs an answer ("not sure" is one): a blank would be asked again, never taken as no.
        var errors = posted.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.First().Message, StringComparer.Ordinal);
        foreach (var q in page.Questions.Where(q => !answers.ContainsKey(q.Id) && !errors.ContainsKey(q.Id)))
        {
            errors[q.Id] = PleaseAnswer(q);
        }

        var merged = carried.Where(a => !page.Questions.Any(q => q.Id == a.Key)).Concat(answers).ToDictionary(StringComparer.Ordinal);

        // One yes that is an emergency is enough: the person is not kept on the page to answer the rest first.
        if (errors.Count > 0 && plan.StateOf(merged).Result.Triage.Level != TriageLevel.Emergency)
        {
            Show(state, step, carried, merged, errors, posted.Typed);
            return Page();
        }

        return SeeOther(merged);
    }

    /// <summary>A description: what it understood, to confirm or correct, with the questions it was unsure of first.</summary>
    public IActionResult OnPostDescribe(string? text, string? today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return SeeOther(new Dictionary<string, AnswerValue>());
        }

        var intake = reader.Read(text, clock.PersonToday(today));
        var state = plan.StateOf(intake.Answers);
        if (state.Result.Triage.Level == TriageLevel.Emergency)
        {
            // Straight to the result; typed for someone else, it names them and speaks to whoever is with them.
            Subject = intake.Subject;
            return SeeOther(intake.Answers);
        }

        ShowConfirm(text, intake, FormAnswers.Empty with { Answers = intake.Answers });
        return Page();
    }

    /// <summary>The confirmed answers go on into the planner's interview: only the questions still open are asked.</summary>
    public IActionResult OnPostConfirm(string? text, string? today)
    {
        var intake = reader.Read(text ?? "", clock.PersonToday(today));
        var shown = ConfirmView.Questions(intake, knowledge);
        var posted = FormAnswers.Read(id => Request.Form[id], knowledge, validator, shown);
        if (posted.Problems.Count > 0)
        {
            ShowConfirm(text ?? "", intake, posted);
            return Page();
        }

        Subject = intake.Subject;
        return SeeOther(posted.Answers);
    }

    private void ShowConfirm(string text, IntakeResult intake, FormAnswers form)
    {
        var errors = form.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.First().Message, StringComparer.Ordinal);
        var heard = intake.Findings.GroupBy(f => f.Answer)
            .ToDictionary(g => g.Key, g => string.Join("”, “", g.Select(f => f.Text).Distinct()), StringComparer.Ordinal);
        Confirm = new ConfirmView(text, intake, knowledge) { SomeoneElse = SomeoneElse.Alert(engine, intake) };
        Fields = [.. ConfirmView.Questions(intake, knowledge).Select(q => new QuestionField(q, form.Answers.GetValueOrDefault(q.Id),
            errors.ContainsKey(q.Id) ? form.Typed.GetValueOrDefault(q.Id) : null, errors.GetValueOrDefault(q.Id), heard.GetValueOrDefault(q.Id))
            { Subject = intake.Subject })];
    }

    private static string PleaseAnswer(Question q) => q.Type switch
    {
        QuestionType.Number => "Please give a number, or tick “Not sure”.",
        QuestionType.Choices => "Please tick what applies, “None of these” or “Not sure”.",
        QuestionType.Choice => "Please choose one, or “Not sure”.",
        _ => "Please choose one: yes, no or not sure.",
    };

    /// <summary>
    /// The page a post answers: an earlier one when <paramref name="step"/> names it (not "page": Razor Pages keeps that
    /// name for its own route value), else the one the planner asks next.
    /// </summary>
    private static InterviewStep? StepFor(InterviewState state, int? step) =>
        step is { } p && p >= 1 && p <= state.Answered.Count ? state.Answered[p - 1] : state.Next;

    private void Show(InterviewState state, int? step, IReadOnlyDictionary<string, AnswerValue> carried, IReadOnlyDictionary<string, AnswerValue> answers,
        IReadOnlyDictionary<string, string>? errors,
        IReadOnlyDictionary<string, string>? typed = null)
    {
        IsRevisit = step is { } p && p >= 1 && p <= state.Answered.Count;
        PageNumber = IsRevisit ? step!.Value : state.Answered.Count + 1;
        Step = StepFor(state, step)!;
        Answered = state.Answers.Asked().Count;
        AtMostLeft = state.Result.NextQuestions.Count;
        BackHref = PageNumber > 1 ? PageHref(carried, PageNumber - 1) : "/";
        PostHref = "/Interview" + FormAnswers.Query(carried, knowledge, IsRevisit ? PageNumber : null, Subject);
        Fields = [.. Step.Questions.Select(q => new QuestionField(q, answers.GetValueOrDefault(q.Id),
            errors?.ContainsKey(q.Id) == true ? typed?.GetValueOrDefault(q.Id) : null, errors?.GetValueOrDefault(q.Id), Heard: null) { Subject = Subject })];
    }

    private string PageHref(IReadOnlyDictionary<string, AnswerValue> answers, int page) => "/Interview" + FormAnswers.Query(answers, knowledge, page, Subject);

    private StatusCodeResult SeeOther(IReadOnlyDictionary<string, AnswerValue> answers)
    {
        // 303: the browser follows with a GET, so Back and Refresh never post the form again.
        Response.Headers.Location = "/Interview" + FormAnswers.Query(answers, knowledge, subject: Subject);
        return StatusCode(StatusCodes.Status303SeeOther);
    }
}
