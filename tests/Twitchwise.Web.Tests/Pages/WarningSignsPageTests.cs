using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Web.Tests.Pages;

/// <summary>
/// Issue 11 as forms without a browser: no level below urgent while a warning sign is open and not asked, "Not sure" as an
/// explicit answer that never reads as an all-clear, and an emergency page that says only what to do now. Expectations
/// come from the knowledge base at run time (levels, ids, order), never from its texts or counts.
/// </summary>
public sealed partial class WarningSignsPageTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;
    private readonly FormSession session = new(factory.CreateClient());

    [Fact]
    public async Task Interview_NothingAnsweredNextThroughEveryPage_AsksTheOpenWarningSignsFirstAndShowsNoLevel()
    {
        var pages = await NextThroughEveryStep();
        var gate = pages[^1];

        // Pressing Next on the warning-sign page with nothing chosen asks again, now with an error beside each.
        var (_, again, _) = await session.Post("/Interview", [.. FormSession.HiddenFields(gate), ("go", "next")]);
        pages.Add(again);

        foreach (var html in pages)
        {
            Assert.DoesNotContain("class=\"banner", html);
            Assert.DoesNotContain(Encoded(Kb.Guidance(TriageLevel.SelfCare).Action), html);
            Assert.DoesNotContain(Encoded(Kb.Guidance(TriageLevel.Doctor).Action), html);
            // Question "why" texts may explain what a harmless twitch is; nothing outside the questions may call it harmless.
            Assert.DoesNotContain("harmless", WithoutQuestions(html), StringComparison.OrdinalIgnoreCase);
        }

        var expected = Assess([]).UnansweredRedFlags;
        Assert.Equal(expected, QuestionIdsOnPage(gate));
        Assert.Equal(expected, QuestionIdsOnPage(again));
        Assert.Contains("class=\"error-summary\"", again);
        Assert.Equal(expected.Count, ErrorBesideQuestion().Matches(again).Count);
        // At the top: the first thing after the heading and its line of explanation is the most dangerous open sign.
        Assert.Matches($"</h1>\\s*<p class=\"lead\">[^<]*</p>\\s*<form[^>]*>(\\s*<input[^>]*>)*\\s*<fieldset class=\"question\" id=\"{HtmlId(expected[0])}\"", gate);
    }

    [Fact]
    public async Task Interview_EveryWarningSignNotSure_ShowsTheLevelAsIncompleteWithTheOpenSignsAboveTheCauses()
    {
        var pages = await NextThroughEveryStep();
        var html = pages[^1];
        var notSure = new List<string>();
        for (var round = 0; round < 5 && QuestionIdsOnPage(html) is { Count: > 0 } ids; round++)
        {
            notSure.AddRange(ids);
            (_, html, _) = await session.Post("/Interview", [.. FormSession.HiddenFields(html), .. ids.Select(id => (id, "unsure")), ("go", "next")]);
        }

        var expected = Assess(notSure.Select(id => KeyValuePair.Create(id, AnswerValue.NotSure)));
        Assert.False(expected.Triage.Complete);
        Assert.Contains($"data-level=\"{AssessmentJson.LevelId(expected.Triage.Level)}\"", html);
        Assert.Contains("data-complete=\"false\"", html);
        Assert.DoesNotContain("harmless", html, StringComparison.OrdinalIgnoreCase);
        if (expected.Triage.Level < TriageLevel.Urgent)
        {
            // Never the level's own action (the self-care one says "the common, harmless kind"), never the green banner.
            Assert.DoesNotContain(Encoded(Kb.Guidance(expected.Triage.Level).Action), html);
            Assert.Contains("provisional", html);
            Assert.Contains("Not complete", html);
        }

        // Every open sign is listed as "not sure", before any cause or advice.
        var open = html.IndexOf("id=\"open-heading\"", StringComparison.Ordinal);
        Assert.True(open > 0, "no list of open warning signs");
        Assert.Equal(expected.UnansweredRedFlags.Count, Regex.Matches(html, "\\(you said not sure\\)").Count);
        foreach (var later in new[] { "causes-heading", "relief-heading", "prevention-heading", "why-heading" })
        {
            var at = html.IndexOf($"id=\"{later}\"", StringComparison.Ordinal);
            Assert.True(at < 0 || at > open, $"{later} comes before the open warning signs");
        }

        // The person can still answer them: the form carries "not sure" back, so nothing is lost.
        Assert.Contains(("symptom.chest_pain", "unsure"), FormSession.HiddenFields(html));
    }

    [Fact]
    public async Task Interview_NotSureChosen_IsCarriedAndShownChosenOnTheWayBack()
    {
        await session.Get("/Interview");

        var (_, step2, _) = await session.Post("/Interview", ("step", "0"), ("go", "next"), ("symptom.chest_pain", "unsure"), ("symptom.dark_urine", "no"));
        Assert.Contains(("symptom.chest_pain", "unsure"), FormSession.HiddenFields(step2));
        Assert.DoesNotContain(FormSession.HiddenFields(step2), f => f.Name == "symptom.breathing_difficulty");

        var (_, step1, _) = await session.Post("/Interview", [.. FormSession.HiddenFields(step2), ("go", "back")]);
        Assert.Matches("name=\"symptom.chest_pain\" value=\"unsure\" checked", step1);
        // A question never answered starts with nothing chosen, not even "Not sure".
        Assert.DoesNotMatch("name=\"symptom.breathing_difficulty\" value=\"[^\"]*\" checked", step1);
    }

    [Fact]
    public async Task Interview_NoneOfTheseChosen_AnswersTheQuestionAndIsShownChosenOnTheWayBack()
    {
        // "I take no medicines" is an answer, not a blank: it closes the warning signs that hang on a medicine.
        var medicines = Kb.Question("medication.classes");
        var step = Kb.Groups.Select(g => g.Id).Where(g => Kb.Questions.Any(q => q.Group == g)).ToList().IndexOf(medicines.Group);
        await session.Get("/Interview");

        var (_, next, _) = await session.Post("/Interview", ("step", step.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("go", "back"), ("medication.classes", "none"));
        Assert.Contains(("medication.classes", "none"), FormSession.HiddenFields(next));
        Assert.DoesNotContain("medication.classes", Assess([KeyValuePair.Create("medication.classes", (AnswerValue)new ChoicesAnswer([]))]).UnansweredRedFlags);
    }

    [Fact]
    public async Task Interview_FirstStep_StartsWithNothingChosen()
    {
        var html = await session.Get("/Interview");

        Assert.DoesNotMatch("<input[^>]* checked", html);
        foreach (var q in Kb.Questions.Where(q => q.RedFlag && q.Type == QuestionType.Bool && html.Contains($"name=\"{q.Id}\"", StringComparison.Ordinal)))
        {
            Assert.Contains($"name=\"{q.Id}\" value=\"unsure\"", html);
        }
    }

    [Fact]
    public async Task Interview_Emergency_ShowsTheCallLinkWhyAndWhileYouWaitAndNothingElse()
    {
        await session.Get("/Interview");

        var (status, html, _) = await session.Post("/Interview", ("step", "0"), ("go", "next"), ("symptom.chest_pain", "yes"));

        var expected = Assess([KeyValuePair.Create("symptom.chest_pain", AnswerValue.Of(true))]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(TriageLevel.Emergency, expected.Triage.Level);
        Assert.Contains("data-level=\"emergency\"", html);
        Assert.Contains($"href=\"tel:{expected.Triage.Call}\"", html);
        Assert.Contains("id=\"why-heading\"", html);
        Assert.Contains("id=\"wait-heading\"", html);
        Assert.Equal(expected.WhileWaiting.Count, Regex.Matches(Section(html, "wait-heading"), "<li>").Count);
        foreach (var absent in new[] { "causes-heading", "relief-heading", "prevention-heading", "watch-heading", "open-heading", "withheld-heading" })
        {
            Assert.DoesNotContain($"id=\"{absent}\"", html);
        }

        Assert.DoesNotContain("harmless", html, StringComparison.OrdinalIgnoreCase);
        // Only the sources the reasons and steps cite are listed.
        var cited = expected.Triage.Reasons.SelectMany(r => r.Sources).Concat(expected.WhileWaiting.SelectMany(s => s.Sources)).Distinct().Count();
        Assert.Equal(cited, Regex.Matches(Section(html, "sources-heading"), "<li>").Count);
    }

    [Fact]
    public async Task Interview_Urgent_ShowsWhatToDoTodayWithoutCausesAndListsWhatIsNotForYou()
    {
        (string Id, string Value)[] said = [("symptom.swelling", "yes"), ("symptom.warmth", "yes"), ("episode.sides", "one_side"), ("episode.locations", "calf"), ("episode.kind", "spasm")];
        await session.Get("/Interview");

        var (_, html, _) = await session.Post("/Interview", [("step", "0"), ("go", "next"), .. said]);
        for (var i = 0; i < 20 && !html.Contains("class=\"banner", StringComparison.Ordinal); i++)
        {
            // Answers shown on a page are posted as they stand, as a browser does.
            (_, html, _) = await session.Post("/Interview", [.. FormSession.HiddenFields(html), .. FormSession.ChosenFields(html), ("go", "next")]);
        }

        var expected = Assess(said.Select(a => KeyValuePair.Create(a.Id, Kb.Question(a.Id).Type switch
        {
            QuestionType.Bool => AnswerValue.Of(a.Value == "yes"),
            QuestionType.Choices => AnswerValue.Of([a.Value]),
            _ => AnswerValue.Of(a.Value),
        })));
        Assert.Equal(TriageLevel.Urgent, expected.Triage.Level);
        Assert.Contains("data-level=\"urgent\"", html);
        Assert.DoesNotContain("id=\"causes-heading\"", html);
        Assert.DoesNotContain("harmless", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(expected.WhileWaiting.Count > 0, html.Contains("id=\"wait-heading\"", StringComparison.Ordinal));
        Assert.Equal(expected.Withheld.Count > 0, html.Contains("id=\"withheld-heading\"", StringComparison.Ordinal));
        Assert.Equal(expected.Relief.Count > 0, html.Contains("id=\"relief-heading\"", StringComparison.Ordinal));
        // The open warning signs (here: the emergency ones) come before the reasons.
        if (expected.UnansweredRedFlags.Count > 0)
        {
            Assert.True(html.IndexOf("id=\"open-heading\"", StringComparison.Ordinal) < html.IndexOf("id=\"why-heading\"", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("After a long hot marathon I drank lots of plain water, now my calves cramp")]
    [InlineData("My left calf is swollen and cramps since yesterday's run")]
    public async Task Describe_Confirmed_AsksTheOpenWarningSignsNextInTheEnginesOrder(string story)
    {
        await session.Get("/");
        var (_, confirm, _) = await session.Post("/Interview?handler=Describe", ("text", story));

        var (_, html, _) = await session.Post("/Interview", [.. FormSession.HiddenFields(confirm), .. FormSession.ChosenFields(confirm), ("go", "next")]);

        // The same answers through the API: its open warning signs, less those the description answered, in its order.
        using var client = factory.CreateClient();
        var intake = await client.PostAsync("/api/v1/intake", new StringContent(System.Text.Json.JsonSerializer.Serialize(new { text = story }), System.Text.Encoding.UTF8, "application/json"));
        using var understood = System.Text.Json.JsonDocument.Parse(await intake.Content.ReadAsStringAsync());
        var answers = understood.RootElement.GetProperty("answers");
        var assessed = await client.PostAsync("/api/v1/assessments", new StringContent($"{{\"answers\": {answers.GetRawText()}}}", System.Text.Encoding.UTF8, "application/json"));
        using var result = System.Text.Json.JsonDocument.Parse(await assessed.Content.ReadAsStringAsync());
        var expected = result.RootElement.GetProperty("unanswered_red_flags").EnumerateArray().Select(e => e.GetString()!)
            .Where(id => !answers.TryGetProperty(id, out _)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, QuestionIdsOnPage(html));
    }

    /// <summary>Opens the interview and presses Next on every step without answering, ending on the page after the last step.</summary>
    private async Task<List<string>> NextThroughEveryStep()
    {
        var pages = new List<string> { await session.Get("/Interview") };
        for (var i = 0; i < 50 && pages[^1].Contains("name=\"step\" value=\"", StringComparison.Ordinal)
                                 && !pages[^1].Contains("name=\"step\" value=\"-2\"", StringComparison.Ordinal); i++)
        {
            var (_, html, _) = await session.Post("/Interview", [.. FormSession.HiddenFields(pages[^1]), ("go", "next")]);
            pages.Add(html);
        }

        Assert.Contains("name=\"step\" value=\"-2\"", pages[^1]);
        return pages;
    }

    private static AssessmentResult Assess(IEnumerable<KeyValuePair<string, AnswerValue>> answers) =>
        new AssessmentEngine(Kb).Assess(new AnswerValidator(Kb).Validate(answers).Answers!);

    private static List<string> QuestionIdsOnPage(string html) =>
        [.. QuestionFieldset().Matches(html).Select(m => Kb.Questions.First(q => HtmlId(q.Id) == m.Groups[1].Value).Id)];

    private static string HtmlId(string questionId) => "q-" + questionId.Replace('.', '-');

    private static string Encoded(string text) => WebUtility.HtmlEncode(text);

    private static string WithoutQuestions(string html) => Fieldset().Replace(html, "");

    /// <summary>The HTML from a section's heading to the end of that section.</summary>
    private static string Section(string html, string headingId)
    {
        var start = html.IndexOf($"id=\"{headingId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {headingId}");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("<fieldset class=\"question[^\"]*\" id=\"(q-[^\"]+)\"")]
    private static partial Regex QuestionFieldset();

    [GeneratedRegex("<fieldset.*?</fieldset>", RegexOptions.Singleline)]
    private static partial Regex Fieldset();

    [GeneratedRegex("<p class=\"error\" id=\"q-[^\"]+-error\">")]
    private static partial Regex ErrorBesideQuestion();
}
