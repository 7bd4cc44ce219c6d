using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Twitchwise.Web.Tests.Browser;

/// <summary>
/// Issue 11 in real Chromium at 375 px (a common phone): pressing Next through an empty interview never shows a level
/// below urgent, the open warning signs are asked first at the top of the page, and "Not sure" to all of them gives an
/// incomplete result that does not look like an all-clear. Screenshots go to artifacts/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WarningSignsBrowserTests(BrowserHost host, ITestOutputHelper output)
{
    private const int Width = 375;
    private const int Height = 667;

    [BrowserFact]
    public async Task Interview_NothingAnswered_AsksTheOpenWarningSignsAtTheTopAndShowsNoLevel()
    {
        var page = await host.NewPhonePage(width: Width, height: Height);
        var interview = new InterviewPage(page, host.BaseUrl);
        var result = new ResultPage(page);
        await interview.Open();

        await interview.SkipToResult();

        Assert.True(await interview.IsWarningSignPage(), "no page asks the open warning signs");
        Assert.Equal(0, await page.Locator(".banner").CountAsync());
        Assert.DoesNotContain("harmless", await result.TextOutsideQuestions(), StringComparison.OrdinalIgnoreCase);
        var top = await interview.FirstQuestionTop();
        output.WriteLine($"warning-sign page at {Width} px: first question at y = {top} px; {(await interview.QuestionIds()).Count} questions");
        Assert.True(top < Height / 2, $"the first open warning sign starts {top} px down, below the top half of the first screen");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.Screenshots, "warning-signs-first-screen.png") });
        await AssertAccessible(page, "open warning signs page");

        // Next again with nothing chosen: still no result, and each question says what is missing.
        await interview.Next();

        Assert.True(await interview.IsWarningSignPage());
        Assert.Equal(0, await page.Locator(".banner").CountAsync());
        Assert.Equal((await interview.QuestionIds()).Count, await page.Locator("fieldset.question .error:visible").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.Screenshots, "warning-signs-left-blank.png"), FullPage = true });
        await AssertAccessible(page, "open warning signs page with errors");
    }

    [BrowserFact]
    public async Task Interview_EveryWarningSignNotSure_ShowsAnIncompleteResultThatIsNoAllClear()
    {
        var page = await host.NewPhonePage(width: Width, height: Height);
        var interview = new InterviewPage(page, host.BaseUrl);
        var result = new ResultPage(page);
        await interview.Open();
        await interview.SkipToResult();

        for (var round = 0; round < 5 && await interview.IsWarningSignPage(); round++)
        {
            await interview.AnswerNotSureToAll();
            await interview.Next();
        }

        await result.Screenshot("result-not-sure");
        Assert.False(await result.IsComplete());
        Assert.DoesNotContain("harmless", await result.TextOutsideQuestions(), StringComparison.OrdinalIgnoreCase);
        var sections = await result.SectionIds();
        Assert.Equal("open-heading", sections[0]);
        Assert.True(await page.Locator(".open-signs li").CountAsync() > 0);
        if (await result.Level() is "self_care" or "doctor")
        {
            // Not the green banner: a neutral, dashed one that says it is not complete.
            Assert.Contains("provisional", await page.Locator(".banner").GetAttributeAsync("class"));
            Assert.Contains("not complete", await result.Kicker(), StringComparison.OrdinalIgnoreCase);
            Assert.Equal("rgb(243, 245, 248)", await page.Locator(".banner").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        }

        var open = (await page.Locator(".open-signs").BoundingBoxAsync())!;
        output.WriteLine($"not-sure result at {Width} px: open warning signs from y = {open.Y} px to {open.Y + open.Height} px");
        Assert.True(open.Y < Height, "the open warning signs are below the first screen");
        Assert.True(await interview.FitsWidth(), $"the result scrolls sideways at {Width} px");
        await AssertAccessible(page, "incomplete result");

        // Printed, the open warning signs stay and the button to answer them goes.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.True(await page.Locator(".open-signs").IsVisibleAsync());
        Assert.False(await page.Locator(".open-signs form").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task Interview_JavaScriptDisabled_AsksTheOpenWarningSignsThenShowsTheIncompleteResult()
    {
        var page = await host.NewPhonePage(forAxe: false, javaScript: false, width: Width, height: Height);
        var interview = new InterviewPage(page, host.BaseUrl);
        var result = new ResultPage(page);
        await interview.Open();

        await interview.SkipToResult();
        Assert.True(await interview.IsWarningSignPage());
        await interview.AnswerNotSureToAll();
        await interview.Next();
        if (await interview.IsWarningSignPage())
        {
            await interview.AnswerNotSureToAll();
            await interview.Next();
        }

        Assert.False(await result.IsComplete());
        Assert.True(await page.Locator(".open-signs").IsVisibleAsync());
    }

    private Task AssertAccessible(IPage page, string what) => Axe.AssertAccessible(page, output, what);
}
