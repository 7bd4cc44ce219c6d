using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Assessment;

// The result as the assessment contract spells it (snake_case, levels as "self_care"). The CLI, the JSON API
// and the web pages all map through here, so they cannot drift apart.

/// <param name="Subject">
/// Who the result is about when it is not the person using Twitchwise ("my husband"); left out when it is their own, so a
/// result for "I" is exactly what it was before the field existed.
/// </param>
public sealed record AssessmentDto(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Subject,
    TriageDto Triage,
    IReadOnlyList<CauseDto> Causes,
    IReadOnlyList<AdviceDto> Relief,
    IReadOnlyList<AdviceDto> Prevention,
    IReadOnlyList<AdviceDto> WhileWaiting,
    IReadOnlyList<WithheldDto> Withheld,
    IReadOnlyList<WarningSignDto> WatchFor,
    IReadOnlyList<string> UnansweredRedFlags,
    IReadOnlyList<string> NextQuestions,
    IReadOnlyList<SourceDto> Sources,
    string KnowledgeVersion,
    string Disclaimer);

public sealed record TriageDto(
    string Level,
    string Label,
    string Action,
    bool Complete,
    string? Call,
    IReadOnlyList<ReasonDto> Reasons,
    IReadOnlyList<SuspicionDto> Suspected);

/// <summary>A more urgent rule the answers point towards; <c>questions</c> would settle it.</summary>
public sealed record SuspicionDto(
    string Id,
    string Level,
    string Title,
    string Text,
    IReadOnlyList<string> Answers,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Sources);

public sealed record ReasonDto(string Id, string Level, string Title, string Text, IReadOnlyList<string> Answers, IReadOnlyList<string> Sources);

public sealed record CauseDto(
    string Id,
    string Name,
    string Summary,
    string Likelihood,
    double Score,
    IReadOnlyList<FindingDto> Because,
    IReadOnlyList<FindingDto> Against,
    IReadOnlyList<string> Sources);

public sealed record FindingDto(string Answer, IReadOnlyList<string> Answers, string Text);

public sealed record AdviceDto(string Id, string Text, IReadOnlyList<string> Causes, string? Evidence, IReadOnlyList<string> Sources);

public sealed record WithheldDto(string Id, string Text, string Reason);

public sealed record WarningSignDto(string Id, string Level, string Text, IReadOnlyList<string> Sources);

public sealed record SourceDto(string Id, string Kind, string Title, string? File);

/// <summary>
/// Compile-time JSON metadata and serialization code for the contract's shapes (System.Text.Json source generation), with
/// the contract's property names.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(AssessmentDto))]
[JsonSerializable(typeof(Dictionary<string, Dictionary<string, object?>>))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(Intake.IntakeDto))]
[JsonSerializable(typeof(Journal.InsightsDto))]
[JsonSerializable(typeof(Plans.PlanDto))]
internal sealed partial class ContractJsonContext : JsonSerializerContext;

public static class AssessmentJson
{
    public const string Disclaimer =
        "Twitchwise gives general self-care information, not a diagnosis. If you are worried, or symptoms change, contact a doctor; in an emergency call your local emergency number.";

    /// <summary>The one-line reminder that ends every text result.</summary>
    public const string Reminder = "Not a diagnosis: see a doctor if you are worried or it changes; in an emergency call your local emergency number.";

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Health text is full of apostrophes and "<" signs; keep them readable, the output is not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string LevelId(TriageLevel level) => KnowledgeEntries.LevelId(level);

