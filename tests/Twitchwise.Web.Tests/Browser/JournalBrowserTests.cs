using Microsoft.Playwright;
using Twitchwise.Web.Tests.Journal;
using Xunit.Abstractions;

namespace Twitchwise.Web.Tests.Browser;

/// <summary>The journal page as a person uses it: pick what happened, log it, see it listed.</summary>
public sealed class JournalPage(IPage page, string baseUrl)
{
    public IPage Page => page;

    public async Task Open() => await page.GotoAsync(baseUrl + "/journal");

    public async Task LogEpisode(string kind, string location, string seconds)
    {
        var form = page.Locator("#add-episode");
        await form.Locator("select[name=kind]").SelectOptionAsync(kind);
        await form.Locator($"input[name=locations][value='{location}']").CheckAsync();
        await form.Locator("input[name=seconds]").FillAsync(seconds);
        await form.Locator("button[type=submit]").ClickAndWaitForPage(page);
    }

    public Task<string> Notice() => page.Locator(".notice[role=status]").InnerTextAsync();

    public Task<IReadOnlyList<string>> Entries() => page.Locator(".entry .entry-what").AllInnerTextsAsync();

    public Task<bool> FitsWidth() => page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");
}

/// <summary>/journal in real Chromium at phone size, on its own journal file, with axe-core on the page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class JournalBrowserTests(BrowserHost host, ITestOutputHelper output) : IDisposable
{
    private readonly JournalApp app = new();

    public void Dispose() => app.Dispose();

    [BrowserFact]
    public async Task Journal_LogEpisodeInBrowser_IsListedAndPageIsAccessible()
    {
        var journal = new JournalPage(await host.NewPhonePage(), app.StartOnLoopback());
        await journal.Open();
        await AssertAccessible(journal.Page, "empty journal");

        await journal.LogEpisode("spasm", "calf", "30");

        Assert.StartsWith("Logged episode #1:", await journal.Notice());
        Assert.Equal(["spasm in calf, 30 s"], await journal.Entries());
        Assert.True(await journal.FitsWidth(), "/journal scrolls sideways at 320 px");
        await journal.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.Screenshots, "journal.png"), FullPage = true });
        await AssertAccessible(journal.Page, "journal with an entry");
    }

    [BrowserFact]
    public async Task Insights_GeneratedJournalInBrowser_ChartsShowAndPageIsAccessible()
    {
        using (var db = app.OpenJournal())
        {
            db.AddAll(SyntheticJournal.Generate(seed: 7, days: 120, planted: "high_stress"));
        }

        var page = await host.NewPhonePage();
        await page.GotoAsync(app.StartOnLoopback() + "/journal/insights?factor=high_stress&from=2025-01-01&to=2025-04-30");

        Assert.Equal(2, await page.Locator("svg.chart[role=img]").CountAsync());
        Assert.True(await page.Locator("#episodes-chart").IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "/journal/insights scrolls sideways at 320 px");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.Screenshots, "journal-insights.png"), FullPage = true });
        await AssertAccessible(page, "insights");
    }

    private Task AssertAccessible(IPage page, string what) => Axe.AssertAccessible(page, output, what);
}
