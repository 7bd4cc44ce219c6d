using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Journal;

namespace Twitchwise.Web.Api;

/// <summary>The request body of <c>POST /api/v1/intake</c>.</summary>
/// <param name="Text">A description in the person's own words, e.g. "my left calf cramps after long runs, no numbness".</param>
public sealed record IntakeRequest(string Text);

public static class IntakeApi
{
    public static IEndpointRouteBuilder MapIntakeApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/intake", Read)
            .WithName("ReadDescription")
            .WithTags("Intake")
            .WithSummary("Read a free-text description into answers")
            .WithDescription("Returns the same as `twitchwise intake --format json`: the answers understood, the words behind each, " +
                             "what was about the past, and what was set aside (a what-if, or about someone else). Confirm the answers " +
                             "with the person before assessing them.")
            .Accepts<IntakeRequest>("application/json")
            .Produces<IntakeDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    private static async Task<Results<JsonHttpResult<IntakeDto>, ValidationProblem, ProblemHttpResult>> Read(
        HttpRequest request, IntakeReader reader, TimeProvider clock, CancellationToken cancel)
    {
        var (body, refused) = await RequestBody.ReadJsonAsync(request, cancel);
        if (refused is not null)
        {
            return refused;
        }

        if (DescriptionOf(body!) is not { } text)
        {
            return ApiProblems.Invalid([new InputProblem("text", "required: a JSON object like {\"text\": \"my calf cramps after runs\"} with a description that is not empty")],
                "The description is missing", "Send the description as the string \"text\".");
        }

        return TypedResults.Json(reader.Read(text, clock.Today()).ToDto(), AssessmentJson.Options);
    }

    private static string? DescriptionOf(byte[] body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
            return doc.RootElement.ValueKind == JsonValueKind.Object
                   && doc.RootElement.TryGetProperty("text", out var text)
                   && text.ValueKind == JsonValueKind.String
                   && !string.IsNullOrWhiteSpace(text.GetString())
                ? text.GetString()
                : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: the text holds an escaped lone surrogate ("\ud800"), which is not text.
            return null;
        }
    }
}
