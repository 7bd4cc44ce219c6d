using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Twitchwise.Domain.Knowledge;
using Xunit.Abstractions;

namespace Twitchwise.Web.Tests.Api;

/// <summary>
/// Posts random and malformed bodies with random content types: whatever a client sends, the answer is a 2xx or a
/// 4xx problem, never a 5xx. The seed is printed, so a failure can be replayed.
/// </summary>
public sealed class FuzzTests(WebApplicationFactory<Program> factory, ITestOutputHelper output) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json", "application/json", "application/json; charset=utf-8", "application/problem+json",
        "application/json; charset=utf-16", "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/json; charset=\"",
        "json", "", ";;;", "application/json, text/plain",
    ];

    private static readonly string[] Values =
    [
        "true", "false", "null", "0", "-1", "5", "10", "11", "1e400", "-1e400", "1e-400", "0.5", "86401", "-0", "1.7976931348623157e308",
        "\"spasm\"", "\"twitch\"", "\"\"", "\"yes\"", "\"\\u0000\"", "\"\\ud800\"", "[]", "[\"calf\"]", "[\"calf\", \"calf\"]", "[null]", "[1]",
        "[[\"calf\"]]", "{}", "{\"a\": 1}", "\"calf\"", "NaN", "Infinity", "01", "1.", ".5", "tru", "\"unterminated",
    ];

    [Fact]
    public async Task Api_TenThousandRandomAndMalformedBodies_NeverAnswers5xx()
    {
        var seed = Environment.GetEnvironmentVariable("FUZZ_SEED") is { } s ? int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : 20_260_611;
        output.WriteLine($"fuzz seed {seed} (set FUZZ_SEED to replay)");
        var random = new Random(seed);
        var ids = KnowledgeBase.Default.Questions.Select(q => q.Id).ToArray();
        var cases = Enumerable.Range(0, 12_000).Select(i => (Path: i < 10_000 ? "/api/v1/assessments" : "/api/v1/intake", Body: Body(random, ids), ContentType: ContentTypes[random.Next(ContentTypes.Length)])).ToList();
        using var client = factory.CreateClient();
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();

        foreach (var batch in cases.Chunk(8))
        {
            var responses = await Task.WhenAll(batch.Select(c => Send(client, c.Path, c.Body, c.ContentType)));
            foreach (var ((path, body, contentType), status) in batch.Zip(responses))
            {
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                if (status >= 500)
                {
                    failures.Add($"{status} for {path} ({contentType}): {Encoding.UTF8.GetString(body[..Math.Min(body.Length, 200)])}");
                }
            }
        }

        output.WriteLine(string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(10)));
        Assert.Equal(cases.Count, statuses.Values.Sum());
        // The mix must reach every outcome, or it is not testing much.
        Assert.All(new[] { 200, 400, 413, 415 }, code => Assert.True(statuses.ContainsKey(code), $"no {code} among the responses"));
    }

    private static async Task<int> Send(HttpClient client, string path, byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var response = await client.PostAsync(path, content);
        return (int)response.StatusCode;
    }

    private static byte[] Body(Random random, string[] ids) => random.Next(10) switch
    {
        0 => RandomBytes(random, random.Next(0, 400)),
        1 => Encoding.UTF8.GetBytes(RandomText(random, random.Next(0, 200))),
        2 or 3 => Mutate(random, Encoding.UTF8.GetBytes(RandomAnswers(random, ids))),
        4 => Encoding.UTF8.GetBytes(Nested(random, random.Next(1, 40))),
        5 => Encoding.UTF8.GetBytes(random.Next(3) == 0 ? JsonSerializer.Serialize(new { text = RandomText(random, random.Next(0, 300)) }) : "{\"text\": " + Values[random.Next(Values.Length)] + "}"),
        6 when random.Next(8) == 0 => Encoding.UTF8.GetBytes("{\"answers\": {\"episode.kind\": \"spasm\"}}" + new string(' ', random.Next(60_000, 70_000))),
        _ => Encoding.UTF8.GetBytes(RandomAnswers(random, ids)),
    };

    private static string RandomAnswers(Random random, string[] ids)
    {
        var pairs = Enumerable.Range(0, random.Next(0, 12)).Select(_ =>
        {
            var id = random.Next(8) == 0 ? RandomText(random, random.Next(1, 20)).Replace("\"", "") : ids[random.Next(ids.Length)];
            return $"\"{id}\": {Values[random.Next(Values.Length)]}";
        });
        var extra = random.Next(6) == 0 ? ", \"extra\": 1" : "";
        return $"{{\"answers\": {{{string.Join(", ", pairs)}}}{extra}}}";
    }

    private static string Nested(Random random, int depth)
    {
        var open = string.Concat(Enumerable.Range(0, depth).Select(_ => random.Next(2) == 0 ? "[" : "{\"answers\":"));
        return open + Values[random.Next(Values.Length)];
    }

    private static byte[] Mutate(Random random, byte[] bytes)
    {
        var list = bytes.ToList();
        for (var i = random.Next(1, 6); i > 0 && list.Count > 0; i--)
        {
            var at = random.Next(list.Count);
            switch (random.Next(4))
            {
                case 0: list[at] ^= (byte)(1 << random.Next(8)); break;
                case 1: list.RemoveAt(at); break;
                case 2: list.Insert(at, (byte)random.Next(256)); break;
                default: list.RemoveRange(at, list.Count - at); break;
            }
        }

        return [.. list];
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string RandomText(Random random, int length) =>
        new(Enumerable.Range(0, length).Select(_ => (char)random.Next(0x20, 0x250)).ToArray());
}
