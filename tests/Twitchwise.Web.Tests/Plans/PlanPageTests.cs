using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Twitchwise.Domain.Journal;
using Twitchwise.Web.Tests.Journal;
using Twitchwise.Web.Tests.Pages;

namespace Twitchwise.Web.Tests.Plans;

/// <summary>/plans as plain HTML forms over HTTP, on a real host with its own SQLite journal and "today" fixed at Sunday 8 March 2026.</summary>
public sealed partial class PlanPageTests : IDisposable
{
    private readonly JournalApp journal = new();
    private readonly WebApplicationFactory<Program> app;
    private readonly HttpClient client;
    private readonly FormSession session;

    public PlanPageTests()
    {
        app = journal.WithWebHostBuilder(b => b.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(FixedClock.OnDay(new DateOnly(2026, 3, 8))))));
        client = app.CreateClient();
        session = new(client);
    }

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
        journal.Dispose();
    }

    [Fact]
    public async Task Choose_ATemplate_ShowsTheWeeksAndTheNextSessionWithItsRoutine()
    {
        Assert.Contains("Choose a plan", await session.Get("/plans"), StringComparison.Ordinal);

        var (status, html, _) = await session.Post("/plans?handler=Create", ("template", "run_walk_start"), ("start", "2026-03-09"), ("days", "mon"), ("days", "thu"), ("time", "07:00"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Your plan is ready.", html, StringComparison.Ordinal);
        Assert.Contains("From 2026-03-09, on mon, thu at 07:00.", html, StringComparison.Ordinal);
        Assert.Contains("Next: Mon 9 Mar: run 20 min", html, StringComparison.Ordinal);
        Assert.Contains("Warm up for 5 minutes first", html, StringComparison.Ordinal);
        Assert.Contains("id=\"session-18\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"session-19\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choose_ConsecutiveDaysForARunningPlan_IsRefusedSayingWhyAndStoresNothing()
    {
        await session.Get("/plans");

        var (_, html, _) = await session.Post("/plans?handler=Create", ("template", "run_walk_start"), ("days", "sat"), ("days", "sun"));

        Assert.Contains("Days: this plan needs a rest day between sessions, but sat and sun follow each other.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        using var db = journal.OpenJournal();
        Assert.Empty(db.Plans);
    }

    [Fact]
    public async Task Choose_AfterADoctorLevelAssessment_SaysSeeADoctorFirst()
    {
        using (var db = journal.OpenJournal())
        {
            db.AddAll([new AssessmentEntry(new DateTimeOffset(2026, 3, 8, 9, 0, 0, TimeSpan.FromHours(1)), [], "doctor", [])]);
        }

        await session.Get("/plans");
        var (_, html, _) = await session.Post("/plans?handler=Create", ("template", "walking_start"));

        Assert.Contains("See a doctor first: your latest assessment, on 2026-03-08, was at the &#x27;doctor&#x27; level.", html, StringComparison.Ordinal);
        using var after = journal.OpenJournal();
        Assert.Empty(after.Plans);
    }

    [Fact]
    public async Task CalendarAddress_MadeAgain_ReplacesTheOldOne()
    {
        await session.Get("/plans");
        await session.Post("/plans?handler=Create", ("template", "walking_start"));

        var first = Address((await session.Post("/plans?handler=Link")).Html);
        Assert.Equal("text/calendar", (await client.GetAsync(first)).Content.Headers.ContentType!.MediaType);
        var (_, html, _) = await session.Post("/plans?handler=Link");
        var second = Address(html);

        Assert.Contains("the old one no longer works", html, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(second)).StatusCode);
    }

    [Fact]
    public async Task ReturnPlan_TestsLoggedWithTheButtons_OpenRunning()
    {
        await session.Get("/plans");
        await session.Post("/plans?handler=Create", ("template", "return_after_cramp_or_strain"), ("start", "2026-02-23"));
        using (var db = journal.OpenJournal())
        {
            db.AddAll([.. new[] { "2026-02-23", "2026-02-25", "2026-02-28" }.Select(d => Walk(d, 20)), .. new[] { "2026-03-02", "2026-03-04", "2026-03-07" }.Select(d => Walk(d, 22))]);
        }

        Assert.Contains("Next: Mon 9 Mar: walk 22 min", await session.Get("/plans"), StringComparison.Ordinal);
        string html = "";
        foreach (var id in new[] { "walk_pain_free", "calf_raises", "hop_pain_free" })
        {
            html = (await session.Post("/plans?handler=Met", ("criterion", id))).Html;
        }

        Assert.Contains("Next: Mon 9 Mar: run 12 min", html, StringComparison.Ordinal);
    }

    private static string Address(string html) => new Uri(WebUtility.HtmlDecode(CalendarUrl().Match(html).Groups[1].Value)).PathAndQuery;

    private static WorkoutEntry Walk(string day, double minutes) =>
        new(DateTimeOffset.Parse(day + "T18:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture), "walk", minutes);

    [GeneratedRegex("<code id=\"calendar-url\">([^<]+)</code>")]
    private static partial Regex CalendarUrl();
}
