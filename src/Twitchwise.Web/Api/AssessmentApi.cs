using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;

namespace Twitchwise.Web.Api;

/// <summary>The request body of <c>POST /api/v1/assessments</c>, as the assessment contract defines it (documentation only: the body is read and validated by the domain).</summary>
/// <param name="Answers">Question id to answer: true/false, a number, an option, or a list of options. A question left out is unknown.</param>
/// <param name="Subject">
/// Optional: whom the answers are about when they are not the sender's own, in a few words ("my dad", at most 100
/// characters). The result then carries it as <c>subject</c> and words every step, reason and warning sign for whoever is
/// looking after them. Left out or null: the sender's own answers.
/// </param>
/// <param name="Confirm">
/// Optional: yes/no warning signs a description raised but did not settle, as <c>POST /api/v1/intake</c> returns them in
/// <c>confirm</c>. A rule a yes would fire is shown in <c>triage.suspected</c>; the level is not raised.
/// </param>
public sealed record AssessmentRequest(IReadOnlyDictionary<string, JsonElement> Answers, string? Subject = null, IReadOnlyList<string>? Confirm = null);

public static class AssessmentApi
{
    public static IEndpointRouteBuilder MapAssessmentApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/assessments", Assess)
            .WithName("CreateAssessment")
            .WithTags("Assessment")
            .WithSummary("Assess a set of answers")
            .WithDescription("Takes the contract's {\"answers\": {...}}, with an optional \"subject\" naming whom the answers are about " +
                             "when they are not the sender's own (\"my dad\") and an optional \"confirm\" passing on the intake's unsettled warning signs, and returns the same result as `twitchwise assess --format json`: " +
                             "the triage level with its reasons, ranked causes with the answers behind them, relief, prevention, " +
                             "warning signs, whether the triage is complete and the warning signs left unanswered, what to do while " +
                             "waiting at the urgent and emergency levels, the questions still worth asking, and the sources.")
            .Accepts<AssessmentRequest>("application/json")
            .Produces<AssessmentDto>()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    private static async Task<Results<AssessmentJsonResult, ValidationProblem, ProblemHttpResult>> Assess(
        HttpRequest request, AnswerValidator validator, AssessmentEngine engine, CancellationToken cancel)
    {
        var (body, refused) = await RequestBody.ReadJsonAsync(request, cancel);
        if (refused is not null)
        {
            return refused;
        }

        var validation = validator.ValidateJson(body!);
        if (validation.Answers is not { } answers)
        {
            return ApiProblems.Invalid(validation.Problems, "The answers are not valid",
                "Nothing was assessed. Fix every problem listed in errors and send the request again.");
        }

        return new AssessmentJsonResult(engine.Assess(answers, validation.Subject, validation.Confirm));
    }
}

/// <summary>
/// The CLI's document without the indentation, written straight into the response body (the JSON is not first built in
/// an array of its own: about 100 KB less garbage a request). It is sent chunked, as its length is known only once written.
/// </summary>
internal sealed class AssessmentJsonResult(AssessmentResult result) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        AssessmentJson.WriteCompact(result, response.BodyWriter);
        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
