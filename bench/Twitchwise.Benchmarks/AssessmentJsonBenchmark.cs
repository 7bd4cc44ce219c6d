using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Benchmarks;

/// <summary>
/// The JSON of one assessment of the full answer set (every question answered), and all the API computes per request.
/// Target: <see cref="ApiRequestWork"/> under 20 microseconds, so that the API keeps 70% of a bare endpoint's throughput.
/// </summary>
[MemoryDiagnoser]
public class AssessmentJsonBenchmark
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    private readonly ArrayBufferWriter<byte> output = new(64 * 1024);
    private AssessmentEngine engine = null!;
    private AnswerValidator validator = null!;
    private AssessmentResult result = null!;
    private byte[] body = null!;

    [GlobalSetup]
    public void Setup()
    {
        var kb = KnowledgeBase.Default;
        engine = new AssessmentEngine(kb);
        validator = new AnswerValidator(kb);
        body = Encoding.UTF8.GetBytes(AssessmentBenchmark.FullAnswers);
        result = engine.Assess(validator.ValidateJson(AssessmentBenchmark.FullAnswers).Answers!);
    }

    /// <summary>The CLI's indented JSON through the DTOs (what the API sent before it had its own writer).</summary>
    [Benchmark(Baseline = true)]
    public string SerializeIndented() => AssessmentJson.Serialize(result);

    /// <summary>The API's compact JSON: shared pieces as pre-encoded fragments.</summary>
    [Benchmark]
    public int WriteCompact()
    {
        output.ResetWrittenCount();
        AssessmentJson.WriteTo(output, result);
        return output.WrittenCount;
    }

    /// <summary>Validate the request body's bytes, as the API does: the usual valid body is read in one pass.</summary>
    [Benchmark]
    public bool ValidateBody() => validator.ValidateJson(body).IsValid;

    /// <summary>The same through a parsed document: the path every body that is not plainly valid takes.</summary>
    [Benchmark]
    public bool ValidateBodyDocument()
    {
        using var document = JsonDocument.Parse(body, DocumentOptions);
        return validator.ValidateJson(document.RootElement).IsValid;
    }

    /// <summary>Everything the API computes per request: validate the body's bytes, assess, write the result.</summary>
    [Benchmark]
    public int ApiRequestWork()
    {
        output.ResetWrittenCount();
        AssessmentJson.WriteTo(output, engine.Assess(validator.ValidateJson(body).Answers!));
        return output.WrittenCount;
    }
}
