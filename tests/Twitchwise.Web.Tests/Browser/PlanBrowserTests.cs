using Microsoft.Playwright;
using Twitchwise.Web.Tests.Journal;
using Xunit.Abstractions;

namespace Twitchwise.Web.Tests.Browser;

/// <summary>/plans in real Chromium at phone size, on its own journal file, with axe-core on every state of the page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlanBrowserTests(BrowserHost host, ITestOutputHelper output) : IDisposable
{
    private readonly JournalApp app = new();

    public void Dispose() => app.Dispose();

    [BrowserFact]
    public async Task Plans_ChooseARunningPlanAndMakeACalendarAddress_ShowsTheWeeksAndStaysAccessible()
    {
        var page = await host.NewPhonePage();
        await page.GotoAsync(app.StartOnLoopback() + "/plans");
        await Axe.AssertAccessible(page, output, "plans, nothing chosen");

        await page.Locator("input[name=template][value=run_walk_start]").CheckAsync();
        await page.Locator("input[name=days][value=mon]").CheckAsync();
        await page.Locator("input[name=days][value=thu]").CheckAsync();
        await page.Locator("form button[type=submit]", new() { HasText = "Make the plan" }).ClickAsync();
        // Waiting on the page's text rather than on a load event: once in a CI run the DOMContentLoaded wait after this
        // submit never resolved although the page had come (Playwright's own advice is to wait on what the person sees).
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Your plan is ready.");

        var text = await page.InnerTextAsync("main");
        Assert.Contains("Your plan is ready.", text, StringComparison.Ordinal);
        Assert.Contains("Warm up for 5 minutes first", text, StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "/plans scrolls sideways on a phone");
        await Axe.AssertAccessible(page, output, "plans, a plan made");

        await page.Locator("form button[type=submit]", new() { HasText = "private calendar address" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"/calendar/[^/\s]+\.ics"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.Screenshots, "plans.png"), FullPage = true });
        await Axe.AssertAccessible(page, output, "plans, with a calendar address");
    }
}
