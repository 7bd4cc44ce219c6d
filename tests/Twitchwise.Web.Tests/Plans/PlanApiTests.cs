using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Twitchwise.Domain.Journal;
using Twitchwise.Web.Tests.Journal;

namespace Twitchwise.Web.Tests.Plans;

/// <summary>/api/v1/plans on the real host and its own SQLite journal, with "today" fixed at Sunday 8 March 2026.</summary>
public sealed class PlanApiTests : IDisposable
{
    private readonly JournalApp journal = new();
    private readonly WebApplicationFactory<Program> app;
    private readonly HttpClient client;

    public PlanApiTests()
    {
        app = journal.WithWebHostBuilder(b => b.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(FixedClock.OnDay(new DateOnly(2026, 3, 8))))));
        client = app.CreateClient();
    }

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
        journal.Dispose();
    }

    [Fact]
    public async Task Create_NewRunner_Returns201WithTheDatedPlanAndNextIsItsFirstSession()
    {
        var response = await client.PostAsJsonAsync("/api/v1/plans", new { template = "run_walk_start", start = "2026-03-09", days = new[] { "mon", "wed", "sat" } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/v1/plans/current", response.Headers.Location!.OriginalString);
        using var plan = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(27, plan.RootElement.GetProperty("sessions").GetArrayLength());
        Assert.Contains(plan.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("beginner level", StringComparison.Ordinal));
        using var next = JsonDocument.Parse(await client.GetStringAsync("/api/v1/plans/current/next"));
        var session = next.RootElement.GetProperty("next");
        Assert.Equal(("2026-03-09", 20.0, "planned"), (session.GetProperty("day").GetString(), session.GetProperty("minutes").GetDouble(), session.GetProperty("status").GetString()));
        Assert.Equal(["warm_up", "cool_down", "drink_to_thirst", "rest_between"], session.GetProperty("routines").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Current_AfterWorkoutsArriveInTheJournal_MarksSessionsDoneLongerAndMissed()
    {
        (await client.PostAsJsonAsync("/api/v1/plans", new { template = "run_walk_start", start = "2026-03-02" })).EnsureSuccessStatusCode();
        using (var db = journal.OpenJournal())
        {
            db.AddAll([Run("2026-03-02", 20), Run("2026-03-04", 40, EntrySource.Fit)]);
        }

        using var plan = JsonDocument.Parse(await client.GetStringAsync("/api/v1/plans/current"));

        var sessions = plan.RootElement.GetProperty("sessions");
        Assert.Equal(["done", "longer", "missed"], sessions.EnumerateArray().Take(3).Select(s => s.GetProperty("status").GetString()));
        Assert.Equal(100, sessions[1].GetProperty("jump_percent").GetDouble());
        Assert.Equal("Week 1 is repeated: a session was missed.", sessions[3].GetProperty("note").GetString());
    }

    [Fact]
    public async Task Create_BadRequest_Is400ProblemNamingEachFieldAndStoresNothing()
    {
        var response = await client.PostAsJsonAsync("/api/v1/plans", new { template = "couch_to_marathon", days = new[] { "mon", "funday" }, time = "7pm", colour = "red" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal(["colour", "days", "template", "time"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Contains("\"funday\" is not a day", errors.GetProperty("days")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/plans/current")).StatusCode);
    }

    [Fact]
    public async Task Create_LatestAssessmentAboveSelfCare_Is409SeeADoctorFirst()
    {
        using (var db = journal.OpenJournal())
        {
            db.AddAll([new AssessmentEntry(new DateTimeOffset(2026, 3, 7, 10, 0, 0, TimeSpan.FromHours(1)), [], "urgent", [])]);
        }

        var response = await client.PostAsJsonAsync("/api/v1/plans", new { template = "walking_start" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("See a doctor first", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains("'urgent' level", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var db2 = journal.OpenJournal();
        Assert.Empty(db2.Plans);
    }

    [Fact]
    public async Task CalendarLink_Regenerated_ServesTextCalendarAndTheOldAddressStopsWorking()
    {
        (await client.PostAsJsonAsync("/api/v1/plans", new { template = "walking_start", start = "2026-03-09", time = "07:15" })).EnsureSuccessStatusCode();

        var first = await Link();
        var feed = await client.GetAsync(first);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType!.MediaType);
        var calendar = Calendar.Load(await feed.Content.ReadAsStringAsync())!;
        Assert.Equal(80, calendar.Events.Count);
        Assert.Equal(new DateTime(2026, 3, 9, 7, 15, 0), calendar.Events.First().DtStart!.Value);

        var second = await Link();

        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(second)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/calendar/guess.ics")).StatusCode);
    }

    [Fact]
    public async Task Criteria_LoggedAsMet_OpenTheRunningStageAndAnUnknownOneIs400()
    {
        (await client.PostAsJsonAsync("/api/v1/plans", new { template = "return_after_cramp_or_strain", start = "2026-02-23" })).EnsureSuccessStatusCode();
        using (var db = journal.OpenJournal())
        {
            db.AddAll([.. new[] { "2026-02-23", "2026-02-25", "2026-02-28" }.Select(d => Walk(d, 20)), .. new[] { "2026-03-02", "2026-03-04", "2026-03-07" }.Select(d => Walk(d, 22))]);
        }

        foreach (var id in new[] { "walk_pain_free", "calf_raises" })
        {
            (await client.PostAsJsonAsync($"/api/v1/plans/current/criteria/{id}", new { day = "2026-03-07" })).EnsureSuccessStatusCode();
        }

        Assert.Equal("walk", await NextSport());
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/v1/plans/current/criteria/hop_pain_free", null)).StatusCode);
        Assert.Equal("run", await NextSport());
        var unknown = await client.PostAsJsonAsync("/api/v1/plans/current/criteria/can_fly", new { });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("'can_fly' is not a test of the current plan", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string> Link()
    {
        var response = await client.PostAsync("/api/v1/plans/current/calendar-link", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var link = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return new Uri(link.RootElement.GetProperty("url").GetString()!).PathAndQuery;
    }

    private async Task<string?> NextSport()
    {
        using var next = JsonDocument.Parse(await client.GetStringAsync("/api/v1/plans/current/next"));
        return next.RootElement.GetProperty("next").GetProperty("sport").GetString();
    }

    private static WorkoutEntry Run(string day, double minutes, EntrySource source = EntrySource.Manual) =>
        new(DateTimeOffset.Parse(day + "T18:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture), "run", minutes, Source: source);

    private static WorkoutEntry Walk(string day, double minutes) =>
        new(DateTimeOffset.Parse(day + "T18:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture), "walk", minutes);
}
