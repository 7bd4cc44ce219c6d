using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Web.Tests.Pages;

/// <summary>
/// A description typed for someone else ("my dad knocked his head"), as forms without a browser: from the confirm page to the
/// result, every question is put about them ("How old are they?"), never "How old are you?", which a carer could answer with
/// their own age or symptoms; the person's own description still asks "you". Expected wordings come from the knowledge base.
/// </summary>
public sealed partial class SomeoneElsePageTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;
    private readonly FormSession session = new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    [Fact]
    public async Task Interview_DadsHeadKnockDescribed_EveryPageAsksAboutHimAndHisAgeMakesItAnEmergency()
    {
        // At 78 a head knock is an emergency; the carer's own age would have hidden it.
        var (pages, result) = await DescribeAndWalk("my dad knocked his head in a fall yesterday and his calf keeps cramping",
            id => id == "person.age" ? "78" : Kb.Question(id).Type == QuestionType.Bool ? "no" : "unsure");

        var asked = Asked(pages);
        Assert.Contains(("person.age", "How old are they?"), asked);
        Assert.Contains(("history.head_injury", "Have they had a knock or blow to the head or neck in the past few days, in sport or a fall?"), asked);
        Assert.All(asked, a => Assert.Equal(Kb.Question(a.Id).TextForSomeoneElse, a.Legend));
        Assert.Contains("<h1>Do they have any of these?</h1>", pages);
        Assert.DoesNotContain("Do you have any of these?", pages);
        Assert.DoesNotContain("How old are you?", pages);
        Assert.Contains("data-level=\"emergency\"", result);
        Assert.Contains("About: <strong>my dad</strong>", result);
    }

    [Fact]
    public async Task Interview_MyOwnHeadKnockDescribed_AsksMe()
    {
        var (pages, result) = await DescribeAndWalk("I knocked my head in a fall yesterday and my calf keeps cramping",
            id => id == "person.age" ? "35" : Kb.Question(id).Type == QuestionType.Bool ? "no" : "unsure");

        var asked = Asked(pages);
        Assert.Contains(("person.age", "How old are you?"), asked);
        Assert.All(asked, a => Assert.Equal(Kb.Question(a.Id).Text, a.Legend));
        Assert.Contains("<h1>Do you have any of these?</h1>", pages);
        Assert.DoesNotContain("How old are they?", pages);
        Assert.DoesNotContain("class=\"subject\"", result);
    }

    [Fact]
    public async Task Result_DadFeelsSickWithHisArmLeftNotSure_TheQuestionThatCouldMakeItAnEmergencyIsAboutHim()
    {
        var (_, result) = await DescribeAndWalk("my dad's calf cramped after his walk and now he feels sick", _ => "unsure");

        var suspicion = WebUtility.HtmlDecode(result[result.IndexOf("<section class=\"suspicion", StringComparison.Ordinal)..result.IndexOf("</section>", StringComparison.Ordinal)]);
        Assert.Contains(Kb.Question("symptom.arm_jaw_neck_pain").TextForSomeoneElse, suspicion);
        Assert.Contains("If the answer is yes:</strong> Call your local emergency number for an ambulance for them now", suspicion);
        Assert.Contains("do not let them drive", suspicion);
        Assert.DoesNotContain(Kb.Question("symptom.arm_jaw_neck_pain").Text, suspicion);
        Assert.DoesNotContain("drive yourself", suspicion);
    }

    [Fact]
    public async Task Result_HusbandsCrampWithKidneyDisease_ReliefPreventionAndWhatIsLeftOutAreForTheHelper()
    {
        var (_, result) = await DescribeAndWalk("my husband has kidney disease, his calf cramped after a 2 hour run in the heat and he was sweating heavily",
            id => Kb.Question(id).Type == QuestionType.Bool ? "no" : "unsure");
        var html = WebUtility.HtmlDecode(result);

        Assert.Contains("About: <strong>my husband</strong>", html);
        Assert.Matches("<h2 id=\"now-heading\">What helps now</h2>\\s*<ul class=\"advice\">\\s*<li>During a cramp, help them stretch the muscle gently", html);
        Assert.Contains("<h2 id=\"withheld-heading\">Not for them</h2>", html);
        Assert.Contains("Because with kidney or heart disease, fluid and salt need to fit the limits their doctors set", html);
        Assert.Contains("<h2 id=\"watch-heading\">Get help for them if this changes</h2>", html);
        Assert.Contains("Book them a doctor's appointment if it keeps going for two weeks", html);
        Assert.DoesNotContain("Get help if this changes", html);
        Assert.Contains("Losing more fluid than they take in", html);
        Assert.DoesNotContain("than you take in", html);
        var prevention = html[html.IndexOf("id=\"prevention-heading\"", StringComparison.Ordinal)..];
        Assert.Contains("<li>They should", prevention[..prevention.IndexOf("</section>", StringComparison.Ordinal)]);
        Assert.DoesNotContain("During a cramp, stretch the muscle gently", html);
        Assert.DoesNotContain("your doctors", html);
    }

    [Fact]
    public async Task Describe_FriendCollapsedBesideMyCramps_TheAlertTellsTheBystanderNotToLetThemDrive()
    {
        await session.Get("/");

        var (_, html, _) = await session.Post("/Interview?handler=Describe", ("text", "my calves cramped and my friend collapsed at the finish"));

        var alert = html[html.IndexOf("Is this about someone with you?", StringComparison.Ordinal)..html.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("for an ambulance for them now", alert);
        Assert.Contains("do not let them drive", alert);
        Assert.DoesNotContain("drive yourself", alert);
    }

    // With no description to say whose the answers are, the person chooses before the first question: "Someone else" puts
    // every page about them, and the result speaks to whoever is looking after them.
    [Fact]
    public async Task Interview_SomeoneElseChosenOnTheHomePage_EveryPageAsksAboutThemAndTheResultIsForTheHelper()
    {
        var home = await session.Get("/");
        Assert.Contains("<legend>I'm answering for</legend>", home);
        Assert.Contains("<form method=\"get\" action=\"/Interview\"", home);
        Assert.Matches("<input type=\"radio\" name=\"subject\" value=\"someone else\">\\s*Someone else", home);

        // The form's GET, as a browser sends it with "Someone else" ticked.
        var first = await session.Get("/Interview?subject=someone+else");
        Assert.Contains("<h1>Do they have any of these?</h1>", first);
        Assert.Contains("About <strong>someone else</strong>: answer for them.", first);
        // They nearly fainted: at 65 or over that is urgent, so their age is asked (a carer's own would mislead).
        var (pages, result) = await Walk(first, id => id switch
        {
            "symptom.near_faint" => "yes",
            "person.age" => "30",
            _ => Kb.Question(id).Type == QuestionType.Bool ? "no" : "unsure",
        });

        var asked = Asked(pages);
        Assert.Contains(("person.age", "How old are they?"), asked);
        Assert.Contains(("symptom.chest_pain", "Do they have chest pain or pressure?"), asked);
        Assert.All(asked, a => Assert.Equal(Kb.Question(a.Id).TextForSomeoneElse, a.Legend));
        Assert.DoesNotContain("How old are you?", pages);
        Assert.DoesNotContain("Do you have any of these?", pages);
        var html = WebUtility.HtmlDecode(result);
        Assert.Contains("About: <strong>someone else</strong>", html);
        Assert.Contains("data-level=\"doctor\"", html);
        Assert.Contains("nearly fainting during the effort itself needs an ECG before they train hard again", html);
        Assert.Contains("<h2 id=\"watch-heading\">Get help for them if this changes</h2>", html);
        Assert.Contains("Get them seen today for a cramp lasting over ten minutes", html);
        Assert.DoesNotContain("Get help if this changes", html);
        Assert.DoesNotContain("before you train", html);
        Assert.DoesNotContain("Be seen today", html);
    }

    [Fact]
    public async Task Interview_MyselfChosenOnTheHomePage_AsksMeAsBefore()
    {
        // "Myself" sends an empty subject: the person's own interview.
        var first = await session.Get("/Interview?subject=");

        Assert.Contains("<h1>Do you have any of these?</h1>", first);
        Assert.DoesNotContain("class=\"subject\"", first);
        Assert.All(Asked(first), a => Assert.Equal(Kb.Question(a.Id).Text, a.Legend));
    }

    [Fact]
    public async Task Interview_OpenedWithoutChoosing_TheFirstPageOffersToAskAboutSomeoneElse()
    {
        var first = await session.Get("/Interview");
        var theirs = await session.Get("/Interview?subject=someone%20else");

        Assert.Contains("Answering for someone else? <a href=\"/Interview?subject=someone%20else\">Ask about them instead</a>", first);
        Assert.Contains("Answering for yourself? <a href=\"/Interview\">Ask about you instead</a>", theirs);
        var later = await Walk(first, id => Kb.Question(id).Type == QuestionType.Bool ? "no" : "unsure", pages: 1);
        Assert.DoesNotContain("Ask about them instead", later.Result);
    }

    /// <summary>Describes, confirms what was understood, then answers every page as <paramref name="answer"/> says until the result.</summary>
    private async Task<(string Pages, string Result)> DescribeAndWalk(string text, Func<string, string> answer)
    {
        await session.Get("/");
        var (_, html, _) = await session.Post("/Interview?handler=Describe", ("text", text));
        var (_, _, redirect) = await session.Post("/Interview?handler=Confirm", [.. FormSession.HiddenFields(html), .. FormSession.ChosenFields(html)]);
        var (pages, result) = await Walk(await session.Get(redirect.Headers.Location!.OriginalString), answer);
        return (html + pages, result);
    }

    /// <summary>
    /// From an interview page, answers every page as <paramref name="answer"/> says until the result (or for
    /// <paramref name="pages"/> pages): the pages asked, and the page reached.
    /// </summary>
    private async Task<(string Pages, string Result)> Walk(string html, Func<string, string> answer, int? pages = null)
    {
        var asked = new System.Text.StringBuilder();
        for (var i = 0; i < (pages ?? 40) && !html.Contains("class=\"banner", StringComparison.Ordinal); i++)
        {
            asked.Append(html);
            var fields = FormSession.QuestionNames(html).Select(id => (id, answer(id))).Append(("go", "next")).ToArray();
            var (status, again, next) = await session.Post(FormSession.FormAction(html), fields);
            Assert.True(status == HttpStatusCode.SeeOther, $"the page was not accepted: {Regex.Match(again, "<p class=\"error\"[^>]*>[^<]*").Value}");
            html = await session.Get(next.Headers.Location!.OriginalString);
        }

        Assert.True(pages is not null || html.Contains("class=\"banner", StringComparison.Ordinal), "no result after 40 pages");
        return (asked.ToString(), html);
    }

    /// <summary>Each question asked on the pages: its id and the words it was asked in.</summary>
    private static List<(string Id, string Legend)> Asked(string pages) =>
        [.. Legend().Matches(pages).Select(m => (WebUtility.HtmlDecode(m.Groups[2].Value), WebUtility.HtmlDecode(m.Groups[1].Value).Trim())).Distinct()];

    [GeneratedRegex("<fieldset class=\"question[^>]*>\\s*<legend[^>]*>([^<]*)</legend>(?:(?!<input).)*<input [^>]*name=\"([^\"]+)\"", RegexOptions.Singleline)]
    private static partial Regex Legend();
}
