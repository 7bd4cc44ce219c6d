using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Journal;

namespace Twitchwise.Web.Api;

/// <summary>The request body of <c>POST /api/v1/intake</c>.</summary>
/// <param name="Text">A description in the person's own words, e.g. "my left calf cramps after long runs, no numbness".</param>
/// <param name="Today">The person's own date (YYYY-MM-DD), from which "since Saturday" is counted; the server's date if left out.
/// It must be within a day of the UTC date.</param>
public sealed record IntakeRequest(string Text, string? Today = null);

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

        var (text, today) = RequestOf(body!);
        if (text is null)
        {
            return ApiProblems.Invalid([new InputProblem("text", "required: a JSON object like {\"text\": \"my calf cramps after runs\"} with a description that is not empty")],
                "The description is missing", "Send the description as the string \"text\".");
        }

        if (today is { } given && (JournalCodec.ParseDate(given) is not { } day || !clock.IsPlausibleToday(day)))
        {
            return ApiProblems.Invalid([new InputProblem("today", $"\"{given}\" is not today's date anywhere: give the person's date as YYYY-MM-DD, within a day of {clock.GetUtcNow():yyyy-MM-dd} (UTC), or leave it out")],
                "The date is not today's", "Send the person's own date as \"today\", or leave it out to use the server's.");
        }

        // Checked above: a date sent is today's somewhere, so it is the person's; none sent is the server's.
        return TypedResults.Json(reader.Read(text, clock.PersonToday(today)).ToDto(), AssessmentJson.Options);
    }

    /// <summary>The description and, if sent, the person's date as given (a non-string date is given as its JSON).</summary>
    private static (string? Text, string? Today) RequestOf(byte[] body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            var text = doc.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(t.GetString())
                ? t.GetString()
                : null;
            var today = doc.RootElement.TryGetProperty("today", out var d) && d.ValueKind != JsonValueKind.Null
                ? d.ValueKind == JsonValueKind.String ? d.GetString() : d.GetRawText()
                : null;
            return (text, today);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: the text holds an escaped lone surrogate ("\ud800"), which is not text.
            return (null, null);
        }
    }
}
