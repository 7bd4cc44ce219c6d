using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Plans;
using Twitchwise.Storage;
using Twitchwise.Web.Plans;

namespace Twitchwise.Web.Pages.Plans;

/// <summary>
/// /plans: choose a template, see the weeks with what was done, today's session and its routine, log a stage's tests, and
/// the private calendar address. Posts redirect back (reloading never posts twice); a refused one shows why and stores nothing.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(JournalContext db, JournalCodec codec, PlanEngine engine, PlanLibrary library, TimeProvider clock) : PageModel
{
    public PlanLibrary Library => library;

    public StoredPlan? Stored { get; private set; }

    public TrainingPlan? Plan { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public string? Notice { get; private set; }

    public string Today => JournalCodec.FormatDate(clock.Today());

    public string? CalendarUrl => Stored?.CalendarToken is { } token ? PlanApi.CalendarUrl(Request, token) : null;

    public int Count(SessionStatus status) => Plan?.Sessions.Count(s => s.Status == status) ?? 0;

    public void OnGet(string? done)
    {
        Load();
        Notice = done switch
        {
            "made" => "Your plan is ready.",
            "met" => "Logged. The plan below takes it into account.",
            "link" => "A new private calendar address is below; the old one no longer works.",
            _ => null,
        };
    }

    public IActionResult OnPostCreate(string? template, string? start, string[]? days, string? time)
    {
        var problems = new List<string>();
        var chosen = template is null ? null : library.Template(template);
        if (chosen is null)
        {
            problems.Add("Choose a plan.");
        }

        var startDay = string.IsNullOrWhiteSpace(start) ? clock.Today() : JournalCodec.ParseDate(start);
        if (startDay is null)
        {
            problems.Add($"Start: '{start}' is not a day (YYYY-MM-DD).");
        }

        var at = new TimeOnly(18, 0);
        if (!string.IsNullOrWhiteSpace(time) && !TimeOnly.TryParseExact(time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out at))
        {
            problems.Add($"Time: '{time}' is not a time of day (HH:mm).");
        }

        var dayList = days is { Length: > 0 } ? days.Select(d => PlanLoader.ParseDay(d)).ToList() : chosen?.DefaultDays.Select(d => (DayOfWeek?)d).ToList() ?? [];
        if (dayList.Any(d => d is null))
        {
            problems.Add("Days: use the boxes to choose days.");
        }
        else if (chosen is not null && PlanEngine.CheckDays(dayList.Select(d => d!.Value).ToList(), chosen.SessionsPerWeek, chosen.NoConsecutiveDays) is { } daysProblem)
        {
            problems.Add($"Days: {daysProblem}.");
        }

        if (problems.Count == 0 && PlanEngine.PauseReason(db.Load(codec)) is { } pause)
        {
            problems.Add(pause);
        }

        if (problems.Count > 0)
        {
            Load();
            Problems = problems;
            return Page();
        }

        db.Plans.Add(StoredPlan.Create(chosen!, startDay!.Value, dayList.Select(d => d!.Value).ToList(), at, clock.LocalTimeZone.Id, clock.GetUtcNow()));
        db.SaveChanges();
        return RedirectToPage(null, null, new { done = "made" }, "plan");
    }

    public IActionResult OnPostMet(string? criterion)
    {
        var stored = db.CurrentPlan();
        var known = stored is null ? [] : library.Template(stored.Template)?.Steps.SelectMany(s => s.Criteria).ToHashSet() ?? [];
        if (stored is null || criterion is null || !known.Contains(criterion))
        {
            Load();
            Problems = [$"'{criterion}' is not a test of your plan."];
            return Page();
        }

        stored.SetCriterionMet(criterion, clock.Today());
        db.SaveChanges();
        return RedirectToPage(null, null, new { done = "met" }, "plan");
    }

    public IActionResult OnPostLink()
    {
        if (db.CurrentPlan() is not { } stored)
        {
            Load();
            Problems = ["There is no plan to put in a calendar yet."];
            return Page();
        }

        stored.CalendarToken = StoredPlan.NewToken();
        db.SaveChanges();
        return RedirectToPage(null, null, new { done = "link" }, "calendar");
    }

    private void Load()
    {
        Stored = db.CurrentPlan();
        Plan = Stored is null ? null : PlanApi.Make(Stored, db, codec, engine, library, clock);
    }
}
