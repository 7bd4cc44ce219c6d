using System.Text.Json;
using Microsoft.Playwright;

namespace Twitchwise.Web.Tests.Browser;

/// <summary>Clicks that load a new page, waited for by the page itself rather than by a load event.</summary>
public static class Navigation
{
    /// <summary>
    /// Clicks and waits until a new document has replaced this one and finished parsing. The old document is marked first,
    /// so the wait cannot end on it: a load-state wait straight after a click could hang or return before the navigation
    /// began (a CI run once waited 120 s on it).
    /// </summary>
    public static async Task ClickAndWaitForPage(this ILocator link, IPage page)
    {
        await page.EvaluateAsync("() => { window.__twitchwiseOldPage = true; }");
        await link.ClickAsync();
        await page.WaitForFunctionAsync("() => !window.__twitchwiseOldPage && document.readyState !== 'loading'");
    }
}

/// <summary>The interview as a person uses it: pick answers by question and option, type numbers, go on or back.</summary>
public sealed class InterviewPage(IPage page, string baseUrl)
{
    public IPage Page => page;

    public async Task Open() => await page.GotoAsync(baseUrl + "/Interview");

    public Task<string> Heading() => page.Locator("h1").InnerTextAsync();

    public Task<string> Progress() => page.Locator(".progress-text").InnerTextAsync();

    public async Task<bool> IsChecklist() => await page.Locator("form.checklist").CountAsync() > 0;

    /// <summary>Each question on the page in the words it is asked, top to bottom.</summary>
    public Task<IReadOnlyList<string>> Questions() => page.Locator("fieldset.question legend").AllInnerTextsAsync();

    public async Task<bool> IsResult() => await page.Locator(".banner").CountAsync() > 0;

    public Task Choose(string questionId, string option) => page.Locator($"input[name='{questionId}'][value='{option}']").CheckAsync();

    public Task Type(string questionId, string number) => page.Locator($"input[name='{questionId}'][type=number]").FillAsync(number);

    public async Task<bool> IsChosen(string questionId, string option) => await page.Locator($"input[name='{questionId}'][value='{option}']").IsCheckedAsync();

    public async Task Next() => await Submit("button[name=go][value=next]");

    /// <summary>"None of these" on a checklist.</summary>
    public async Task NoneOfThese() => await Submit("button[name=go][value=none]");

    /// <summary>The page's own Back link (the browser's Back button is <see cref="IPage.GoBackAsync"/>).</summary>
    public async Task Back()
    {
        await page.Locator("p.back a, .actions a:text-is('Back')").First.ClickAndWaitForPage(page);
    }

    private async Task Submit(string button)
    {
        await page.Locator(button).ClickAndWaitForPage(page);
    }

    /// <summary>The question ids on the page, top to bottom.</summary>
    public async Task<IReadOnlyList<string>> QuestionIds()
    {
        var ids = new List<string>();
        foreach (var question in await page.Locator("fieldset.question").AllAsync())
        {
            var name = await question.Locator("input").First.GetAttributeAsync("name");
            ids.Add(name ?? "");
        }

        return ids;
    }

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

    /// <summary>
    /// Answers the page as a person with this story would: the story's answer where it has one; on a checklist "no" to the
    /// rest (or "None of these" when the story says nothing about any of them); elsewhere <paramref name="otherwise"/>'s
    /// answer, or "Not sure". Returns how many questions the page asked.
    /// </summary>
    public async Task<int> AnswerAndGoOn(IReadOnlyDictionary<string, string> story, Func<string, string?>? otherwise = null)
    {
        var ids = await QuestionIds();
        if (await IsChecklist())
        {
            if (!ids.Any(story.ContainsKey))
            {
                await NoneOfThese();
                return ids.Count;
            }

            foreach (var id in ids)
            {
                await Choose(id, story.GetValueOrDefault(id) ?? "no");
            }
        }
        else
        {
            foreach (var id in ids)
            {
                var answer = story.GetValueOrDefault(id) ?? otherwise?.Invoke(id) ?? "unsure";
                var number = page.Locator($"input[name='{id}'][type=number]");
                if (answer != "unsure" && await number.CountAsync() > 0)
                {
                    await number.FillAsync(answer);
                }
                else
                {
                    await Choose(id, answer);
                }
            }
        }

        await Next();
        return ids.Count;
    }

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

    /// <summary>The heading over the first while-waiting steps.</summary>
    public Task<string> WhileYouWaitHeading() => page.Locator(".first-steps.while-waiting h2").InnerTextAsync();

    /// <summary>Whom the result is about ("About: my husband"), or null when it is the person's own.</summary>
    public async Task<string?> About() => await page.Locator(".banner .subject").CountAsync() == 0 ? null : await page.Locator(".banner .subject").InnerTextAsync();

    /// <summary>The visible text of the page outside the questions (a question's "why" may explain what a harmless twitch is).</summary>
    public Task<string> TextOutsideQuestions() => page.EvaluateAsync<string>(
        "() => { const b = document.body.cloneNode(true); b.querySelectorAll('fieldset.question').forEach(f => f.remove()); return b.textContent; }");

    public Task<IReadOnlyList<string>> BecauseYouSaid() => page.Locator(".causes .said").AllInnerTextsAsync();

    /// <summary>Where an element starts and ends, in CSS pixels from the top of the page.</summary>
    public async Task<(float Top, float Bottom)> Extent(string selector)
    {
        var box = (await page.Locator(selector).First.BoundingBoxAsync())!;
        var scroll = await page.EvaluateAsync<float>("() => window.scrollY");
        return (box.Y + scroll, box.Y + scroll + box.Height);
    }

    /// <summary>The words a person reads in the result, as shown (closed disclosures and print-only parts are not shown).</summary>
    public Task<int> Words() => page.EvaluateAsync<int>("() => document.querySelector('article.result').innerText.split(/\\s+/).filter(w => w).length");

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
