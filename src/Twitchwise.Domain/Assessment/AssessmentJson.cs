using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Assessment;

// The result as the assessment contract spells it (snake_case, levels as "self_care"). The CLI, the JSON API
// and the web pages all map through here, so they cannot drift apart.

public sealed record AssessmentDto(
    TriageDto Triage,
    IReadOnlyList<CauseDto> Causes,
    IReadOnlyList<AdviceDto> Relief,
    IReadOnlyList<AdviceDto> Prevention,
    IReadOnlyList<WarningSignDto> WatchFor,
    IReadOnlyList<string> UnansweredRedFlags,
    IReadOnlyList<SourceDto> Sources,
    string KnowledgeVersion,
    string Disclaimer);

public sealed record TriageDto(string Level, string Label, string Action, IReadOnlyList<ReasonDto> Reasons);

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

public sealed record WarningSignDto(string Id, string Level, string Text, IReadOnlyList<string> Sources);

public sealed record SourceDto(string Id, string Kind, string Title, string? File);

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
        new TriageDto(LevelId(r.Triage.Level), r.Triage.Label, r.Triage.Action, r.Triage.Reasons.Select(ToDto).ToList()),
        r.Causes.Select(c => new CauseDto(c.Id, c.Name, c.Summary, LikelihoodId(c.Likelihood), c.Score,
            c.Because.Select(ToDto).ToList(), c.Against.Select(ToDto).ToList(), c.Sources)).ToList(),
        r.Relief.Select(ToDto).ToList(),
        r.Prevention.Select(ToDto).ToList(),
        r.WatchFor.Select(ToDto).ToList(),
        r.UnansweredRedFlags,
        r.Sources.Select(ToDto).ToList(),
        r.KnowledgeVersion,
        Disclaimer);

    public static string Serialize(AssessmentResult result) => JsonSerializer.Serialize(result.ToDto(), Options);

    /// <summary>The contract's input form of an answer set: <c>{"answers": {...}}</c>, known answers only.</summary>
    public static string SerializeAnswers(AnswerSet answers)
    {
        var map = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (id, value) in answers.Known())
        {
            map[id] = value switch
            {
                BoolAnswer b => b.Value,
                NumberAnswer n => n.Value,
                ChoiceAnswer c => c.Option,
                ChoicesAnswer s => s.Options,
                _ => value.ToString()!,
            };
        }

        return JsonSerializer.Serialize(new { answers = map }, Options);
    }

    /// <summary>
    /// Writes <paramref name="result"/> as compact JSON (no indentation): the same document as <see cref="Serialize"/>
    /// without the whitespace, for the API's hot path.
    /// </summary>
    /// <remarks>
    /// The engine shares its reasons, findings, advice steps, warning-sign lists and sources between assessments, so
    /// each of them is encoded once, through its DTO and the contract's serializer settings, and kept beside the object
    /// (a weak table: it goes when the object goes). Only what differs per assessment - the level, the ranking, the
    /// scores and the unanswered red flags - is written here.
    /// </remarks>
    public static void WriteTo(IBufferWriter<byte> output, AssessmentResult result)
    {
        using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartObject();

        json.WriteStartObject(Names.Triage);
        json.WriteString(Names.Level, LevelId(result.Triage.Level));
        json.WriteString(Names.Label, result.Triage.Label);
        json.WriteString(Names.Action, result.Triage.Action);
        WriteFragments(json, Names.Reasons, result.Triage.Reasons);
        json.WriteEndObject();

        json.WriteStartArray(Names.Causes);
        foreach (var cause in result.Causes)
        {
            json.WriteStartObject();
            // A cause's texts and source list come from the knowledge base unchanged: encoded once like the rest.
            WriteFragment(json, Names.Id, cause.Id);
            WriteFragment(json, Names.Name, cause.Name);
            WriteFragment(json, Names.Summary, cause.Summary);
            json.WriteString(Names.Likelihood, LikelihoodId(cause.Likelihood));
            json.WriteNumber(Names.Score, cause.Score);
            WriteFragments(json, Names.Because, cause.Because);
            WriteFragments(json, Names.Against, cause.Against);
            WriteFragment(json, Names.Sources, cause.Sources);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteFragments(json, Names.Relief, result.Relief);
        WriteFragments(json, Names.Prevention, result.Prevention);
        WriteFragment(json, Names.WatchFor, result.WatchFor);
        WriteStrings(json, Names.UnansweredRedFlags, result.UnansweredRedFlags);
        WriteFragments(json, Names.Sources, result.Sources);
        json.WriteString(Names.KnowledgeVersion, result.KnowledgeVersion);
        json.WriteString(Names.Disclaimer, EncodedDisclaimer);
        json.WriteEndObject();
    }

    private static readonly JsonSerializerOptions CompactOptions = new(Options) { WriteIndented = false };

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = Options.Encoder, SkipValidation = true };

    private static readonly JsonEncodedText EncodedDisclaimer = JsonEncodedText.Encode(Disclaimer, Options.Encoder);

    // The compact JSON of each shared piece of a result, made on first use.
    private static readonly ConditionalWeakTable<object, byte[]> Fragments = new();

    private static byte[] Fragment(object piece) => Fragments.GetValue(piece, static p => p switch
    {
        string text => JsonSerializer.SerializeToUtf8Bytes(text, CompactOptions),
        IReadOnlyList<string> ids => JsonSerializer.SerializeToUtf8Bytes(ids, CompactOptions),
        TriageReason r => JsonSerializer.SerializeToUtf8Bytes(ToDto(r), CompactOptions),
        Finding f => JsonSerializer.SerializeToUtf8Bytes(ToDto(f), CompactOptions),
        AdviceStep a => JsonSerializer.SerializeToUtf8Bytes(ToDto(a), CompactOptions),
        Source s => JsonSerializer.SerializeToUtf8Bytes(ToDto(s), CompactOptions),
        IReadOnlyList<WarningSign> w => JsonSerializer.SerializeToUtf8Bytes(w.Select(ToDto).ToList(), CompactOptions),
        _ => throw new ArgumentException($"no JSON form for {p.GetType().Name}", nameof(piece)),
    });

    private static void WriteFragment(Utf8JsonWriter json, JsonEncodedText name, object piece)
    {
        json.WritePropertyName(name);
        json.WriteRawValue(Fragment(piece), skipInputValidation: true);
    }

    private static void WriteFragments<T>(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<T> pieces)
        where T : class
    {
        json.WriteStartArray(name);
        foreach (var piece in pieces)
        {
            json.WriteRawValue(Fragment(piece), skipInputValidation: true);
        }

        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static string LikelihoodId(Likelihood likelihood) => likelihood == Likelihood.Likely ? "likely" : "possible";

    private static ReasonDto ToDto(TriageReason r) => new(r.Id, LevelId(r.Level), r.Title, r.Text, r.Answers, r.Sources);

    private static FindingDto ToDto(Finding f) => new(f.Answer, f.Answers, f.Text);

    private static AdviceDto ToDto(AdviceStep a) => new(a.Id, a.Text, a.Causes, a.Evidence, a.Sources);

    private static WarningSignDto ToDto(WarningSign w) => new(w.Id, LevelId(w.Level), w.Text, w.Sources);

    private static SourceDto ToDto(Source s) => new(s.Id, s.Kind, s.Title, s.File);

    /// <summary>Property names as the serializer spells them, taken from the DTOs so the two writers cannot disagree.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Triage = Of(nameof(AssessmentDto.Triage));
        public static readonly JsonEncodedText Level = Of(nameof(TriageDto.Level));
        public static readonly JsonEncodedText Label = Of(nameof(TriageDto.Label));
        public static readonly JsonEncodedText Action = Of(nameof(TriageDto.Action));
        public static readonly JsonEncodedText Reasons = Of(nameof(TriageDto.Reasons));
        public static readonly JsonEncodedText Causes = Of(nameof(AssessmentDto.Causes));
        public static readonly JsonEncodedText Id = Of(nameof(CauseDto.Id));
        public static readonly JsonEncodedText Name = Of(nameof(CauseDto.Name));
        public static readonly JsonEncodedText Summary = Of(nameof(CauseDto.Summary));
        public static readonly JsonEncodedText Likelihood = Of(nameof(CauseDto.Likelihood));
        public static readonly JsonEncodedText Score = Of(nameof(CauseDto.Score));
        public static readonly JsonEncodedText Because = Of(nameof(CauseDto.Because));
        public static readonly JsonEncodedText Against = Of(nameof(CauseDto.Against));
        public static readonly JsonEncodedText Sources = Of(nameof(CauseDto.Sources));
        public static readonly JsonEncodedText Relief = Of(nameof(AssessmentDto.Relief));
        public static readonly JsonEncodedText Prevention = Of(nameof(AssessmentDto.Prevention));
        public static readonly JsonEncodedText WatchFor = Of(nameof(AssessmentDto.WatchFor));
        public static readonly JsonEncodedText UnansweredRedFlags = Of(nameof(AssessmentDto.UnansweredRedFlags));
        public static readonly JsonEncodedText KnowledgeVersion = Of(nameof(AssessmentDto.KnowledgeVersion));
        public static readonly JsonEncodedText Disclaimer = Of(nameof(AssessmentDto.Disclaimer));

        private static JsonEncodedText Of(string property) => JsonEncodedText.Encode(Options.PropertyNamingPolicy!.ConvertName(property));
    }
}
