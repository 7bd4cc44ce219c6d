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

    /// <summary>Parse and validate the request body's bytes: the API's input side.</summary>
    [Benchmark]
    public bool ValidateBody()
    {
        using var document = JsonDocument.Parse(body, DocumentOptions);
        return validator.ValidateJson(document.RootElement).IsValid;
    }

    /// <summary>Everything the API computes per request: parse and validate the body, assess, write the result.</summary>
    [Benchmark]
    public int ApiRequestWork()
    {
        AnswerSet answers;
        using (var document = JsonDocument.Parse(body, DocumentOptions))
        {
            answers = validator.ValidateJson(document.RootElement).Answers!;
        }

        output.ResetWrittenCount();
        AssessmentJson.WriteTo(output, engine.Assess(answers));
        return output.WrittenCount;
    }
}
