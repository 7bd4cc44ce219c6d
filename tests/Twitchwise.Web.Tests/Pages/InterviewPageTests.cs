using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;
using Twitchwise.TestSupport;

namespace Twitchwise.Web.Tests.Pages;

/// <summary>
/// The interview as plain HTML forms over HTTP, without a browser (what a person without JavaScript gets): the planner's
/// pages, post/redirect/get with the answers in the URL, Back, and the free-text confirm page. Expected pages come from the
/// domain's planner at run time, never from counts or texts.
/// </summary>
public sealed class InterviewPageTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;
    private readonly FormSession session = new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    [Fact]
    public async Task Interview_Opened_AsksThePlannersFirstChecklistWithNothingChosenAndHonestProgress()
    {
        var html = await session.Get("/Interview");

        var first = Assess([]);
        Assert.Equal(QuestionPlanner.Checklist(Kb, first.NextQuestions), FormSession.QuestionNames(html));
        Assert.True(FormSession.QuestionNames(html).Count > 1);
        Assert.DoesNotMatch("<input[^>]* checked", html);
        Assert.Contains("None of these", html);
        Assert.Contains($"0 answered so far; at most {first.NextQuestions.Count} more", html);
        Assert.DoesNotContain("%", html[html.IndexOf("progress-text", StringComparison.Ordinal)..html.IndexOf("</h1>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task Post_ChecklistPartlyBlank_StaysWithAnErrorBesideEachBlankNeverTakingItAsNo()
    {
        var html = await session.Get("/Interview");
        var ids = FormSession.QuestionNames(html);

        var (status, again, _) = await session.Post("/Interview", ("go", "next"), (ids[0], "no"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(ids, FormSession.QuestionNames(again));
        Assert.Equal(ids.Count - 1, System.Text.RegularExpressions.Regex.Matches(again, "<p class=\"error\" id=\"q-").Count);
        Assert.Matches($"name=\"{ids[0]}\" value=\"no\" checked", again);
        Assert.DoesNotMatch($"name=\"{ids[1]}\" value=\"no\" checked", again);
    }

    [Fact]
    public async Task Post_NoneOfThese_RedirectsWithSeeOtherToAGetCarryingNoForEachButKeepsANotSure()
    {
        var ids = FormSession.QuestionNames(await session.Get("/Interview"));

        var (status, _, response) = await session.Post("/Interview", ("go", "none"), (ids[1], "unsure"));

        Assert.Equal(HttpStatusCode.SeeOther, status);
        var query = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Interview?", query);
        Assert.Contains($"{ids[0]}=no", query);
        Assert.Contains($"{ids[1]}=unsure", query);
        Assert.All(ids.Skip(2), id => Assert.Contains($"{id}=no", query));
    }

    [Fact]
    public async Task Post_ChestPainYesWithTheRestBlank_GoesToTheEmergencyAtOnce()
    {
        await session.Get("/Interview");

        var (status, _, response) = await session.Post("/Interview", ("go", "next"), ("symptom.chest_pain", "yes"));
        var (_, html, _) = await session.Follow(response);

        Assert.Equal(HttpStatusCode.SeeOther, status);
        Assert.Contains("data-level=\"emergency\"", html);
        Assert.Contains("Stop: the interview ends here", html);
        Assert.DoesNotContain("answered so far", html);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/Interview", new FormUrlEncodedContent([KeyValuePair.Create("go", "none")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_SecondPage_BackLinkShowsTheFirstWithItsAnswersChosen()
    {
        var ids = FormSession.QuestionNames(await session.Get("/Interview"));
        var (_, _, redirect) = await session.Post("/Interview", ("go", "none"));
        var (_, second, _) = await session.Follow(redirect);
        var answered = ids.Select(id => KeyValuePair.Create(id, AnswerValue.Of(false))).ToList();
        Assert.Equal(QuestionPlanner.Checklist(Kb, Assess(answered).NextQuestions), FormSession.QuestionNames(second));
        Assert.Contains($"{ids.Count} answered so far", second);

        var back = FormSession.BackHref(second);
        Assert.Contains("step=1", back);
        var first = await session.Get(back);

        Assert.Equal(ids, FormSession.QuestionNames(first));
        Assert.All(ids, id => Assert.Matches($"name=\"{id}\" value=\"no\" checked", first));
        Assert.Equal("/", FormSession.BackHref(first));
    }

    [Fact]
    public async Task Post_EarlierPageChanged_KeepsTheLaterAnswers()
    {
        var first = FormSession.QuestionNames(await session.Get("/Interview"));
        var (_, _, r1) = await session.Post("/Interview", ("go", "none"));
        var (_, second, _) = await session.Follow(r1);
        var (_, _, r2) = await session.Post(FormSession.FormAction(second), ("go", "none"));
        var third = r2.Headers.Location!.OriginalString;
        var revisit = await session.Get(FormSession.BackHref(await session.Get(FormSession.BackHref(await session.Get(third)))));
        Assert.Equal(first, FormSession.QuestionNames(revisit));

        var (_, _, changed) = await session.Post(FormSession.FormAction(revisit), [("go", "none"), (first[^1], "unsure")]);

        var query = changed.Headers.Location!.OriginalString;
        Assert.Contains($"{first[^1]}=unsure", query);
        Assert.All(FormSession.QuestionNames(second), id => Assert.Contains($"{id}=no", query));
        Assert.DoesNotContain("step=", query);
    }

    [Fact]
    public async Task Get_InvalidAnswerInTheUrl_IsLeftOutAndSaid()
    {
        var html = await session.Get("/Interview?episode.pain=12&symptom.chest_pain=no");

        Assert.Contains("were not valid and have been left out", html);
        Assert.Contains("1 answered so far", html);
    }

    [Fact]
    public async Task Get_InterviewPage_IsNotCachedAndSendsNoReferrer()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/Interview?symptom.chest_pain=no");

        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Get_AnswersInTheUrl_AreNotWrittenToTheAppsLogs()
    {
        var logged = new LogCapture();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(logged)));
        using var client = app.CreateClient();

        (await client.GetAsync("/Interview?symptom.dark_urine=yes&episode.pain=7")).EnsureSuccessStatusCode();

        Assert.NotEmpty(logged.Messages);
        Assert.DoesNotContain(logged.Messages, m => m.Contains("dark_urine", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Describe_Text_ConfirmPageMarksTheUnderstoodWordsAndAsksTheUncertainSignFirst()
    {
        await session.Get("/");

        var (status, html, _) = await session.Post("/Interview?handler=Describe", ("text", "After my run my calf cramped and I felt a bit faint. The neighbour's cat was watching."));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Is this what you meant?", html);
        Assert.Contains("<mark>calf</mark>", html);
        Assert.Contains("not-understood", html);
        Assert.Contains("neighbour", html[html.IndexOf("not-understood", StringComparison.Ordinal)..]);
        Assert.Equal("symptom.near_faint", FormSession.QuestionNames(html)[0]);
        Assert.DoesNotMatch("name=\"symptom.near_faint\" value=\"[^\"]*\" checked", html);
        Assert.Matches("name=\"episode.locations\" value=\"calf\" checked", html);
        Assert.Contains("Change your description", html);
    }

    [Fact]
    public async Task Describe_MostlyAnotherLanguage_SaysItWasNotRead()
    {
        await session.Get("/");

        var (status, html, _) = await session.Post("/Interview?handler=Describe", ("text", "Mi madre (70) caminó una hora hoy y ahora se siente muy rara y le cuesta mucho, está sudando mucho."));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Most of what you wrote gave us no answer", html);
        Assert.Contains("reads only English", html);
    }

    [Fact]
    public async Task Describe_Confirmed_GoesOnWithOnlyThePlannersOpenQuestions()
    {
        await session.Get("/");
        var (_, confirm, _) = await session.Post("/Interview?handler=Describe", ("text", "My left calf cramps after long runs, for three weeks. No numbness."));

        var (status, _, redirect) = await session.Post("/Interview?handler=Confirm",
            [.. FormSession.HiddenFields(confirm), .. FormSession.ChosenFields(confirm).Where(f => f.Name != "episode.kind"), ("episode.kind", "twitch")]);
        var (_, html, _) = await session.Follow(redirect);

        Assert.Equal(HttpStatusCode.SeeOther, status);
        // Corrected by the person: the description said cramps, the person chose twitch.
        Assert.Contains("episode.kind=twitch", redirect.Headers.Location!.OriginalString);
        var given = FormSession.ChosenFields(confirm).Select(f => f.Name).ToHashSet();
        var asked = FormSession.QuestionNames(html);
        Assert.NotEmpty(asked);
        Assert.DoesNotContain(asked, given.Contains);
        Assert.DoesNotContain("episode.kind", asked);
    }

    [Theory]
    [InlineData("2026-03-09", "5")] // the person's browser is already on Monday: Wednesday was five days back
    [InlineData("", "4")] // no script: the server's Sunday
    [InlineData("2027-01-01", "4")] // not today anywhere: the server's Sunday
    public async Task Describe_DayOfTheWeek_CountsFromTheBrowsersDateWhenItIsToday(string today, string days)
    {
        using var sunday = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(FixedClock.OnDay(new DateOnly(2026, 3, 8))))));
        var onSunday = new FormSession(sunday.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await onSunday.Get("/");

        var (_, confirm, _) = await onSunday.Post("/Interview?handler=Describe", ("text", "my calves have twitched since Wednesday"), ("today", today));

        Assert.Contains(("episode.days", days), FormSession.ChosenFields(confirm));
    }

    // The second is mostly in another language: "dolor en el pecho" is read, and the rest unread cannot lower chest pain
    // after exertion at 70.
    [Theory]
    [InlineData("My calf cramped on my run and now I have crushing chest pain.")]
    [InlineData("Mi madre (70) caminó una hora hoy y ahora tiene dolor en el pecho, está sudando mucho y no quiere hablar con nadie.")]
    public async Task Describe_EmergencyInTheText_ShowsTheEmergencyBeforeAnythingElse(string text)
    {
        await session.Get("/");

        var (status, _, redirect) = await session.Post("/Interview?handler=Describe", ("text", text));
        var (_, html, _) = await session.Follow(redirect);

        Assert.Equal(HttpStatusCode.SeeOther, status);
        Assert.Contains("data-level=\"emergency\"", html);
    }

    [Fact]
    public async Task Describe_SomeoneElsesEmergency_SaysWhatToDoForThemFirst()
    {
        await session.Get("/");

        var (status, html, _) = await session.Post("/Interview?handler=Describe", ("text", "My forearms cramp. My dad has chest pain after shovelling snow."));

        Assert.Equal(HttpStatusCode.OK, status);
        var alert = html.IndexOf("Is this about someone with you?", StringComparison.Ordinal);
        Assert.True(alert >= 0, html);
        Assert.Contains("chest pain", html[alert..html.IndexOf("</section>", alert, StringComparison.Ordinal)]);
        Assert.Contains("If they have this now: Emergency", html[alert..]);
        Assert.Contains("describe only what is happening to them", html[alert..]);
        Assert.True(alert < html.IndexOf("Your words", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Describe_AllAboutSomeoneElsesEmergency_ShowsTheEmergencyAtOnce()
    {
        await session.Get("/");

        var (status, _, redirect) = await session.Post("/Interview?handler=Describe", ("text", "My husband can't lift his left arm and his words are jumbled since his bike ride."));
        var (_, html, _) = await session.Follow(redirect);

        Assert.Equal(HttpStatusCode.SeeOther, status);
        Assert.Contains("data-level=\"emergency\"", html);
    }

    [Fact]
    public async Task Describe_AllAboutSomeoneElse_SaysWhoTheAnswersAreFor()
    {
        await session.Get("/");

        var (_, html, _) = await session.Post("/Interview?handler=Describe", ("text", "My daughter's calves cramp at night after netball practice."));

        Assert.Contains("We read this as about <strong>My daughter</strong>", html);
        Assert.Matches("name=\"episode.locations\" value=\"calf\" checked", html);
    }

    [Fact]
    public async Task Describe_HusbandsChestPain_ResultSaysItIsAboutHimAndSpeaksToTheHelper()
    {
        await session.Get("/");

        var (status, _, redirect) = await session.Post("/Interview?handler=Describe", ("text", "my husband is 58, he was mowing the lawn and now has crushing chest pain and is sweating"));
        var (_, html, _) = await session.Follow(redirect);

        Assert.Equal(HttpStatusCode.SeeOther, status);
        Assert.Contains("subject=my%20husband", redirect.Headers.Location!.OriginalString);
        Assert.Contains("data-level=\"emergency\"", html);
        Assert.Contains("About: <strong>my husband</strong>", html);
        Assert.Contains("While you wait with them", html);
        Assert.Contains("Help them sit down and keep still", html);
        Assert.Contains("they can chew one 300 mg aspirin tablet slowly", html);
        Assert.DoesNotContain("Sit down and keep still", html);
        Assert.DoesNotContain("and you are not allergic to it, chew", html);
    }

    [Fact]
    public async Task Describe_AboutSomeoneElseConfirmed_EveryPageAndTheResultSayWhomItIsAbout()
    {
        await session.Get("/");
        var (_, confirm, _) = await session.Post("/Interview?handler=Describe", ("text", "my daughter is 9 and her calves cramp at night after netball"));

        var (_, _, redirect) = await session.Post("/Interview?handler=Confirm", [.. FormSession.HiddenFields(confirm), .. FormSession.ChosenFields(confirm)]);
        var (_, page, _) = await session.Follow(redirect);

        Assert.Contains("subject=my%20daughter", redirect.Headers.Location!.OriginalString);
        Assert.Contains("About <strong>my daughter</strong>: answer for them.", page);
        Assert.Contains("subject=my%20daughter", FormSession.FormAction(page));
        Assert.Contains("symptom.chest_pain", FormSession.QuestionNames(page));

        // Chest pain ticked on the first checklist: an emergency at once, still about her.
        var (status, _, toResult) = await session.Post(FormSession.FormAction(page), ("go", "next"), ("symptom.chest_pain", "yes"));
        var (_, html, _) = await session.Follow(toResult);

        Assert.Equal(HttpStatusCode.SeeOther, status);
        Assert.Contains("data-level=\"emergency\"", html);
        Assert.Contains("About: <strong>my daughter</strong>", html);
        Assert.Contains("While you wait with them", html);
        Assert.Contains("Help them sit down", html);
        // Nine years old: no aspirin, in anyone's words.
        Assert.DoesNotContain("aspirin tablet", html);
    }

    [Fact]
    public async Task Describe_SomeoneElsesPast_RaisesNoAlert()
    {
        await session.Get("/");

        var (_, html, _) = await session.Post("/Interview?handler=Describe", ("text", "My mum had MS. My calf twitches after runs."));

        Assert.DoesNotContain("Is this about someone with you?", html);
    }

    private static AssessmentResult Assess(IEnumerable<KeyValuePair<string, AnswerValue>> answers) =>
        new AssessmentEngine(Kb).Assess(new AnswerValidator(Kb).Validate(answers).Answers!);

    /// <summary>Every message the app logs, at every level the app's own settings let through.</summary>
    private sealed class LogCapture : ILoggerProvider
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(LogCapture owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Messages.Enqueue($"{category}: {formatter(state, exception)}");
        }
    }
}
