using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Web.Tests.Pages;

/// <summary>
/// Issue 11 on the planner's interview, as forms without a browser: no result while a warning sign the planner still asks is
/// open (not even from a hand-made URL), "Not sure" as an explicit answer that never reads as an all-clear, and an emergency
/// page that says only what to do now. Expectations come from the knowledge base at run time, never from its texts or counts.
/// </summary>
public sealed partial class WarningSignsPageTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;
    private readonly FormSession session = new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    [Fact]
    public async Task Get_UrlWithoutTheWarningSigns_AsksThemInsteadOfShowingAResult()
    {
        // A bookmark or a hand-made link with only the harmless answers: the warning signs are still asked first.
        var html = await session.Get("/Interview?episode.kind=spasm&episode.locations=calf&exercise.recent=yes");

        Assert.DoesNotContain("class=\"banner", html);
        Assert.DoesNotContain("harmless", WithoutQuestions(html), StringComparison.OrdinalIgnoreCase);
        var open = Assess([("episode.kind", AnswerValue.Of("spasm")), ("episode.locations", AnswerValue.Of(["calf"])), ("exercise.recent", AnswerValue.Of(true))]);
        Assert.Equal(QuestionPlanner.Checklist(Kb, open.NextQuestions), FormSession.QuestionNames(html));
        Assert.All(FormSession.QuestionNames(html), id => Assert.Contains(id, open.UnansweredRedFlags));
    }

    [Fact]
    public async Task Interview_EveryAnswerNotSure_ShowsTheLevelAsIncompleteWithTheOpenSignsBeforeTheCauses()
    {
        var (html, pages) = await Walk(_ => "unsure");

        var answered = Regex.Matches(pages, "name=\"([^\"]+)\"").Count;
        var expected = Assess(ParseQuery(session.LastUrl).Select(a => (a.Key, a.Value)));
        Assert.False(expected.Triage.Complete);
        Assert.Contains($"data-level=\"{AssessmentJson.LevelId(expected.Triage.Level)}\"", html);
        Assert.Contains("data-complete=\"false\"", html);
        Assert.DoesNotContain("harmless", html, StringComparison.OrdinalIgnoreCase);
        if (expected.Triage.Level < TriageLevel.Urgent)
        {
            // Never the level's own action (the self-care one says "the common, harmless kind"), never the green banner.
            Assert.DoesNotContain(WebUtility.HtmlEncode(Kb.Guidance(expected.Triage.Level).Action), html);
            Assert.Contains("provisional", html);
            Assert.Contains("Not complete", html);
        }

        // Every open sign is listed as "not sure", before the reasons, causes and advice.
        var open = html.IndexOf("id=\"open-heading\"", StringComparison.Ordinal);
        Assert.True(open > 0, "no list of open warning signs");
        Assert.Equal(expected.UnansweredRedFlags.Count, Regex.Matches(Section(html, "open-heading"), ": not (sure|answered)</li>").Count);
        foreach (var later in new[] { "causes-heading", "relief-heading", "prevention-heading", "why-heading" })
        {
            var at = html.IndexOf($"id=\"{later}\"", StringComparison.Ordinal);
            Assert.True(at < 0 || at > open, $"{later} comes before the open warning signs");
        }

        // "Answer these now" leads to the interview with those signs open again and every other answer kept.
        var again = await session.Get(WebUtility.HtmlDecode(Regex.Match(html, "<a class=\"button\" href=\"([^\"]+)\">Answer these now").Groups[1].Value));
        Assert.DoesNotContain("class=\"banner", again);
        Assert.Contains(FormSession.QuestionNames(again)[0], expected.UnansweredRedFlags);
        Assert.True(answered > 0);
    }

    [Fact]
    public async Task Interview_Emergency_ShowsTheCallLinkWhyAndWhileYouWaitAndNothingElse()
    {
        var html = await session.Get("/Interview?symptom.chest_pain=yes");

        var expected = Assess([("symptom.chest_pain", AnswerValue.Of(true))]);
        Assert.Equal(TriageLevel.Emergency, expected.Triage.Level);
        Assert.Contains("data-level=\"emergency\"", html);
        Assert.Contains($"href=\"tel:{expected.Triage.Call}\"", html);
        Assert.Contains("id=\"why-heading\"", html);
        Assert.Equal(expected.WhileWaiting.Count, Regex.Matches(Section(html, "now-heading") + (html.Contains("id=\"wait-heading\"") ? Section(html, "wait-heading") : ""), "<li>").Count);
        foreach (var absent in new[] { "causes-heading", "relief-heading", "prevention-heading", "watch-heading", "open-heading", "withheld-heading" })
        {
            Assert.DoesNotContain($"id=\"{absent}\"", html);
        }

        Assert.DoesNotContain("harmless", html, StringComparison.OrdinalIgnoreCase);
        // The reason says which answer made it fire, in a few words.
        Assert.Contains(WebUtility.HtmlEncode($"{Kb.Question("symptom.chest_pain").Short}: yes"), Section(html, "why-heading"));
        var cited = expected.Triage.Reasons.SelectMany(r => r.Sources).Concat(expected.WhileWaiting.SelectMany(s => s.Sources)).Distinct().Count();
        Assert.Equal(cited, Regex.Matches(Section(html, "sources-heading"), "<li>").Count);
    }

    [Fact]
    public async Task Interview_LongCramp_ShowsWhatToDoTodayWithoutCauses()
    {
        var (html, _) = await Walk(id => id switch
        {
            "episode.kind" => "spasm",
            "episode.locations" => "calf",
            "episode.seconds" => "900",
            _ => Kb.Question(id).Type == QuestionType.Bool ? "no" : "unsure",
        });

        var expected = Assess(ParseQuery(session.LastUrl).Select(a => (a.Key, a.Value)));
        Assert.Equal(TriageLevel.Urgent, expected.Triage.Level);
        Assert.Contains("data-level=\"urgent\"", html);
        Assert.DoesNotContain("id=\"causes-heading\"", html);
        Assert.DoesNotContain("harmless", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(expected.WhileWaiting.Count > 0, html.Contains("id=\"now-heading\"", StringComparison.Ordinal));
        Assert.Contains(WebUtility.HtmlEncode($"{Kb.Question("episode.seconds").Short}: 900"), Section(html, "why-heading"));
    }

    [Fact]
    public async Task Interview_SickButNotSureAboutArmPain_OpensWithTheQuestionThatCouldMakeItAnEmergency()
    {
        var (html, _) = await Walk(id => id == "symptom.nausea" ? "yes" : "unsure");

        var suspicion = html.IndexOf("data-suspected=\"heart_attack_signs\"", StringComparison.Ordinal);
        Assert.True(suspicion > 0, "no suspicion shown");
        Assert.True(suspicion < html.IndexOf("id=\"level-heading\"", StringComparison.Ordinal), "the suspicion comes after the level");
        var section = WebUtility.HtmlDecode(Section(html, "suspicion-heading"));
        Assert.Contains(Kb.Question("symptom.arm_jaw_neck_pain").Text, section);
        Assert.Contains(Kb.Guidance(TriageLevel.Emergency).Action, section);
        Assert.DoesNotContain("id=\"now-heading\"", html);
    }

    /// <summary>Answers every page the planner asks with <paramref name="answer"/> until the result; returns it and every page's HTML.</summary>
    private async Task<(string Result, string Pages)> Walk(Func<string, string> answer)
    {
        var html = await session.Get("/Interview");
        var pages = new System.Text.StringBuilder();
        for (var i = 0; i < 40 && !html.Contains("class=\"banner", StringComparison.Ordinal); i++)
        {
            pages.Append(html);
            var fields = FormSession.QuestionNames(html).Select(id => (id, answer(id))).Append(("go", "next")).ToArray();
            var (status, again, redirect) = await session.Post(FormSession.FormAction(html), fields);
            Assert.True(status == HttpStatusCode.SeeOther, $"the page was not accepted: {Regex.Match(again, "<p class=\"error\"[^>]*>[^<]*").Value}");
            html = await session.Get(redirect.Headers.Location!.OriginalString);
        }

        Assert.Contains("class=\"banner", html);
        return (html, pages.ToString());
    }

    private static IEnumerable<KeyValuePair<string, AnswerValue>> ParseQuery(string url)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + url).Query);
        var form = Twitchwise.Web.Interview.FormAnswers.Read(id => query.GetValueOrDefault(id), Kb, new AnswerValidator(Kb));
        return form.Answers;
    }

    private static AssessmentResult Assess(IEnumerable<(string Id, AnswerValue Value)> answers) =>
        new AssessmentEngine(Kb).Assess(new AnswerValidator(Kb).Validate(answers.Select(a => KeyValuePair.Create(a.Id, a.Value))).Answers!);

    private static string WithoutQuestions(string html) => Fieldset().Replace(html, "");

    /// <summary>The HTML from a section's heading to the end of that section.</summary>
    private static string Section(string html, string headingId)
    {
        var start = html.IndexOf($"id=\"{headingId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {headingId}");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("<fieldset.*?</fieldset>", RegexOptions.Singleline)]
    private static partial Regex Fieldset();
}
