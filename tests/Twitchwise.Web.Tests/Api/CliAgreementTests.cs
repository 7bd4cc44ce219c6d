using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Web.Tests.Api;

/// <summary>
/// The API and the CLI give the same result on every public vignette, and it is the level the vignette expects. The
/// assessment is the same JSON document (the API's is compact, the CLI's indented); the intake is the same text.
/// </summary>
public sealed class CliAgreementTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [MemberData(nameof(Vignette.Names), MemberType = typeof(Vignette))]
    public async Task Assess_PublicVignette_ApiAndCliAgree(string name)
    {
        var vignette = Vignette.Named(name);
        var kb = KnowledgeBase.Default;
        var answers = AssessmentJson.SerializeAnswers(new AnswerValidator(kb).Validate(vignette.Typed(kb)).Answers!);

        var response = await client.PostAsync("/api/v1/assessments", new StringContent(answers, Encoding.UTF8, "application/json"));
        var api = await response.Content.ReadAsStringAsync();
        var cli = CliRunner.WithInput(answers, "assess", "--answers", "-", "--format", "json");

        Assert.Equal(0, cli.Exit);
        var apiJson = JsonNode.Parse(api);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(cli.Out), apiJson), $"CLI:\n{cli.Out}\nAPI:\n{api}");
        Assert.Equal(vignette.Level, (string?)apiJson!["triage"]!["level"]);
    }

    [Fact]
    public async Task Questions_ApiAndCliJson_AreTheSameDocument()
    {
        var api = await client.GetStringAsync("/api/v1/questions");
        var cli = CliRunner.Run("questions", "--format", "json");

        Assert.Equal(0, cli.Exit);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(cli.Out), JsonNode.Parse(api)), $"CLI:\n{cli.Out}\nAPI:\n{api}");
    }

    [Theory]
    [InlineData("My left calf cramps at night after long runs in the heat, for about three weeks. No numbness, urine is normal.")]
    [InlineData("twitching eyelid since monday, lots of coffee and little sleep")]
    [InlineData("My dad had MS. If it gets worse should I worry about weakness?")]
    public async Task Intake_Description_SameAsCliIntakeJson(string text)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { text });

        var response = await client.PostAsync("/api/v1/intake", new StringContent(body, Encoding.UTF8, "application/json"));
        var api = await response.Content.ReadAsStringAsync();
        var cli = CliRunner.Run("intake", "--text", text, "--format", "json");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(cli.Out.TrimEnd(), api);
    }
}
