using System.Text.Json;
using Microsoft.Playwright;

namespace Twitchwise.Web.Tests.Browser;

/// <summary>The interview as a person uses it: pick answers by question and option, type numbers, go on.</summary>
public sealed class InterviewPage(IPage page, string baseUrl)
{
    public IPage Page => page;

    public async Task Open() => await page.GotoAsync(baseUrl + "/Interview");

    public Task<string> Heading() => page.Locator("h1").InnerTextAsync();

    public Task<string> Progress() => page.Locator(".progress-text").InnerTextAsync();

    public Task Choose(string questionId, string option) => page.Locator($"input[name='{questionId}'][value='{option}']").CheckAsync();

    public Task Type(string questionId, string number) => page.Locator($"input[name='{questionId}'][type=number]").FillAsync(number);

    /// <summary>Answers "No" to every yes/no question on the page.</summary>
    public async Task AnswerNoToAll()
    {
        foreach (var radio in await page.Locator("input[type=radio][value=no]").AllAsync())
        {
            await radio.CheckAsync();
        }
    }

    public async Task Next()
    {
        await page.Locator("button[name=go][value=next]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>
    /// Goes on through the remaining steps without answering, until the result shows or the page that asks the open
    /// warning signs before any result below urgent.
    /// </summary>
    public async Task SkipToResult()
    {
        for (var i = 0; i < 20 && await page.Locator(".banner").CountAsync() == 0 && !await IsWarningSignPage(); i++)
        {
            await Next();
        }
    }

    /// <summary>True on the page that asks the warning signs still open before a result.</summary>
    public async Task<bool> IsWarningSignPage() => await page.Locator("form.interview input[name=step][value='-2']").CountAsync() > 0;

    /// <summary>The question ids on the page, top to bottom.</summary>
    public Task<IReadOnlyList<string>> QuestionIds() => Ids(page.Locator("fieldset.question"));

    /// <summary>The id attributes of the elements found, in page order.</summary>
    public static async Task<IReadOnlyList<string>> Ids(ILocator elements)
    {
        var ids = new List<string>();
        foreach (var element in await elements.AllAsync())
        {
            ids.Add(await element.GetAttributeAsync("id") ?? "");
        }

        return ids;
    }

    /// <summary>"Not sure" for every question on the page.</summary>
    public async Task AnswerNotSureToAll()
    {
        foreach (var input in await page.Locator("fieldset.question input[value=unsure]").AllAsync())
        {
            await input.CheckAsync();
        }
    }

    /// <summary>
    /// The mildest answer to every question on the page, as a person without any warning sign gives it: "No" to yes/no
    /// questions, the lowest number (rules only test lower bounds, so it can never raise the level), "None of these" where
    /// several options may be picked, the last option of a one-choice question, and "Not sure" where nothing else fits.
    /// </summary>
    public async Task AnswerMildestToAll()
    {
        foreach (var question in await page.Locator("fieldset.question").AllAsync())
        {
            var no = question.Locator("input[type=radio][value=no]");
            var number = question.Locator("input[type=number]");
            var none = question.Locator("input[type=checkbox][value=none]");
            var lastOption = question.Locator("input[type=radio]:not([value=unsure])").Last;
            if (await no.CountAsync() > 0)
            {
                await no.CheckAsync();
            }
            else if (await none.CountAsync() > 0)
            {
                await none.CheckAsync();
            }
            else if (await number.CountAsync() > 0)
            {
                await number.FillAsync((await number.GetAttributeAsync("min"))!);
            }
            else if (await lastOption.CountAsync() > 0)
            {
                // A one-choice question has no "no"; its last option is the mildest here (both sides, not one).
                await lastOption.CheckAsync();
            }
            else
            {
                await question.Locator("input[value=unsure]").CheckAsync();
            }
        }
    }

    /// <summary>Where the first question starts, in CSS pixels from the top of the page.</summary>
    public async Task<float> FirstQuestionTop() => (await page.Locator("fieldset.question").First.BoundingBoxAsync())!.Y;

    /// <summary>True when nothing is wider than the screen: no sideways scrolling on a phone.</summary>
    public Task<bool> FitsWidth() => page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");
}

/// <summary>The result page: the level banner and the sections under it.</summary>
public sealed class ResultPage(IPage page)
{
    public async Task<string> Level() => (await page.Locator(".banner").GetAttributeAsync("data-level"))!;

    /// <summary>The contract's triage.complete, as the page states it.</summary>
    public async Task<bool> IsComplete() => await page.Locator(".banner").GetAttributeAsync("data-complete") == "true";

    public Task<string> LevelWords() => page.Locator(".banner h1").InnerTextAsync();

    public Task<string> Action() => page.Locator(".banner .action").InnerTextAsync();

    public Task<string> Kicker() => page.Locator(".banner-kicker").InnerTextAsync();

    public Task<IReadOnlyList<string>> SectionHeadings() => page.Locator("article.result h2").AllInnerTextsAsync();

    /// <summary>The ids of the result's sections (their headings' ids), top to bottom.</summary>
    public Task<IReadOnlyList<string>> SectionIds() => InterviewPage.Ids(page.Locator("article.result section > h2"));

    public ILocator CallLink => page.Locator(".banner a[href^='tel:']");

    public Task<IReadOnlyList<string>> WhileYouWait() => page.Locator(".while-waiting li").AllInnerTextsAsync();

    /// <summary>The visible text of the page outside the questions (a question's "why" may explain what a harmless twitch is).</summary>
    public Task<string> TextOutsideQuestions() => page.EvaluateAsync<string>(
        "() => { const b = document.body.cloneNode(true); b.querySelectorAll('fieldset.question').forEach(f => f.remove()); return b.textContent; }");

    public Task<IReadOnlyList<string>> BecauseYouSaid() => page.Locator(".causes .said").AllInnerTextsAsync();

    public async Task<float> ActionFontSize() => await page.Locator(".banner .action").EvaluateAsync<float>("e => parseFloat(getComputedStyle(e).fontSize)");

    /// <summary>The whole page, and its first screen as a phone shows it.</summary>
    public async Task Screenshot(string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.Screenshots, name + ".png"), FullPage = true });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.Screenshots, name + "-first-screen.png") });
    }
}

/// <summary>axe-core in the page: the violations it finds, with their impact.</summary>
public static class Axe
{
    public sealed record Violation(string Id, string Impact, string Help, int Nodes);

    public static async Task<IReadOnlyList<Violation>> Run(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = BrowserRequirements.AxeScript });
        var json = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact || '', help: v.help, nodes: v.nodes.length }))");
        return json.EnumerateArray().Select(v => new Violation(v.GetProperty("id").GetString()!, v.GetProperty("impact").GetString()!,
            v.GetProperty("help").GetString()!, v.GetProperty("nodes").GetInt32())).ToList();
    }

    public static IEnumerable<Violation> SeriousOrCritical(IEnumerable<Violation> violations) =>
        violations.Where(v => v.Impact is "serious" or "critical");

    /// <summary>Runs axe-core, writes every violation to the test output, and fails on serious or critical ones.</summary>
    public static async Task AssertAccessible(IPage page, Xunit.Abstractions.ITestOutputHelper output, string what)
    {
        var violations = await Run(page);
        output.WriteLine($"axe on {what}: {violations.Count} violation(s)" +
                         string.Concat(violations.Select(v => $"\n  {v.Impact} {v.Id} ({v.Nodes}): {v.Help}")));
        Assert.Empty(SeriousOrCritical(violations));
    }
}
