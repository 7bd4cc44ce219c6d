using System.Text.Json;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Journal;

namespace Twitchwise.Domain.Plans;

// A plan as the CLI's --format json and the web API write it: snake_case, days as YYYY-MM-DD, statuses as ids.

public sealed record PlanSessionDto(
    int Number,
    string Day,
    int Week,
    int Step,
    string Sport,
    double Minutes,
    string Status,
    double? LoggedMinutes,
    double? JumpPercent,
    string? Note,
    string Text,
    IReadOnlyList<string> Routines,
    IReadOnlyList<string> Sources);

public sealed record PlanCriterionDto(string Id, string Text, IReadOnlyList<string> Sources);

public sealed record PlanDto(
    string Template,
    string Title,
    string Start,
    IReadOnlyList<string> Days,
    string? Paused,
    IReadOnlyList<PlanCriterionDto> WaitingFor,
    IReadOnlyList<string> Notes,
    bool Finished,
    int? Next,
    IReadOnlyList<PlanSessionDto> Sessions,
    string Disclaimer);

public sealed record PlanStepDto(int Week, string Sport, double Minutes, double? EasyMinutes, string Text, IReadOnlyList<string> Criteria, IReadOnlyList<string> Sources);

public sealed record PlanTemplateDto(
    string Id,
    string Title,
    string Summary,
    string Sport,
    int SessionsPerWeek,
    bool NoConsecutiveDays,
    IReadOnlyList<string> DefaultDays,
    IReadOnlyList<string> Sources,
    IReadOnlyList<PlanStepDto> Steps);

public static class PlanJson
{
    public static string StatusId(SessionStatus status) => status.ToString().ToLowerInvariant();

    public static PlanDto ToDto(this TrainingPlan plan) => new(
        plan.Template.Id,
        plan.Template.Title,
        JournalCodec.FormatDate(plan.Start),
        plan.Days.Select(PlanLoader.DayName).ToList(),
        plan.Paused,
        plan.WaitingFor.Select(ToDto).ToList(),
        plan.Notes,
        plan.Finished,
        plan.Next?.Number,
        plan.Sessions.Select(ToDto).ToList(),
        AssessmentJson.Disclaimer);

    public static PlanSessionDto ToDto(this PlanSession s) => new(
        s.Number, JournalCodec.FormatDate(s.Day), s.Week, s.Step, s.Sport, s.Minutes, StatusId(s.Status), s.LoggedMinutes,
        s.JumpPercent is { } j ? Math.Round(j, 1) : null, s.Note, s.Text, s.Routines.Select(r => r.Id).ToList(), s.Sources);

    public static PlanCriterionDto ToDto(this PlanCriterion c) => new(c.Id, c.Text, c.Sources);

    public static PlanTemplateDto ToDto(this PlanTemplate t) => new(
        t.Id, t.Title, t.Summary, t.Sport, t.SessionsPerWeek, t.NoConsecutiveDays, t.DefaultDays.Select(PlanLoader.DayName).ToList(), t.Sources,
        t.Steps.Select(s => new PlanStepDto(s.Index + 1, s.Sport, s.Minutes, s.EasyMinutes, s.Text, s.Criteria, s.Sources)).ToList());

    public static string Serialize(TrainingPlan plan) => JsonSerializer.Serialize(plan.ToDto(), AssessmentJson.Contract.PlanDto);
}
