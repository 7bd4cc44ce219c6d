using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Report;
using Twitchwise.TestSupport;

namespace Twitchwise.Web.Tests.Journal;

/// <summary>/journal/report: the same document as <c>twitchwise report --out report.html</c>, with a period picker; read-only.</summary>
public sealed class ReportPageTests : IDisposable
{
    private readonly JournalApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Report_PlantedJournalWithOldImport_ShowsPeriodTriggerAndEmptySectionsSaySo()
    {
        using (var journal = app.OpenJournal())
        {
            journal.AddAll([.. SyntheticJournal.Generate(seed: 4, days: 45, planted: "short_sleep"), SyntheticJournal.OldImport]);
        }

        var response = await app.CreateClient().GetAsync("/journal/report?from=2017-01-01&to=2025-02-14&name=Alex");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Alex. Period: 1 Jan 2017 to 14 Feb 2025.", html);
        Assert.Contains("On days after under 7 hours of sleep you had episodes", html);
        Assert.Contains("<p class=\"empty\">No medicines logged.</p>", html);
        Assert.Contains("Episodes per day from 1 Jan 2025 to 14 Feb 2025", html);
        Assert.Contains("<form class=\"controls\" method=\"get\" action=\"/journal/report\">", html);
        Assert.Contains(DoctorReportHtml.StyleHash, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("short_sleep", html);
        using var db = app.OpenJournal();
        Assert.Empty(db.TrainingLoad);
        Assert.Equal(SyntheticJournal.Generate(seed: 4, days: 45, planted: "short_sleep").Count + 1, db.Entries.Count());
    }

    [Fact]
    public async Task Report_BadDates_FallBackToTheLast90Days()
    {
        var html = await app.CreateClient().GetStringAsync("/journal/report?from=yesterday-ish&to=2025-13-01");

        var today = DateOnly.FromDateTime(DateTime.Now);
        Assert.Contains($"Period: {DoctorReport.Date(today.AddDays(-89))} to {DoctorReport.Date(today)}.", html);
        Assert.Contains("The journal is empty", await app.CreateClient().GetStringAsync("/journal/insights"));
    }
}
