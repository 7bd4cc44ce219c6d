using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.LoadHost;

/// <summary>
/// A baseline for the load benchmark (bench/load): the same host, routing and middleware as the assessment API,
/// returning the API's own compact result of the benchmark's answers, computed once at start-up and sent the same
/// way, so both endpoints send the same bytes with the same headers and the ratio of their throughputs is the cost of reading the body, validating, assessing and encoding
/// the result. It does not read the request body (Kestrel drains it unread). It lives in this host, not in the app, so
/// production never carries it; <c>Benchmark:AnswersFile</c> names the answers the benchmark posts.
/// </summary>
public static class BenchmarkEndpoint
{
    public static WebApplication MapBenchmark(this WebApplication app)
    {
        var file = app.Configuration["Benchmark:AnswersFile"]
                   ?? throw new InvalidOperationException("Set Benchmark:AnswersFile to the answers the benchmark posts.");
        var validation = app.Services.GetRequiredService<AnswerValidator>().ValidateJson(File.ReadAllText(file));
        var answers = validation.Answers
                      ?? throw new InvalidOperationException($"{file}: {string.Join("; ", validation.Problems)}");
        var body = AssessmentJson.SerializeCompact(app.Services.GetRequiredService<AssessmentEngine>().Assess(answers));
        app.MapPost("/bench/fixed", () => TypedResults.Bytes(body, "application/json; charset=utf-8")).ExcludeFromDescription();
        return app;
    }
}
