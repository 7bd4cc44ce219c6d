using Twitchwise.Domain.Assessment;

namespace Twitchwise.Web.Api;

/// <summary>
/// A JSON response written as UTF-8 straight into the response pipe: no DTOs, no string, no intermediate buffer.
/// The assessment API sends an assessment through it; the load benchmark's baseline sends fixed bytes through the
/// same path, so the two differ only in the work done per request.
/// </summary>
public sealed class JsonBodyResult : IResult
{
    private const string ContentType = "application/json; charset=utf-8";

    private readonly AssessmentResult? assessment;
    private readonly ReadOnlyMemory<byte> utf8;

    private JsonBodyResult(AssessmentResult? assessment, ReadOnlyMemory<byte> utf8)
    {
        this.assessment = assessment;
        this.utf8 = utf8;
    }

    /// <summary>The assessment in the contract's JSON, compact: the CLI's document without the indentation.</summary>
    public static JsonBodyResult Assessment(AssessmentResult result) => new(result, default);

    /// <summary>JSON that is already encoded.</summary>
    public static JsonBodyResult Fixed(ReadOnlyMemory<byte> utf8) => new(null, utf8);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = ContentType;
        var body = response.BodyWriter;
        if (assessment is null)
        {
            await body.WriteAsync(utf8, httpContext.RequestAborted);
            return;
        }

        AssessmentJson.WriteTo(body, assessment);
        await body.FlushAsync(httpContext.RequestAborted);
    }
}
