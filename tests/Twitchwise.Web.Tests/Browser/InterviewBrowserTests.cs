using Xunit.Abstractions;

namespace Twitchwise.Web.Tests.Browser;

/// <summary>
/// The interview in real Chromium at phone size, on the three paths a person can take (self-care, doctor, emergency),
/// once with JavaScript off, with axe-core on the pages. Screenshots of each result go to artifacts/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InterviewBrowserTests(BrowserHost host, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Interview_SelfCarePath_ShowsSelfCareWithCausesAndAdvice()
    {
        var page = await host.NewPhonePage();
        var interview = new InterviewPage(page, host.BaseUrl);
        await interview.Open();
        await AssertAccessible(page, "interview step 1");
        Assert.True(await interview.FitsWidth(), "step 1 scrolls sideways at 320 px");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.Screenshots, "interview-step1.png"), FullPage = true });

        await interview.AnswerNoToAll();
        await interview.Type("episode.pain", "2");
        await interview.Choose("exercise.recent", "yes");
        await interview.Next();
        Assert.StartsWith("Step 2 of ", await interview.Progress());
        await interview.AnswerNoToAll();
        await interview.Next();
        await interview.Choose("episode.kind", "twitch");
        await interview.Choose("episode.locations", "calf");
        await interview.Type("episode.days", "2");
        await interview.Next();
        await interview.Type("exercise.minutes", "90");
        await interview.Type("exercise.intensity", "8");
        await interview.SkipToResult();
        // Skipped warning signs that could still raise the level are asked before any self-care result.
        Assert.True(await interview.IsWarningSignPage(), "a self-care result came while warning signs were left blank");
        await interview.AnswerMildestToAll();
        await interview.Next();

        var result = new ResultPage(page);
        await result.Screenshot("result-self-care");
        Assert.Equal("self_care", await result.Level());
        Assert.True(await result.IsComplete());
        Assert.Equal("Self-care", await result.LevelWords());
        Assert.Contains("Because you said: “How hard did it feel", string.Join("\n", await result.BecauseYouSaid()));
        Assert.Superset(new HashSet<string> { "Likely causes, most likely first", "Relief now", "Prevention", "Sources" }, (await result.SectionHeadings()).ToHashSet());
        Assert.True(await interview.FitsWidth(), "the result scrolls sideways at 320 px");
        await AssertAccessible(page, "self-care result");
    }

    [BrowserFact]
    public async Task Interview_TwitchingForAMonth_ShowsBookADoctor()
    {
        var page = await host.NewPhonePage();
        await CompleteDoctorPath(new InterviewPage(page, host.BaseUrl));

        var result = new ResultPage(page);
        await result.Screenshot("result-doctor");
        Assert.Equal("doctor", await result.Level());
        Assert.StartsWith("Book a doctor's appointment", await result.LevelWords());
        Assert.Contains("Why", await result.SectionHeadings());
        await AssertAccessible(page, "doctor result");

        // Printed for a doctor: the level and the advice stay, the buttons and forms go.
        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        Assert.True(await page.Locator(".banner").IsVisibleAsync());
        Assert.False(await page.Locator("form").First.IsVisibleAsync());
        Assert.False(await page.Locator("a.button").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task Interview_ChestPain_NextPageIsTheEmergencyInLargeText()
    {
        var page = await host.NewPhonePage();
        var interview = new InterviewPage(page, host.BaseUrl);
        await interview.Open();

        await interview.Choose("symptom.chest_pain", "yes");
        await interview.Next();

        var result = new ResultPage(page);
        await result.Screenshot("result-emergency");
        Assert.Equal("emergency", await result.Level());
        Assert.Equal("Emergency", await result.LevelWords());
        Assert.Contains("Stop", await result.Kicker(), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("Call your local emergency number", await result.Action());
        Assert.True(await result.ActionFontSize() >= 22, "the emergency action is not in large text");
        // A number to ring, on the first screen of a phone, and what to do until help comes.
        Assert.StartsWith("tel:", await result.CallLink.GetAttributeAsync("href"));
        Assert.StartsWith("Call ", await result.CallLink.InnerTextAsync());
        var call = (await result.CallLink.BoundingBoxAsync())!;
        output.WriteLine($"call link at y = {call.Y} px, {call.Height} px high (viewport 640 px)");
        Assert.True(call.Y + call.Height <= 640, "the call link is below the first screen");
        Assert.NotEmpty(await result.WhileYouWait());
        // Nothing else: no causes, relief, prevention or warning signs to read while waiting for help.
        Assert.Subset(new HashSet<string> { "why-heading", "wait-heading", "sources-heading" }, (await result.SectionIds()).ToHashSet());
        Assert.DoesNotContain("harmless", await result.TextOutsideQuestions(), StringComparison.OrdinalIgnoreCase);
        await AssertAccessible(page, "emergency result");
    }

    [BrowserFact]
    public async Task Interview_JavaScriptDisabled_CompletesTheDoctorPath()
    {
        var page = await host.NewPhonePage(forAxe: false, javaScript: false);
        await CompleteDoctorPath(new InterviewPage(page, host.BaseUrl));

        var result = new ResultPage(page);
        await result.Screenshot("result-doctor-no-javascript");
        Assert.Equal("doctor", await result.Level());
        // The print button needs script, so it stays hidden without it.
        Assert.False(await page.Locator("button.print").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task Interview_WithContentSecurityPolicy_OwnScriptAndStylesRunWithoutViolations()
    {
        var page = await host.NewPhonePage(forAxe: false);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        var interview = new InterviewPage(page, host.BaseUrl);
        await interview.Open();

        await interview.Type("episode.pain", "15");

        // The live message comes from site.js, and the border from site.css: both loaded under the CSP.
        Assert.Equal("Please give a number from 0 to 10, or leave it empty.", await page.Locator("#q-episode-pain-live").InnerTextAsync());
        Assert.NotEqual("0px", await page.Locator(".question").First.EvaluateAsync<string>("e => getComputedStyle(e).borderTopWidth"));
        Assert.Empty(problems);
    }

    private static async Task CompleteDoctorPath(InterviewPage interview)
    {
        await interview.Open();
        await interview.AnswerNoToAll();
        await interview.Next();
        await interview.AnswerNoToAll();
        await interview.Next();
        Assert.Equal("Your twitches or cramps", await interview.Heading());
        await interview.Choose("episode.kind", "twitch");
        await interview.Choose("episode.locations", "thigh");
        await interview.Type("episode.days", "30");
        await interview.SkipToResult();
        if (await interview.IsWarningSignPage())
        {
            await interview.AnswerMildestToAll();
            await interview.Next();
        }
    }

    private Task AssertAccessible(Microsoft.Playwright.IPage page, string what) => Axe.AssertAccessible(page, output, what);
}