    public static AssessmentDto ToDto(this AssessmentResult r) => new(
        r.Subject,
        new TriageDto(LevelId(r.Triage.Level), r.Triage.Label, r.Triage.Action, r.Triage.Complete, r.Triage.Call,
            [.. r.Triage.Reasons.Select(ToDto)],
            [.. r.Triage.Suspected.Select(ToDto)]),
        [.. r.Causes.Select(ToDto)],
        [.. r.Relief.Select(ToDto)],
        [.. r.Prevention.Select(ToDto)],
        [.. r.WhileWaiting.Select(ToDto)],
        [.. r.Withheld.Select(w => new WithheldDto(w.Id, w.Text, w.Reason))],
        [.. r.WatchFor.Select(ToDto)],
        r.UnansweredRedFlags,
        r.NextQuestions,
        [.. r.Sources.Select(ToDto)],
        r.KnowledgeVersion,
        Disclaimer);

    /// <summary>The result as the contract's JSON, indented for people.</summary>
    public static string Serialize(AssessmentResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        Write(result, buffer, indented: true);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The result as compact JSON, as the API sends it.</summary>
    public static byte[] SerializeCompact(AssessmentResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        WriteCompact(result, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The result as compact JSON into <paramref name="output"/>: the API writes it straight into the response.</summary>
    public static void WriteCompact(AssessmentResult result, IBufferWriter<byte> output) => Write(result, output, indented: false);

    /// <summary>
    /// Writes the result with the code the source generator made for the DTOs (its fast path, about a third cheaper than
    /// walking their metadata). <see cref="JsonSerializer"/> takes that path itself only for options without a custom
    /// encoder, and ours keeps apostrophes and "&lt;" readable; here the writer carries that encoder, so every value is
    /// escaped as before, and the property names are plain ASCII, which every encoder writes alike: the same bytes as
    /// <c>JsonSerializer</c> with <see cref="Options"/>.
    /// </summary>
    private static void Write(AssessmentResult result, IBufferWriter<byte> output, bool indented)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = Options.Encoder, Indented = indented });
        ContractJsonContext.Default.AssessmentDto.SerializeHandler!(writer, result.ToDto());
    }

    /// <summary>The contract's input form of an answer set: <c>{"answers": {...}}</c>, with null for "asked, not sure".</summary>
    public static string SerializeAnswers(AnswerSet answers)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (id, value) in answers.Asked())
        {
            map[id] = value switch
            {
                BoolAnswer b => b.Value,
                NumberAnswer n => n.Value,
                ChoiceAnswer c => c.Option,
                ChoicesAnswer s => s.Options,
                _ => null,
            };
        }

        return JsonSerializer.Serialize(new Dictionary<string, Dictionary<string, object?>> { ["answers"] = map }, Contract.DictionaryStringDictionaryStringObject);
    }

    /// <summary>
    /// The generated metadata with <see cref="Options"/>: what the domain's <c>Serialize</c> methods write with, so that
    /// they need no reflection (the domain is built with the trimming and AOT analyzers, decision 0019) and write what <see cref="Options"/> writes.
    /// </summary>
    internal static readonly ContractJsonContext Contract = new(new JsonSerializerOptions(Options));

    private static string LikelihoodId(Likelihood likelihood) => likelihood == Likelihood.Likely ? "likely" : "possible";

    private static ReasonDto ToDto(TriageReason r) => new(r.Id, LevelId(r.Level), r.Title, r.Text, r.Answers, r.Sources);

    private static SuspicionDto ToDto(Suspicion s) => new(s.Id, LevelId(s.Level), s.Title, s.Text, s.Answers, s.Questions, s.Sources);

    private static CauseDto ToDto(RankedCause c) => new(c.Id, c.Name, c.Summary, LikelihoodId(c.Likelihood), c.Score,
        c.Because.Select(ToDto).ToList(), c.Against.Select(ToDto).ToList(), c.Sources);

    private static FindingDto ToDto(Finding f) => new(f.Answer, f.Answers, f.Text);

    private static AdviceDto ToDto(AdviceStep a) => new(a.Id, a.Text, a.Causes, a.Evidence, a.Sources);

    private static WarningSignDto ToDto(WarningSign w) => new(w.Id, LevelId(w.Level), w.Text, w.Sources);

    private static SourceDto ToDto(Source s) => new(s.Id, s.Kind, s.Title, s.File);
}
