using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;

namespace Twitchwise.Web.Api;

/// <summary>The request body of <c>POST /api/v1/assessments</c>, as the assessment contract defines it (documentation only: the body is read and validated by the domain).</summary>
/// <param name="Answers">Question id to answer: true/false, a number, an option, or a list of options. A question left out is unknown.</param>
public sealed record AssessmentRequest(IReadOnlyDictionary<string, JsonElement> Answers);

public static class AssessmentApi
{
    // As deep as the domain's own parser allows: anything deeper goes to its text path and is reported there.
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    private static readonly InputProblem UnreadableString =
        new("answers", "a string in the input is not valid text (an escaped lone surrogate such as \\ud800)");

    public static IEndpointRouteBuilder MapAssessmentApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/assessments", Assess)
            .WithName("CreateAssessment")
            .WithTags("Assessment")
            .WithSummary("Assess a set of answers")
            .WithDescription("Takes the contract's {\"answers\": {...}} and returns the same result as `twitchwise assess --format json`: " +
                             "the triage level with its reasons, ranked causes with the answers behind them, relief, prevention, " +
                             "warning signs, the red-flag questions left unanswered, and the sources.")
            .Accepts<AssessmentRequest>("application/json")
            .Produces<AssessmentDto>()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    private static async Task<Results<JsonBodyResult, ValidationProblem, ProblemHttpResult>> Assess(
        HttpRequest request, AnswerValidator validator, AssessmentEngine engine, CancellationToken cancel)
    {
        var (body, refused) = await RequestBody.ReadJsonAsync(request, cancel);
        if (refused is not null)
        {
            return refused;
        }

        var validation = Validate(validator, body!);
        if (validation?.Answers is not { } answers)
        {
            return ApiProblems.Invalid(validation?.Problems ?? [UnreadableString], "The answers are not valid",
                "Nothing was assessed. Fix every problem listed in errors and send the request again.");
        }

        // The CLI's document without the indentation (AssessmentJson.WriteTo), streamed into the response.
        return JsonBodyResult.Assessment(engine.Assess(answers));
    }

    /// <summary>The domain's validation, or null when the JSON holds a string that cannot be read as text.</summary>
    private static AnswerValidation? Validate(AnswerValidator validator, byte[] utf8)
    {
        try
        {
            // Parsed straight from the UTF-8 bytes (no string in between); the domain then checks every answer.
            using var document = JsonDocument.Parse(utf8, DocumentOptions);
            return validator.ValidateJson(document.RootElement);
        }
        catch (JsonException)
        {
            // Not JSON: the domain's text path parses it again to name the syntax error as the CLI does.
            return validator.ValidateJson(Encoding.UTF8.GetString(utf8));
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json throws this when reading an escaped lone surrogate ("\ud800") as a string; the domain
            // validator does not catch it yet (the CLI reports it as a bug too). It is the client's input, so a 400.
            return null;
        }
    }
}
