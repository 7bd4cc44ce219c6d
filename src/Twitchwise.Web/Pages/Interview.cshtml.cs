using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Knowledge;
using Twitchwise.Web.Interview;

namespace Twitchwise.Web.Pages;

/// <summary>
/// The interview, one step per page, and the result. Nothing is kept on the server: every page re-posts the answers
/// of the other steps as hidden fields, and the result is rendered straight from the last post (never stored, never cached).
/// After every step the answers so far are assessed, and an emergency ends the interview at once, as in the CLI.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class InterviewModel(KnowledgeBase knowledge, AnswerValidator validator, AssessmentEngine engine, InterviewPlan plan, IntakeReader reader)
    : PageModel
{
    public const string Next = "next";
    public const string Back = "back";
    public const string AnswerRedFlags = "redflags";

    public InterviewStep Step { get; private set; } = null!;

    public IReadOnlyList<QuestionField> Fields { get; private set; } = [];

    /// <summary>The answers of the other steps, as (field name, value) pairs for hidden inputs.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Carried { get; private set; } = [];

    /// <summary>Problems with answers that are not on this page (only a tampered or stale form has them).</summary>
    public IReadOnlyList<InputProblem> OtherProblems { get; private set; } = [];

    public string? Notice { get; private set; }

    public ResultView? Result { get; private set; }

    public int StepCount => plan.Steps.Count;

    /// <summary>
    /// On the warning-sign page asked straight after a description: the step the interview goes on from afterwards.
    /// Null when that page comes before the result.
    /// </summary>
    public int? ResumeAt { get; private set; }

    public bool IsLastStep => Step.Index == plan.Steps.Count - 1 || (Step.Index == InterviewPlan.RedFlagStep && ResumeAt is null);

    public void OnGet() => Show(plan.Steps[0], FormAnswers.Empty);

    public void OnPostDescribe(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Show(plan.Steps[0], FormAnswers.Empty, notice: "The description was empty, so here is the interview from the start.");
            return;
        }

        var intake = reader.Read(text);
        if (intake.Answers.Count == 0)
        {
            Show(plan.Steps[0], FormAnswers.Empty, notice: "We could not pick out any answers from that description, so here is the interview from the start.");
            return;
        }

        var heard = intake.Findings.GroupBy(f => f.Answer)
            .ToDictionary(g => g.Key, g => string.Join("”, “", g.Select(f => f.Text).Distinct()), StringComparer.Ordinal);
        var answers = new FormAnswers(intake.Answers, new Dictionary<string, string>(), []);
        Show(plan.Confirm(intake.Answers.Keys), answers, heard);
    }

    public void OnPost(int step, string? go, int? resume)
    {
        var form = FormAnswers.Read(Request.Form, knowledge, validator);
        var current = StepAt(step);
        resume = current.Index == InterviewPlan.RedFlagStep && resume >= 0 && resume < plan.Steps.Count ? resume : null;
        if (form.Problems.Count > 0)
        {
            Show(current, form, resume: resume);
            return;
        }

        var answers = validator.Validate(form.Answers).Answers!;
        var result = engine.Assess(answers);
        if (go == AnswerRedFlags)
        {
            Show(plan.RedFlags(result.UnansweredRedFlags), form);
            return;
        }

        if (go == Back && current.Index > 0)
        {
            Show(plan.Steps[current.Index - 1], form);
            return;
        }

        var isLast = current.Index == plan.Steps.Count - 1 || (current.Index == InterviewPlan.RedFlagStep && resume is null);
        if (result.Triage.Level == TriageLevel.Emergency)
        {
            Result = new ResultView(result.ToDto(), knowledge, form.Answers, StoppedEarly: !isLast);
            return;
        }

        // After a description, the warning signs it left open come next, in the engine's order: where the story points at
        // a danger, that question is first. Then the interview goes on with the first step that still has something to ask.
        var notAskedSigns = result.UnansweredRedFlags.Where(id => !answers.IsAsked(id)).ToList();
        if (current.Index == InterviewPlan.ConfirmStep && notAskedSigns.Count > 0)
        {
            Show(plan.RedFlags(notAskedSigns), form, resume: 0);
            return;
        }

        if (resume is { } from)
        {
            var next = plan.Steps.Skip(from).FirstOrDefault(s => plan.Askable(s, answers).Any(q => !answers.IsAsked(q.Id)));
            if (next is not null)
            {
                Show(next, form);
                return;
            }
        }
        else if (!isLast)
        {
            Show(plan.Steps[current.Index == InterviewPlan.ConfirmStep ? 0 : current.Index + 1], form);
            return;
        }

        // No level below urgent is shown while a warning sign that could raise it has not been asked: those come
        // first, most dangerous first. "Not sure" is an answer; a blank is not, so a blank is asked again.
        if (result.Triage.Level < TriageLevel.Urgent && notAskedSigns.Count > 0)
        {
            var leftBlank = current.Index == InterviewPlan.RedFlagStep && resume is null
                ? current.Questions.Where(q => notAskedSigns.Contains(q.Id)).Select(q => new InputProblem(q.Id, PleaseAnswer(q))).ToList()
                : [];
            Show(plan.RedFlags(notAskedSigns), form with { Problems = leftBlank });
            return;
        }

        Result = new ResultView(result.ToDto(), knowledge, form.Answers, StoppedEarly: false);
    }

    private static string PleaseAnswer(Question q) => q.Type switch
    {
        QuestionType.Number => "Please give a number, or tick “Not sure”.",
        QuestionType.Choices => "Please tick what applies, or “Not sure”.",
        _ => "Please choose one: yes, no or not sure.",
    };

    private InterviewStep StepAt(int index) => index switch
    {
        InterviewPlan.ConfirmStep => plan.Confirm(Request.Form["shown"].OfType<string>()),
        InterviewPlan.RedFlagStep => plan.RedFlags(Request.Form["shown"].OfType<string>()),
        _ when index >= 0 && index < plan.Steps.Count => plan.Steps[index],
        _ => plan.Steps[0],
    };

    private void Show(InterviewStep step, FormAnswers form, IReadOnlyDictionary<string, string>? heard = null, string? notice = null, int? resume = null)
    {
        ResumeAt = resume;
        var onPage = step.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var others = form.Answers.Where(a => !onPage.Contains(a.Key)).ToList();
        var errors = form.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.First().Message, StringComparer.Ordinal);

        var askable = plan.Askable(step, validator.Validate(others).Answers!);
        var shown = askable.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);

        Step = step;
        Notice = notice;
        Fields = askable
            .Select(q => new QuestionField(q,
                form.Answers.GetValueOrDefault(q.Id),
                errors.ContainsKey(q.Id) ? form.Typed.GetValueOrDefault(q.Id) : null,
                errors.GetValueOrDefault(q.Id),
                heard?.GetValueOrDefault(q.Id),
                FoldWhy: step.Index == InterviewPlan.RedFlagStep))
            .ToList();
        Carried = form.Answers.Where(a => !shown.Contains(a.Key)).SelectMany(a => FormAnswers.FieldValues(a.Value).Select(v => KeyValuePair.Create(a.Key, v))).ToList();
        OtherProblems = form.Problems.Where(p => !shown.Contains(p.Field)).ToList();
    }
}
