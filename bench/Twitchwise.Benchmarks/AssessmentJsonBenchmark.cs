using System.Buffers;
using System.Text;
using BenchmarkDotNet.Attributes;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Benchmarks;

/// <summary>
/// The JSON of one assessment of the full answer set (every question answered), and all the API computes per request.
/// A person cannot feel microseconds here: the figure to watch is bench/load's ratio against a bare endpoint (at least 0.5).
/// </summary>
[MemoryDiagnoser]
public class AssessmentJsonBenchmark
{
    private AssessmentEngine engine = null!;
    private AnswerValidator validator = null!;
    private AssessmentResult result = null!;
    private byte[] body = null!;
    private readonly ArrayBufferWriter<byte> response = new(64 * 1024);

    [GlobalSetup]
    public void Setup()
    {
        var kb = KnowledgeBase.Default;
        engine = new AssessmentEngine(kb);
        validator = new AnswerValidator(kb);
        body = Encoding.UTF8.GetBytes(AssessmentBenchmark.FullAnswers);
        result = engine.Assess(validator.ValidateJson(AssessmentBenchmark.FullAnswers).Answers!);
    }

    /// <summary>The CLI's indented JSON.</summary>
    [Benchmark(Baseline = true)]
    public string SerializeIndented() => AssessmentJson.Serialize(result);

    /// <summary>The API's compact JSON.</summary>
    [Benchmark]
    public int SerializeCompact() => AssessmentJson.SerializeCompact(result).Length;

    /// <summary>Validate the request body's bytes, as the API does.</summary>
    [Benchmark]
    public bool ValidateBody() => validator.ValidateJson(body).IsValid;

    /// <summary>
    /// Everything the API computes per request: validate the body's bytes, assess, write the result. The API writes into
    /// the response's pooled buffers; a buffer kept across iterations stands in for them.
    /// </summary>
    [Benchmark]
    public int ApiRequestWork()
    {
        response.Clear();
        AssessmentJson.WriteCompact(engine.Assess(validator.ValidateJson(body).Answers!), response);
        return response.WrittenCount;
    }
}
