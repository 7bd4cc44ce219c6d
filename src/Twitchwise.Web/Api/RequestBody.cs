using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Twitchwise.Web.Api;

/// <summary>
/// Reads an API request body (UTF-8, without a byte order mark), refusing a wrong content type (415) and anything over the size limit (413)
/// before it is parsed. The body is read here rather than bound, so that a malformed one reaches the domain's
/// validator and every problem is reported by question id.
/// </summary>
internal static class RequestBody
{
    public const int MaxBytes = 64 * 1024;

    public static async Task<(byte[]? Utf8, ProblemHttpResult? Problem)> ReadJsonAsync(HttpRequest request, CancellationToken cancel)
    {
        if (!request.HasJsonContentType())
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type",
                detail: $"Send the body as application/json, not {(string.IsNullOrEmpty(request.ContentType) ? "without a content type" : request.ContentType)}."));
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        var buffer = ArrayPool<byte>.Shared.Rent(MaxBytes + 1);
        try
        {
            var length = 0;
            int read;
            // One byte more than the limit tells a body that is too large from one that is exactly at it.
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length, MaxBytes + 1 - length), cancel)) > 0)
            {
                length += read;
                if (length > MaxBytes)
                {
                    return (null, TooLarge());
                }
            }

            var bytes = buffer.AsSpan(0, length);
            if (bytes.StartsWith(Encoding.UTF8.Preamble))
            {
                bytes = bytes[Encoding.UTF8.Preamble.Length..];
            }

            return (bytes.ToArray(), null);
        }
        catch (BadHttpRequestException e)
        {
            // A broken chunked body or a client that stops sending: the client's fault, so a 4xx, never a 500.
            return (null, TypedResults.Problem(statusCode: e.StatusCode, title: "The request body could not be read", detail: e.Message));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large",
            detail: $"The body may be at most {MaxBytes / 1024} KB.");
}
