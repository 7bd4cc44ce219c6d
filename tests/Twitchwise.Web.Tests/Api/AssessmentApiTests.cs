using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Twitchwise.Web.Tests.Api;

public sealed class AssessmentApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Assess_ValidAnswers_ReturnsContractResult()
    {
        var response = await Post("""{"answers": {"episode.kind": "spasm", "episode.locations": ["calf"], "exercise.minutes": 95, "hydration.heavy_sweating": true}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("self_care", root.GetProperty("triage").GetProperty("level").GetString());
        Assert.Contains(root.GetProperty("causes").EnumerateArray(), c => c.GetProperty("id").GetString() == "dehydration");
        Assert.Contains(root.GetProperty("unanswered_red_flags").EnumerateArray(), id => id.GetString() == "symptom.dark_urine");
        Assert.False(string.IsNullOrEmpty(root.GetProperty("knowledge_version").GetString()));
    }

    [Fact]
    public async Task Assess_SeveralBadAnswers_Returns400ListingEveryProblemByQuestionId()
    {
        var response = await Post("""{"answers": {"episode.pain": 11, "episode.kind": "sneeze", "symptom.weakness": "yes", "episode.knd": "spasm"}}""");

        var errors = await ValidationErrors(response);
        Assert.Equal(["episode.kind", "episode.knd", "episode.pain", "symptom.weakness"], errors.Keys.Order());
        Assert.Contains("did you mean \"episode.kind\"", errors["episode.knd"][0]);
        Assert.Contains("0 to 10", errors["episode.pain"][0]);
    }

    // A caller answering for someone else says whom: the result names them and speaks to whoever is looking after them,
    // as the web interview and the CLI do for a description typed by a carer.
    [Fact]
    public async Task Assess_SubjectSomeoneElse_ReturnsTheResultWordedForTheHelper()
    {
        const string answers = """{"symptom.arm_jaw_neck_pain": true, "exercise.recent": true}""";

        var theirs = await Result(await Post($$"""{"answers": {{answers}}, "subject": "my dad"}"""));
        var mine = await Result(await Post($$"""{"answers": {{answers}}}"""));

        Assert.Equal("my dad", theirs.GetProperty("subject").GetString());
        Assert.Equal("urgent", theirs.GetProperty("triage").GetProperty("level").GetString());
        Assert.StartsWith("Get them medical advice today", theirs.GetProperty("triage").GetProperty("action").GetString());
        var reason = theirs.GetProperty("triage").GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "exertional_arm_jaw_pain");
        Assert.Contains("not in a muscle they worked", reason.GetProperty("text").GetString());
        Assert.Contains("Get them to stop exercising and get them seen today.", reason.GetProperty("text").GetString());
        Assert.All(theirs.GetProperty("while_waiting").EnumerateArray(), s => Assert.Matches(@"\b(they|them|their)\b", s.GetProperty("text").GetString()!));
        Assert.Contains(theirs.GetProperty("watch_for").EnumerateArray(), w => w.GetProperty("text").GetString()!.Contains("call an ambulance for them", StringComparison.Ordinal));

        Assert.False(mine.TryGetProperty("subject", out _));
        Assert.Contains("not in a muscle you worked", mine.GetProperty("triage").GetProperty("reasons")[0].GetProperty("text").GetString());
    }

    // A client that reads a description with the intake and then assesses it passes the intake's "confirm" on: the chest
    // tightness put down to the cold air is shown as the emergency it could be, though nothing answered says so yet.
    [Fact]
    public async Task Assess_IntakeConfirmPassedOn_ShowsTheEmergencyItCouldBeWithoutRaisingTheLevel()
    {
        var intakeResponse = await client.PostAsync("/api/v1/intake", new StringContent(
            """{"text": "did a 10k this morning, calves cramped after, and a bit of a tight chest but probably the cold air"}""",
            Encoding.UTF8, "application/json"));
        var intake = await Result(intakeResponse);
        Assert.Contains(intake.GetProperty("confirm").EnumerateArray(), id => id.GetString() == "symptom.chest_pain");
        var answers = intake.GetProperty("answers").GetRawText();
        var confirm = intake.GetProperty("confirm").GetRawText();

        var passedOn = (await Result(await Post($$"""{"answers": {{answers}}, "confirm": {{confirm}}}"""))).GetProperty("triage");
        var left = (await Result(await Post($$"""{"answers": {{answers}}}"""))).GetProperty("triage");

        Assert.Equal(left.GetProperty("level").GetString(), passedOn.GetProperty("level").GetString());
        var suspected = passedOn.GetProperty("suspected").EnumerateArray().ToList();
        Assert.Contains(suspected, s => s.GetProperty("level").GetString() == "emergency" &&
                                        s.GetProperty("questions").EnumerateArray().Any(q => q.GetString() == "symptom.chest_pain"));
        Assert.DoesNotContain(left.GetProperty("suspected").EnumerateArray(), s => s.GetProperty("level").GetString() == "emergency");
    }

    [Theory]
    [InlineData("subject", "42", "wrong type")]
    [InlineData("subject", "\"\"", "is empty")]
    [InlineData("subject", "{\"name\": \"my dad\"}", "wrong type")]
    [InlineData("confirm", "\"symptom.chest_pain\"", "wrong type")]
    [InlineData("confirm", "[\"symptom.chest_pian\"]", "did you mean \"symptom.chest_pain\"")]
    [InlineData("confirm", "[\"episode.pain\"]", "not a yes/no question")]
    [InlineData("confirm", "[\"symptom.chest_pain\", \"symptom.chest_pain\"]", "more than once")]
    [InlineData("confirm", "[7]", "not a question id")]
    public async Task Assess_BadSubjectOrConfirm_Returns400NamingTheFieldAndAssessesNothing(string field, string value, string problem)
    {
        var response = await Post($$"""{"answers": {"episode.kind": "spasm"}, "{{field}}": {{value}}}""");

        var errors = await ValidationErrors(response);
        Assert.Equal([field], errors.Keys);
        Assert.Contains(problem, errors[field][0]);
    }

    [Theory]
    [InlineData("{\"answers\": {")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("[1, 2]")]
    [InlineData("{\"answers\": [true]}")]
    [InlineData("{\"answer\": {}}")]
    [InlineData("{\"answers\": {\"exercise.type\": \"\\ud800\"}}")]
    public async Task Assess_MalformedBody_Returns400NamingTheProblem(string body)
    {
        var response = await Post(body);

        var errors = await ValidationErrors(response);
        Assert.NotEmpty(errors);
    }

    [Fact]
    public async Task Assess_BodyOver64KB_Returns413()
    {
        var response = await Post(LargeBody(64 * 1024 + 1));

        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Assess_ChunkedBodyOver64KB_Returns413()
    {
        // No Content-Length: the limit must hold while reading, not only on the header.
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(LargeBody(200 * 1024))));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/assessments") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Assess_BodyOfExactly64KB_IsRead()
    {
        var response = await Post(LargeBody(64 * 1024));

        // Read and assessed as JSON (the padding is valid whitespace), so not refused for its size.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Assess_WrongContentType_Returns415(string? contentType)
    {
        var content = new StringContent("""{"answers": {}}""", Encoding.UTF8);
        content.Headers.ContentType = contentType is null ? null : new MediaTypeHeaderValue(contentType);

        var response = await client.PostAsync("/api/v1/assessments", content);

        await AssertProblem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Assess_GetInsteadOfPost_Returns405()
    {
        var response = await client.GetAsync("/api/v1/assessments");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    internal static string LargeBody(int size)
    {
        const string json = """{"answers": {"episode.kind": "spasm"}}""";
        return json + new string(' ', size - json.Length);
    }

    private static async Task<JsonElement> Result(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private Task<HttpResponseMessage> Post(string body) =>
        client.PostAsync("/api/v1/assessments", new StringContent(body, Encoding.UTF8, "application/json"));

    internal static async Task<Dictionary<string, string[]>> ValidationErrors(HttpResponseMessage response)
    {
        using var json = await AssertProblem(response, HttpStatusCode.BadRequest);
        return json.RootElement.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    internal static async Task<JsonDocument> AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("title").GetString()));
        return json;
    }
}
