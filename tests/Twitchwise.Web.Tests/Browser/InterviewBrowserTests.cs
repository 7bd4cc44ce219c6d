using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;
using Xunit.Abstractions;

namespace Twitchwise.Web.Tests.Browser;

/// <summary>
/// The interview in real Chromium on a 375 x 667 phone, as a person goes through it: the planner's pages, Back and Refresh,
/// the result's first screen, the printed summary, each result level, free text, and JavaScript off; axe-core on every kind
/// of page. Screenshots go to artifacts/screenshots; the figures (pages, questions, words, screens) to the test output.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InterviewBrowserTests(BrowserHost host, ITestOutputHelper output)
{
    private const int Width = 375;
    private const int Height = 667;
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;

    /// <summary>A calf cramp after a long run in the heat, as its runner would answer; no warning sign.</summary>
    private static readonly Dictionary<string, string> CalfCramp = new()
    {
        ["episode.kind"] = "spasm", ["episode.locations"] = "calf", ["episode.sides"] = "both_sides", ["exercise.recent"] = "yes",
        ["exercise.type"] = "run", ["exercise.minutes"] = "100", ["exercise.intensity"] = "7", ["episode.pain"] = "5",
        ["episode.seconds"] = "60", ["episode.days"] = "1", ["hydration.heavy_sweating"] = "yes", ["exercise.hot_conditions"] = "yes",
        ["exercise.new_to_exercise"] = "no", ["symptom.temperature_c"] = "37", ["medication.classes"] = "none",
        ["history.clot_risk"] = "none", ["episode.timing"] = "after_exercise", ["history.conditions"] = "none",
    };

    [BrowserFact]
    public async Task Interview_CalfCrampAfterALongRun_SelfCareResultFitsThreePhoneScreensAndPrintsOnOnePage()
    {
        var page = await host.NewPhonePage(width: Width, height: Height);
        await page.GotoAsync(host.BaseUrl + "/");
        Assert.Contains("short pages", await page.Locator(".how-long").InnerTextAsync());
        await Shot(page, "home");
        await AssertAccessible(page, "home");

        var interview = new InterviewPage(page, host.BaseUrl);
        await interview.Open();
        var (pages, questions) = await Walk(interview, CalfCramp, checkEachKind: true);

        var result = new ResultPage(page);
        Assert.Equal("self_care", await result.Level());
        Assert.True(await result.IsComplete());
        output.WriteLine($"calf cramp after a long run: {pages} pages, {questions} questions");
        Assert.InRange(pages, 1, 20);

        // The first screen: the level, what to do now and the first relief step, all above the fold at 375 x 667.
        var level = await result.Extent(".banner h1");
        var action = await result.Extent(".banner .action");
        var firstStep = await result.Extent(".first-steps li");
        output.WriteLine($"first screen: level ends {level.Bottom:0} px, action {action.Bottom:0} px, first relief step {firstStep.Bottom:0} px (screen {Height} px)");
        Assert.True(firstStep.Bottom <= Height, $"the first relief step ends {firstStep.Bottom} px down, below the first screen");
        Assert.True(level.Bottom <= Height && action.Bottom <= Height);

        // The whole result, before the sources, in at most three screens.
        foreach (var id in (await result.SectionIds()).Where(id => id != "answers-heading"))
        {
            output.WriteLine($"  {id} starts at {(await result.Extent("#" + id)).Top:0} px");
        }

        var sources = await result.Extent("#sources-heading");
        var words = await result.Words();
        output.WriteLine($"self-care result: {words} words, sources heading at {sources.Top:0} px = {sources.Top / Height:0.0} screens");
        Assert.True(sources.Top <= 3 * Height, $"the result before the sources is {sources.Top / Height:0.0} screens long");
        Assert.All(await result.BecauseYouSaid(), b => Assert.DoesNotContain("?", b));
        Assert.True(await interview.FitsWidth(), $"the result scrolls sideways at {Width} px");
        await result.Screenshot("result-self-care");
        await AssertAccessible(page, "self-care result");

        // Printed for a doctor: one A4 page, dated, with the answers, and no question ids or knowledge version.
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        await File.WriteAllBytesAsync(Path.Combine(BrowserHost.Screenshots, "result-self-care-A4.pdf"), pdf);
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        output.WriteLine($"printed: {document.NumberOfPages} A4 page(s)");
        Assert.Equal(1, document.NumberOfPages);
        Assert.Contains(DateTime.Now.ToString("d MMMM yyyy", CultureInfo.InvariantCulture).Split(' ')[1], text);
        Assert.Contains(DateTime.Now.Year.ToString(CultureInfo.InvariantCulture), text);
        Assert.Contains("Answers given", text);
        Assert.Contains("session length: 100 minutes", text);
        Assert.DoesNotContain(Kb.Questions, q => text.Contains(q.Id, StringComparison.Ordinal));
        Assert.DoesNotContain(Kb.Version, text);
        Assert.DoesNotContain(".yaml", text);
        Assert.Single(Regex.Matches(text, "general self-care information"));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.Screenshots, "result-self-care-print.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task Interview_BackLinkBrowserBackAndRefresh_AreGetsThatKeepTheAnswers()
    {
        var page = await host.NewPhonePage(width: Width, height: Height);
        var posts = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.IsNavigationRequest && request.Method != "GET")
            {
                posts.Add(request.Url);
            }
        };
        var interview = new InterviewPage(page, host.BaseUrl);
        await interview.Open();
        var first = await interview.QuestionIds();
        await interview.NoneOfThese();
        var second = await interview.QuestionIds();
        await interview.NoneOfThese();
        Assert.Equal(2, posts.Count);

        await interview.Back();
        Assert.Equal(second, await interview.QuestionIds());
        await AssertChosen(interview, second, "no");
        await interview.Back();
        Assert.Equal(first, await interview.QuestionIds());
        await AssertChosen(interview, first, "no");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.Screenshots, "interview-back.png") });

        // The browser's own Back, Forward and Refresh: plain GETs, never the "Confirm Form Resubmission" of a post.
        await page.GoBackAsync();
        await page.GoBackAsync();
        await page.GoForwardAsync();
        await page.ReloadAsync();
        Assert.Equal(2, posts.Count);
        Assert.Equal(second, await interview.QuestionIds());

        // Changing an earlier answer keeps the later ones: the interview goes on where it was.
        await interview.Back();
        await interview.NoneOfThese();
        Assert.DoesNotContain((await interview.QuestionIds()).First(), first.Concat(second));
    }

    [BrowserFact]
    public async Task Interview_ChestPainTicked_ShowsTheEmergencyAtOnceInLargeText()
    {
        var page = await host.NewPhonePage(width: Width, height: Height);
        var interview = new InterviewPage(page, host.BaseUrl);
        await interview.Open();

        await interview.Choose("symptom.chest_pain", "yes");
        await interview.Next();

        var result = new ResultPage(page);
        await result.Screenshot("result-emergency");
        Assert.Equal("emergency", await result.Level());
        Assert.Contains("Stop", await result.Kicker(), StringComparison.OrdinalIgnoreCase);
        Assert.True(await result.ActionFontSize() >= 22, "the emergency action is not in large text");
        var call = await result.Extent(".banner a[href^='tel:']");
        Assert.True(call.Bottom <= Height, "the call link is below the first screen");
        Assert.NotEmpty(await page.Locator(".first-steps.while-waiting li").AllInnerTextsAsync());
        Assert.Subset(new HashSet<string> { "now-heading", "why-heading", "wait-heading", "answers-heading", "sources-heading" }, (await result.SectionIds()).ToHashSet());
        Assert.DoesNotContain("harmless", await result.TextOutsideQuestions(), StringComparison.OrdinalIgnoreCase);
        await AssertAccessible(page, "emergency result");

        // Refreshing the emergency is a GET that shows it again.
        await page.ReloadAsync();
        Assert.Equal("emergency", await result.Level());
    }

    [BrowserFact]
    public async Task Interview_TwitchingForAMonthAndALongCramp_ShowDoctorAndUrgentAccessibly()
    {
        foreach (var (story, expected) in new (Dictionary<string, string>, string)[]
                 {
                     (new() { ["episode.kind"] = "twitch", ["episode.locations"] = "thigh", ["episode.days"] = "30", ["episode.timing"] = "at_rest" }, "doctor"),
                     (new() { ["episode.kind"] = "spasm", ["episode.locations"] = "calf", ["episode.seconds"] = "900" }, "urgent"),
                 })
        {
            var page = await host.NewPhonePage(width: Width, height: Height);
            var interview = new InterviewPage(page, host.BaseUrl);
            await interview.Open();
            await Walk(interview, story);

            var result = new ResultPage(page);
            Assert.Equal(expected, await result.Level());
            Assert.Equal(expected != "urgent", await page.Locator("#causes-heading").CountAsync() > 0);
            await result.Screenshot("result-" + expected);
            await AssertAccessible(page, expected + " result");
        }
    }

    [BrowserFact]
    public async Task Interview_EveryAnswerNotSure_ShowsAnIncompleteResultThatIsNoAllClear()
    {
        var page = await host.NewPhonePage(width: Width, height: Height);
        var interview = new InterviewPage(page, host.BaseUrl);
        await interview.Open();

        await Walk(interview, new Dictionary<string, string>(), everythingNotSure: true);

        var result = new ResultPage(page);
        await result.Screenshot("result-not-sure");
        Assert.False(await result.IsComplete());
        Assert.DoesNotContain("harmless", await result.TextOutsideQuestions(), StringComparison.OrdinalIgnoreCase);
        Assert.True(await page.Locator(".open-signs li").CountAsync() > 0);
        if (await result.Level() is "self_care" or "doctor")
        {
            Assert.Contains("provisional", await page.Locator(".banner").GetAttributeAsync("class"));
            Assert.Contains("not complete", await result.Kicker(), StringComparison.OrdinalIgnoreCase);
        }

        var open = await result.Extent(".open-signs");
        Assert.True(open.Top < Height, "the open warning signs are below the first screen");
        await AssertAccessible(page, "incomplete result");

        // "Answer these now" asks the open warning signs again, the other answers kept.
        await page.Locator(".open-signs a.button").ClickAndWaitForPage(page);
        Assert.False(await interview.IsResult());
    }

    /// <summary>On a phone, the home page's description box filled with <paramref name="text"/> and read: the confirm page.</summary>
    private async Task<IPage> Describe(string text)
    {
        var page = await host.NewPhonePage(width: Width, height: Height);
        await page.GotoAsync(host.BaseUrl + "/");
        await page.Locator("#describe-text").FillAsync(text);
        await page.Locator("button:text-is('Read my description')").ClickAndWaitForPage(page);
        return page;
    }

    [BrowserFact]
    public async Task Describe_CalfCrampInOwnWords_ConfirmsWithMarksThenAsksOnlyWhatIsOpen()
    {
        var page = await Describe("After a long run yesterday my left calf cramped for about a minute. No numbness. My neighbour's cat was watching.");

        Assert.Equal("Is this what you meant?", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator(".said-text mark").CountAsync() >= 2, "the understood words are not marked");
        Assert.Contains("neighbour", string.Join(" ", await page.Locator(".not-understood li").AllInnerTextsAsync()));
        Assert.True(await page.Locator("input[name='episode.locations'][value=calf]").IsCheckedAsync());
        await Shot(page, "describe-confirm");
        await AssertAccessible(page, "confirm page");

        await page.Locator("button:text-is(\"That's right, go on\")").ClickAndWaitForPage(page);
        var interview = new InterviewPage(page, host.BaseUrl);
        Assert.False(await interview.IsResult());
        Assert.DoesNotContain("symptom.numbness", await interview.QuestionIds());
        Assert.DoesNotContain("episode.locations", await interview.QuestionIds());
        var (pages, questions) = await Walk(interview, CalfCramp);
        output.WriteLine($"after the description: {pages} more pages, {questions} questions");
        Assert.Equal("self_care", await new ResultPage(page).Level());
    }

    [BrowserFact]
    public async Task Describe_PersonADayAheadOfTheServer_CountsTheWeekdayFromTheirOwnDate()
    {
        // Noon UTC is two in the morning of the next day in Kiritimati (UTC+14): the person is a day ahead of the server.
        const string Text = "my calves have twitched since Wednesday";
        var noonUtc = DateTime.UtcNow.Date.AddHours(12);
        var theirDay = DateOnly.FromDateTime(noonUtc.AddHours(14));
        var page = await host.NewPhonePage(width: Width, height: Height, timeZone: "Pacific/Kiritimati");
        await page.Clock.SetFixedTimeAsync(noonUtc);
        await page.GotoAsync(host.BaseUrl + "/");
        await page.Locator("#describe-text").FillAsync(Text);
        await page.Locator("button:text-is('Read my description')").ClickAndWaitForPage(page);

        var days = await page.Locator("input[name='episode.days'][type=number]").InputValueAsync();

        var theirs = IntakeReader.Default.Read(Text, theirDay).Answers["episode.days"];
        var servers = IntakeReader.Default.Read(Text, TimeProvider.System.Today()).Answers["episode.days"];
        Assert.NotEqual(theirs, servers);
        Assert.Equal(theirs.ToString(), days);
    }

    [BrowserFact]
    public async Task Describe_ChestPainInOwnWords_ShowsTheEmergencyBeforeAnythingElse()
    {
        var page = await Describe("My calf cramped on my run and now I have crushing chest pain.");

        var result = new ResultPage(page);
        Assert.Equal("emergency", await result.Level());
        // The person's own emergency: the steps speak to them, and name nobody else.
        Assert.Null(await result.About());
        Assert.Equal("While you wait", await result.WhileYouWaitHeading());
        var steps = string.Join("\n", await result.WhileYouWait());
        Assert.Contains("Sit down and keep still", steps);
        Assert.Contains("If the call-handler tells you to, and you are not allergic to it, chew one 300 mg aspirin tablet slowly.", steps);
        Assert.DoesNotContain("Help them", steps);
    }

    [BrowserFact]
    public async Task Describe_HusbandsChestPainInOwnWords_ResultNamesHimAndTellsTheHelperWhatToDo()
    {
        var page = await Describe("my husband is 58, he was mowing the lawn and now has crushing chest pain and is sweating");

        var result = new ResultPage(page);
        await result.Screenshot("result-emergency-someone-else");
        Assert.Equal("emergency", await result.Level());
        Assert.Equal("About: my husband", await result.About());
        Assert.Equal("While you wait with them", await result.WhileYouWaitHeading());
        var steps = string.Join("\n", await result.WhileYouWait());
        Assert.Contains("Help them sit down and keep still", steps);
        Assert.Contains("If the call-handler says so, and they are not allergic to it, they can chew one 300 mg aspirin tablet slowly.", steps);
        Assert.Contains("the aspirin is for them, not for you", steps);
        Assert.Contains("Stay with them", steps);
        Assert.DoesNotContain("Sit down and keep still", steps);
        Assert.DoesNotContain("you are not allergic", steps);
        // Whom it is about and the number to ring are both on the first screen of a phone.
        Assert.True((await result.Extent(".banner .subject")).Bottom <= Height, "whom it is about is below the first screen");
        Assert.True((await result.Extent(".banner a[href^='tel:']")).Bottom <= Height, "the call link is below the first screen");
        await AssertAccessible(page, "emergency result about someone else");

        // Refreshing is a GET of the same address: still about him.
        await page.ReloadAsync();
        Assert.Equal("About: my husband", await result.About());
    }

    // A carer asked "How old are you?" could give their own age: at 78 his head knock is an emergency, at their age it may not be.
    [BrowserFact]
    public async Task Describe_DadsHeadKnockInOwnWords_EveryQuestionIsAboutHimAndHisAgeMakesItAnEmergency()
    {
        var page = await Describe("my dad knocked his head in a fall yesterday and his calf keeps cramping");
        var interview = new InterviewPage(page, host.BaseUrl);
        var asked = new List<string>(await interview.Questions());
        Assert.Contains(Kb.Question("history.head_injury").TextForSomeoneElse, asked);
        await page.Locator("button:text-is(\"That's right, go on\")").ClickAndWaitForPage(page);

        Assert.Equal("Do they have any of these?", await interview.Heading());
        await Shot(page, "interview-checklist-someone-else");
        await AssertAccessible(page, "checklist about someone else");
        for (var pages = 0; pages < 40 && !await interview.IsResult(); pages++)
        {
            asked.AddRange(await interview.Questions());
            await interview.AnswerAndGoOn(new Dictionary<string, string> { ["person.age"] = "78" });
        }

        output.WriteLine($"asked about my dad: {asked.Count} questions");
        Assert.Contains("How old are they?", asked);
        Assert.Contains("Do they have chest pain or pressure?", asked);
        Assert.All(asked, question => Assert.Contains(question, Kb.Questions.Select(q => q.TextForSomeoneElse)));
        var result = new ResultPage(page);
        Assert.Equal("emergency", await result.Level());
        Assert.Equal("About: my dad", await result.About());
        Assert.Equal("While you wait with them", await result.WhileYouWaitHeading());
    }

    // Below the emergency level too: "sip water" or "warm up" read by a carer would be said to them.
    [BrowserFact]
    public async Task Describe_HusbandsCrampWithKidneyDisease_SelfCareStepsAndWhatIsLeftOutAreForTheHelper()
    {
        var page = await Describe("my husband has kidney disease, his calf cramped after a 2 hour run in the heat and he was sweating heavily");
        await page.Locator("button:text-is(\"That's right, go on\")").ClickAndWaitForPage(page);
        var interview = new InterviewPage(page, host.BaseUrl);
        for (var pages = 0; pages < 40 && !await interview.IsResult(); pages++)
        {
            await interview.AnswerAndGoOn(new Dictionary<string, string>());
        }

        var result = new ResultPage(page);
        await result.Screenshot("result-self-care-someone-else");
        Assert.Equal("self_care", await result.Level());
        Assert.Equal("About: my husband", await result.About());
        Assert.StartsWith("During a cramp, help them stretch the muscle gently", await page.Locator(".first-steps li").First.InnerTextAsync());
        Assert.Equal("Not for them", await page.Locator("#withheld-heading").InnerTextAsync());
        await page.Locator(".withheld summary").ClickAsync();
        var withheld = await page.Locator(".withheld li").AllInnerTextsAsync();
        Assert.Contains(withheld, w => w.StartsWith("After heavy sweating, they should sip water to thirst", StringComparison.Ordinal) &&
                                       w.Contains("the limits their doctors set", StringComparison.Ordinal));
        Assert.DoesNotContain("your doctors", await result.TextOutsideQuestions(), StringComparison.Ordinal);
        await AssertAccessible(page, "self-care result about someone else");
    }

    // With no description, the home page asks whom the answers are for: "Someone else" puts every page about them, and
    // the result speaks to the helper. They nearly fainted, so their age is asked (at 65 or over it would be urgent).
    [BrowserFact]
    public async Task Interview_SomeoneElseChosenOnTheHomePage_AsksAboutThemAndTheResultIsForTheHelper()
    {
        var page = await host.NewPhonePage(width: Width, height: Height);
        await page.GotoAsync(host.BaseUrl + "/");
        await page.GetByLabel("Someone else").CheckAsync();
        await AssertAccessible(page, "home with someone else chosen");
        await page.Locator("button:text-is('Start the interview')").ClickAndWaitForPage(page);

        var interview = new InterviewPage(page, host.BaseUrl);
        Assert.Equal("Do they have any of these?", await interview.Heading());
        var asked = new List<string>();
        for (var pages = 0; pages < 40 && !await interview.IsResult(); pages++)
        {
            asked.AddRange(await interview.Questions());
            await interview.AnswerAndGoOn(new Dictionary<string, string> { ["symptom.near_faint"] = "yes", ["person.age"] = "30" });
        }

        output.WriteLine($"asked about someone else: {asked.Count} questions");
        Assert.Contains("How old are they?", asked);
        Assert.Contains("Did they nearly faint, grey out or feel about to pass out, without fully fainting?", asked);
        Assert.All(asked, question => Assert.Contains(question, Kb.Questions.Select(q => q.TextForSomeoneElse)));
        var result = new ResultPage(page);
        await result.Screenshot("result-doctor-someone-else");
        Assert.Equal("doctor", await result.Level());
        Assert.Equal("About: someone else", await result.About());
        Assert.StartsWith("Book them a", await result.Action());
        Assert.Equal("Get help for them if this changes", await page.Locator("#watch-heading").InnerTextAsync());
        Assert.Contains("before they train hard again", await page.Locator(".reasons").InnerTextAsync());
        var text = await result.TextOutsideQuestions();
        Assert.Contains("Get them seen today for a cramp lasting over ten minutes", text);
        Assert.DoesNotContain("Get help if this changes", text);
        Assert.DoesNotContain("before you train", text);
        await AssertAccessible(page, "doctor result about someone else");
    }

    [BrowserFact]
    public async Task Describe_MyOwnHeadKnockInOwnWords_AsksMe()
    {
        var page = await Describe("I knocked my head in a fall yesterday and my calf keeps cramping");
        var interview = new InterviewPage(page, host.BaseUrl);
        Assert.Contains(Kb.Question("history.head_injury").Text, await interview.Questions());
        await page.Locator("button:text-is(\"That's right, go on\")").ClickAndWaitForPage(page);

        Assert.Equal("Do you have any of these?", await interview.Heading());
        Assert.NotEmpty(await interview.Questions());
        Assert.All(await interview.Questions(), question => Assert.Contains(question, Kb.Questions.Select(q => q.Text)));
    }

    [BrowserFact]
    public async Task Interview_JavaScriptDisabled_CompletesTheCalfCrampWalkthrough()
    {
        var page = await host.NewPhonePage(forAxe: false, javaScript: false, width: Width, height: Height);
        var interview = new InterviewPage(page, host.BaseUrl);
        await interview.Open();

        await Walk(interview, CalfCramp);

        var result = new ResultPage(page);
        Assert.Equal("self_care", await result.Level());
        // The print button needs script, so it stays hidden without it.
        Assert.False(await page.Locator("button.print").IsVisibleAsync());
        await result.Screenshot("result-self-care-no-javascript");
    }

    [BrowserFact]
    public async Task Interview_WithContentSecurityPolicy_OwnScriptAndStylesRunWithoutViolations()
    {
        var page = await host.NewPhonePage(forAxe: false, width: Width, height: Height);
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
        for (var i = 0; i < 10 && await page.Locator("input[name='symptom.temperature_c']").CountAsync() == 0; i++)
        {
            await interview.NoneOfThese();
        }

        await interview.Type("symptom.temperature_c", "99");

        // The live message comes from site.js, and the border from site.css: both loaded under the CSP.
        Assert.StartsWith("Please give a number from", await page.Locator("#q-symptom-temperature_c-live").InnerTextAsync());
        Assert.NotEqual("0px", await page.Locator(".question").First.EvaluateAsync<string>("e => getComputedStyle(e).borderTopWidth"));
        Assert.Empty(problems);
    }

    /// <summary>
    /// Answers page after page until the result, as <see cref="InterviewPage.AnswerAndGoOn"/> does (or "Not sure" to
    /// everything), and returns how many pages and questions it took. With <paramref name="checkEachKind"/>, the first
    /// checklist page and the first page of questions are photographed and checked with axe-core.
    /// </summary>
    private async Task<(int Pages, int Questions)> Walk(InterviewPage interview, IReadOnlyDictionary<string, string> story, bool everythingNotSure = false,
        bool checkEachKind = false)
    {
        var pages = 0;
        var questions = 0;
        var seen = new HashSet<bool>();
        for (; pages < 40 && !await interview.IsResult(); pages++)
        {
            var checklist = await interview.IsChecklist();
            if (checkEachKind && seen.Add(checklist))
            {
                var name = checklist ? "interview-checklist" : "interview-questions";
                Assert.True(await interview.FitsWidth(), $"{name} scrolls sideways at {Width} px");
                await Shot(interview.Page, name);
                await AssertAccessible(interview.Page, name);
            }

            var ids = await interview.QuestionIds();
            Assert.NotEmpty(ids);
            Assert.Matches("^\\d+ answered so far; at most \\d+ more", await interview.Progress());
            questions += everythingNotSure
                ? await interview.AnswerAndGoOn(ids.ToDictionary(id => id, _ => "unsure"))
                : await interview.AnswerAndGoOn(story);
        }

        Assert.True(await interview.IsResult(), $"no result after {pages} pages");
        return (pages, questions);
    }

    private static async Task AssertChosen(InterviewPage interview, IEnumerable<string> ids, string option)
    {
        foreach (var id in ids)
        {
            Assert.True(await interview.IsChosen(id, option), $"{id}: the answer given is not kept");
        }
    }

    private static async Task Shot(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.Screenshots, name + ".png"), FullPage = true });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.Screenshots, name + "-first-screen.png") });
    }

    private Task AssertAccessible(IPage page, string what) => Axe.AssertAccessible(page, output, what);
}
