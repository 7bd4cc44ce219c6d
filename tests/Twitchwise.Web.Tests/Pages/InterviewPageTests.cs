using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Twitchwise.Web.Tests.Pages;

/// <summary>The interview as plain HTML forms, without a browser: what a person without JavaScript gets.</summary>
public sealed class InterviewPageTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly FormSession session = new(factory.CreateClient());

    [Fact]
    public async Task Interview_ChestPainOnFirstStep_NextPageIsTheEmergency()
    {
        await session.Get("/Interview");

        var (status, html, _) = await session.Post("/Interview", ("step", "0"), ("go", "next"), ("symptom.chest_pain", "yes"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("class=\"banner level-emergency\"", html);
        Assert.Contains("Stop: the interview ends here", html);
        Assert.Contains("Call your local emergency number", html);
        Assert.DoesNotContain("Step 2 of", html);
    }

    [Fact]
    public async Task Interview_PostWithoutAntiforgeryToken_IsRefused()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/Interview", new FormUrlEncodedContent([KeyValuePair.Create("step", "0"), KeyValuePair.Create("go", "next")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Interview_NumberOutOfRange_StaysOnStepWithErrorBesideTheQuestion()
    {
        await session.Get("/Interview");

        var (_, html, _) = await session.Post("/Interview", ("step", "0"), ("go", "next"), ("symptom.chest_pain", "no"), ("episode.pain", "12"));

        Assert.Contains("Step 1 of", html);
        Assert.Contains("id=\"q-episode-pain-error\"", html);
        Assert.Contains("aria-describedby=\"q-episode-pain-why q-episode-pain-error\"", html);
        Assert.Contains("value=\"12\"", html);
        Assert.Contains("Please give a number from 0 to 10", html);
        // The valid answer on the same page is kept.
        Assert.Matches("name=\"symptom.chest_pain\" value=\"no\" checked", html);
    }

    [Fact]
    public async Task Interview_NextStep_CarriesEarlierAnswersAsHiddenFields()
    {
        await session.Get("/Interview");

        var (_, html, response) = await session.Post("/Interview", ("step", "0"), ("go", "next"), ("symptom.chest_pain", "no"), ("episode.pain", "4"));

        Assert.Contains("Step 2 of", html);
        var hidden = FormSession.HiddenFields(html);
        Assert.Contains(("symptom.chest_pain", "no"), hidden);
        Assert.Contains(("episode.pain", "4"), hidden);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Interview_BackFromStepTwo_ShowsEarlierAnswersChosen()
    {
        await session.Get("/Interview");
        var (_, step2, _) = await session.Post("/Interview", ("step", "0"), ("go", "next"), ("symptom.chest_pain", "no"));

        var (_, html, _) = await session.Post("/Interview", [.. FormSession.HiddenFields(step2), ("go", "back")]);

        Assert.Contains("Step 1 of", html);
        Assert.Matches("name=\"symptom.chest_pain\" value=\"no\" checked", html);
    }

    [Fact]
    public async Task Describe_Text_AsksToConfirmTheUnderstoodAnswers()
    {
        await session.Get("/");

        var (_, html, _) = await session.Post("/Interview?handler=Describe", ("text", "My left calf cramps after long runs, for three weeks. No numbness."));

        Assert.Contains("Is this what you meant?", html);
        Assert.Contains("From your words:", html);
        Assert.Matches("name=\"episode.locations\" value=\"calf\" checked", html);
        Assert.Matches("name=\"symptom.numbness\" value=\"no\" checked", html);
        Assert.Contains("right, go on", html);
    }

    [Fact]
    public async Task Describe_ConfirmedAnswers_CarryIntoTheWarningSignsThenTheInterview()
    {
        await session.Get("/");
        var (_, confirm, _) = await session.Post("/Interview?handler=Describe", ("text", "My left calf cramps after long runs, for three weeks."));

        // Before: confirming went straight to step 1. Now the warning signs the description left open come first.
        var (_, signs, _) = await session.Post("/Interview", [.. FormSession.HiddenFields(confirm), ("episode.locations", "calf"), ("episode.kind", "twitch"), ("go", "next")]);

        Assert.Contains("name=\"step\" value=\"-2\"", signs);
        var hidden = FormSession.HiddenFields(signs);
        Assert.Contains(("episode.locations", "calf"), hidden);
        // Corrected by the person: the description said cramps, the person chose twitch.
        Assert.Contains(("episode.kind", "twitch"), hidden);

        // Then the interview goes on (a blank here is asked again before any result below urgent).
        var (_, html, _) = await session.Post("/Interview", [.. FormSession.HiddenFields(signs), ("go", "next")]);
        Assert.Contains("Step 1 of", html);
        Assert.Contains(("episode.kind", "twitch"), FormSession.HiddenFields(html));
    }
}
