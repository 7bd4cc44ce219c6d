using Microsoft.Playwright;
using Twitchwise.Domain.Journal;
using Twitchwise.TestSupport;
using Twitchwise.Web.Tests.Journal;
using Xunit.Abstractions;

namespace Twitchwise.Web.Tests.Browser;

/// <summary>The doctor report page as a person prints it: real Chromium, its own CSP in force, printed to PDF on A4 and on Letter.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportBrowserTests(BrowserHost host, ITestOutputHelper output) : IDisposable
{
    private readonly JournalApp app = new();

    public void Dispose() => app.Dispose();

    [BrowserFact]
    public async Task Report_PrintedOnA4AndLetter_IsOnePageAndAccessible()
    {
        using (var db = app.OpenJournal())
        {
            db.AddAll([.. SyntheticJournal.Generate(seed: 4, days: 90, planted: "short_sleep", gaps: true), SyntheticJournal.OldImport,
                new MedicationEntry("salbutamol", "asthma_bronchodilator", SyntheticJournal.Start.AddDays(20))]);
        }

        var url = app.StartOnLoopback() + "/journal/report?from=2025-01-01&to=2025-03-31&name=Alex%20Example";
        var context = await host.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1000, Height = 1400 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);

        // The inline stylesheet is allowed by its hash: without it the page would print in the browser's default 16 px.
        Assert.Equal("12px", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontSize"));
        foreach (var format in new[] { "A4", "Letter" })
        {
            var pdf = await page.PdfAsync(new() { Format = format, PrintBackground = true });
            using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
            output.WriteLine($"{format}: {document.NumberOfPages} page(s), {pdf.Length} bytes");
            Assert.Equal(1, document.NumberOfPages);
            File.WriteAllBytes(Path.Combine(BrowserHost.Screenshots, $"journal-report-{format}.pdf"), pdf);
        }

        var forAxe = await host.NewPhonePage();
        await forAxe.GotoAsync(url);
        await forAxe.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.Screenshots, "journal-report.png"), FullPage = true });
        await Axe.AssertAccessible(forAxe, output, "doctor report");
    }
}
