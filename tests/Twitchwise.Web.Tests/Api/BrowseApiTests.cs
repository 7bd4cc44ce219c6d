using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Twitchwise.Web.Tests.Api;

/// <summary>The read-only endpoints, the intake's errors, the OpenAPI document, health and the security headers.</summary>
public sealed class BrowseApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Questions_List_RedFlagsFirstWithWhyAndOptions()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/questions"));
        var questions = json.RootElement.GetProperty("questions").EnumerateArray().ToList();

        Assert.Equal("symptom.chest_pain", questions[0].GetProperty("id").GetString());
        Assert.True(questions[0].GetProperty("red_flag").GetBoolean());
        Assert.All(questions, q => Assert.False(string.IsNullOrWhiteSpace(q.GetProperty("why").GetString())));
        var kind = questions.Single(q => q.GetProperty("id").GetString() == "episode.kind");
        Assert.Equal(["twitch", "spasm", "both"], kind.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetString()));
        Assert.Equal("emergency_signs", json.RootElement.GetProperty("groups")[0].GetProperty("id").GetString());
        // A client asking for someone else ("my dad") puts each question about them.
        var age = questions.Single(q => q.GetProperty("id").GetString() == "person.age");
        Assert.Equal("How old are you?", age.GetProperty("text").GetString());
        Assert.Equal("How old are they?", age.GetProperty("text_for_someone_else").GetString());
        Assert.All(questions, q => Assert.False(string.IsNullOrWhiteSpace(q.GetProperty("text_for_someone_else").GetString())));
    }

    [Fact]
    public async Task Knowledge_KnownId_ReturnsTheEntry()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/knowledge/dehydration"));

        var entry = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("cause", entry.GetProperty("kind").GetString());
        Assert.NotEmpty(entry.GetProperty("sources").EnumerateArray());
    }

    [Fact]
    public async Task Knowledge_FilteredByKind_ListsOnlyThatKind()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/knowledge?kind=cause"));

        var kinds = json.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).Distinct();
        Assert.Equal(["cause"], kinds);
    }

    [Fact]
    public async Task Knowledge_UnknownId_Returns404ProblemWithSuggestion()
    {
        var response = await client.GetAsync("/api/v1/knowledge/dehydrat");

        using var json = await AssessmentApiTests.AssertProblem(response, HttpStatusCode.NotFound);
        Assert.Contains("dehydration", json.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Intake_DescriptionAboutSomeoneElse_NamesTheSubjectAndGivesTheirAnswers()
    {
        var body = "{\"text\": \"my wife is 58 and her face has dropped on one side since her swim\"}";

        var response = await client.PostAsync("/api/v1/intake", new StringContent(body, Encoding.UTF8, "application/json"));

        response.EnsureSuccessStatusCode();
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("my wife", json.RootElement.GetProperty("subject").GetString());
        Assert.True(json.RootElement.GetProperty("answers").GetProperty("symptom.face_droop").GetBoolean());
        Assert.Equal(58, json.RootElement.GetProperty("answers").GetProperty("person.age").GetDouble());
    }

    [Theory]
    // Sunday 8 March 2026 by the server's clock: "since Wednesday" is 4 days.
    [InlineData("", 4)]
    // The person is already on Monday 9 March (east of the server): 5 days.
    [InlineData(", \"today\": \"2026-03-09\"", 5)]
    public async Task Intake_DayOfTheWeek_IsCountedFromThePersonsDateOrElseTheServers(string today, double days)
    {
        var response = await PostIntakeOnSunday("{\"text\": \"my calves have twitched since Wednesday\"" + today + "}");

        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(days, json.RootElement.GetProperty("answers").GetProperty("episode.days").GetDouble());
    }

    [Theory]
    [InlineData("\"2026-03-11\"", "2026-03-11")]
    [InlineData("\"9 March\"", "9 March")]
    [InlineData("20260309", "20260309")]
    public async Task Intake_DateThatIsNotTodayAnywhere_Returns400NamingIt(string today, string named)
    {
        var response = await PostIntakeOnSunday("{\"text\": \"my calves have twitched since Wednesday\", \"today\": " + today + "}");

        var errors = await AssessmentApiTests.ValidationErrors(response);
        Assert.Equal(["today"], errors.Keys);
        Assert.Contains(named, errors["today"][0]);
        Assert.Contains("YYYY-MM-DD", errors["today"][0]);
    }

    /// <summary>Posts a description to a server whose clock says Sunday 8 March 2026.</summary>
    private async Task<HttpResponseMessage> PostIntakeOnSunday(string body)
    {
        using var sunday = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(FixedClock.OnDay(new DateOnly(2026, 3, 8))))));
        return await sunday.CreateClient().PostAsync("/api/v1/intake", new StringContent(body, Encoding.UTF8, "application/json"));
    }

    [Theory]
    [InlineData("{\"text\": \"\"}")]
    [InlineData("{\"text\": 42}")]
    [InlineData("{}")]
    [InlineData("{\"text\": ")]
    public async Task Intake_MissingOrEmptyText_Returns400ForText(string body)
    {
        var response = await client.PostAsync("/api/v1/intake", new StringContent(body, Encoding.UTF8, "application/json"));

        var errors = await AssessmentApiTests.ValidationErrors(response);
        Assert.Equal(["text"], errors.Keys);
    }

    [Fact]
    public async Task Intake_WrongContentTypeAndTooLarge_Return415And413()
    {
        var plain = await client.PostAsync("/api/v1/intake", new StringContent("my calf cramps", Encoding.UTF8, "text/plain"));
        var large = await client.PostAsync("/api/v1/intake", new StringContent(AssessmentApiTests.LargeBody(70_000), Encoding.UTF8, "application/json"));

        (await AssessmentApiTests.AssertProblem(plain, HttpStatusCode.UnsupportedMediaType)).Dispose();
        (await AssessmentApiTests.AssertProblem(large, HttpStatusCode.RequestEntityTooLarge)).Dispose();
    }

    [Fact]
    public async Task OpenApi_Document_DescribesEveryApiEndpoint()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = json.RootElement.GetProperty("paths");

        foreach (var path in new[] { "/api/v1/assessments", "/api/v1/questions", "/api/v1/knowledge", "/api/v1/knowledge/{id}", "/api/v1/intake" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        }

        var responses = paths.GetProperty("/api/v1/assessments").GetProperty("post").GetProperty("responses");
        Assert.Equal(["200", "400", "413", "415"], responses.EnumerateObject().Select(r => r.Name).Order());
        Assert.False(paths.TryGetProperty("/bench/fixed", out _));
    }

    [Fact]
    public async Task Health_Get_ReportsHealthy()
    {
        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Interview")]
    [InlineData("/api/v1/questions")]
    public async Task Response_AnyPage_CarriesSecurityHeaders(string path)
    {
        var response = await client.GetAsync(path);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("style-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Benchmark_EndpointWithoutSetting_IsNotMapped()
    {
        var response = await client.PostAsync("/bench/fixed", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
