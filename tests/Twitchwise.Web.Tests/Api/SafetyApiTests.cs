using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Web.Tests.Api;

/// <summary>
/// Issue 11 through the JSON API (contract version 2): an empty interview is incomplete with the emergency warning signs
/// first, "not sure" (null) stays open but is never asked again, and an emergency returns only what to do while waiting.
/// </summary>
public sealed class SafetyApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Assess_NoAnswers_IsIncompleteWithTheEmergencyWarningSignsFirst()
    {
        using var json = await Assess("""{"answers": {}}""");

        var triage = json.RootElement.GetProperty("triage");
        Assert.False(triage.GetProperty("complete").GetBoolean());
        var open = Ids(json.RootElement.GetProperty("unanswered_red_flags"));
        Assert.NotEmpty(open);
        // Most dangerous first: the highest level a question could still reach never rises along the list.
        var reach = open.Select(HighestLevelItCouldRaise).ToList();
        Assert.Equal(TriageLevel.Emergency, reach[0]);
        Assert.Equal(reach.OrderByDescending(l => l), reach);
        // An interview asks the open warning signs first (the planner orders them by what settles most, decision 0011).
        Assert.Equal(open.Order(), Ids(json.RootElement.GetProperty("next_questions")).Take(open.Count).Order());
    }

    [Fact]
    public async Task Assess_WarningSignNotSure_StaysOpenButIsNotAskedAgain()
    {
        using var json = await Assess("""{"answers": {"symptom.chest_pain": null}}""");

        Assert.False(json.RootElement.GetProperty("triage").GetProperty("complete").GetBoolean());
        Assert.Contains("symptom.chest_pain", Ids(json.RootElement.GetProperty("unanswered_red_flags")));
        Assert.DoesNotContain("symptom.chest_pain", Ids(json.RootElement.GetProperty("next_questions")));
    }

    [Fact]
    public async Task Assess_Emergency_ReturnsWhileWaitingAndNoReliefPreventionOrCauses()
    {
        using var json = await Assess("""{"answers": {"symptom.chest_pain": true, "episode.kind": "spasm", "hydration.heavy_sweating": true}}""");

        var root = json.RootElement;
        Assert.Equal("emergency", root.GetProperty("triage").GetProperty("level").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("triage").GetProperty("call").GetString()));
        Assert.Equal(0, root.GetProperty("relief").GetArrayLength());
        Assert.Equal(0, root.GetProperty("prevention").GetArrayLength());
        Assert.Equal(0, root.GetProperty("causes").GetArrayLength());
        Assert.NotEqual(0, root.GetProperty("while_waiting").GetArrayLength());
    }

    /// <summary>The most urgent level of the rules that test a question: how far an answer to it could raise the level.</summary>
    private static TriageLevel HighestLevelItCouldRaise(string questionId) =>
        Kb.Rules.Where(r => r.When.Questions.Any(i => Kb.Questions[i].Id == questionId)).Max(r => r.Level);

    private static List<string> Ids(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private async Task<JsonDocument> Assess(string body)
    {
        var response = await client.PostAsync("/api/v1/assessments", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
