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
        r.Causes.Select(ToDto).ToList(),
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
    /// Writes <paramref name="result"/> as compact JSON (no indentation): byte for byte the contract's serializer
    /// without the indentation, the same document as <see cref="Serialize"/>, for the API's hot path.
    /// </summary>
    /// <remarks>
    /// The engine shares its ranked causes (score included), reasons, advice steps, warning-sign lists and sources
    /// between assessments, and every text comes from the knowledge base unchanged. So each of them is encoded once,
    /// through the contract's serializer settings, and kept beside the object (a weak table: it goes when the object
    /// goes, as the odd ranked cause built for one assessment does); an assessment is then copies of those fragments
    /// between fixed punctuation. Property names are spelled out here; the domain tests check the output against the
    /// serializer for every vignette and for random answers.
    /// </remarks>
    public static void WriteTo(IBufferWriter<byte> output, AssessmentResult result)
    {
        var json = new FragmentWriter(output);
        var triage = result.Triage;
        json.Write("{\"triage\":{\"level\":"u8, LevelId(triage.Level));
        json.Write(",\"label\":"u8, triage.Label);
        json.Write(",\"action\":"u8, triage.Action);
        json.WriteList(",\"reasons\":"u8, triage.Reasons);
        json.WriteList("},\"causes\":"u8, result.Causes);
        json.WriteList(",\"relief\":"u8, result.Relief);
        json.WriteList(",\"prevention\":"u8, result.Prevention);
        json.Write(",\"watch_for\":"u8, result.WatchFor);
        json.WriteList(",\"unanswered_red_flags\":"u8, result.UnansweredRedFlags);
        json.WriteList(",\"sources\":"u8, result.Sources);
        json.Write(",\"knowledge_version\":"u8, result.KnowledgeVersion);
        json.Write(",\"disclaimer\":"u8, Disclaimer);
        json.Write("}"u8);
        json.Flush();
    }

    private static readonly JsonSerializerOptions CompactOptions = new(Options) { WriteIndented = false };

    // The compact JSON of each shared piece of a result, made on first use.
    private static readonly ConditionalWeakTable<object, byte[]> Fragments = new();

    private static byte[] Fragment(object piece) => Fragments.GetValue(piece, static p => p switch
    {
        string text => JsonSerializer.SerializeToUtf8Bytes(text, CompactOptions),
        IReadOnlyList<string> ids => JsonSerializer.SerializeToUtf8Bytes(ids, CompactOptions),
        TriageReason r => JsonSerializer.SerializeToUtf8Bytes(ToDto(r), CompactOptions),
        RankedCause c => JsonSerializer.SerializeToUtf8Bytes(ToDto(c), CompactOptions),
        Finding f => JsonSerializer.SerializeToUtf8Bytes(ToDto(f), CompactOptions),
        AdviceStep a => JsonSerializer.SerializeToUtf8Bytes(ToDto(a), CompactOptions),
        Source s => JsonSerializer.SerializeToUtf8Bytes(ToDto(s), CompactOptions),
        IReadOnlyList<WarningSign> w => JsonSerializer.SerializeToUtf8Bytes(w.Select(ToDto).ToList(), CompactOptions),
        _ => throw new ArgumentException($"no JSON form for {p.GetType().Name}", nameof(piece)),
    });

    /// <summary>
    /// Copies bytes into the output's own buffer, asking it for more only when that is full: a general JSON writer's
    /// bookkeeping per call cost more than the copying itself here.
    /// </summary>
    private ref struct FragmentWriter(IBufferWriter<byte> output)
    {
        private const int ChunkSize = 4096;
        private Span<byte> buffer;
        private int used;

        public void Write(ReadOnlySpan<byte> utf8)
        {
            if (utf8.Length > buffer.Length - used)
            {
                Next(utf8.Length);
            }

            utf8.CopyTo(buffer[used..]);
            used += utf8.Length;
        }

        /// <summary>JSON punctuation and a property name, then the piece's encoded JSON.</summary>
        public void Write(ReadOnlySpan<byte> before, object piece)
        {
            Write(before);
            Write(Fragment(piece));
        }

        public void WriteList<T>(ReadOnlySpan<byte> before, IReadOnlyList<T> pieces)
            where T : class
        {
            Write(before);
            Write("["u8);
            for (var i = 0; i < pieces.Count; i++)
            {
                if (i > 0)
                {
                    Write(","u8);
                }

                Write(Fragment(pieces[i]));
            }

            Write("]"u8);
        }

        public void Flush()
        {
            // Nothing asked for yet means nothing to advance: a pipe refuses Advance before GetSpan.
            if (used > 0)
            {
                output.Advance(used);
            }

            used = 0;
            buffer = default;
        }

        private void Next(int atLeast)
        {
            Flush();
            buffer = output.GetSpan(Math.Max(atLeast, ChunkSize));
        }
    }

    private static string LikelihoodId(Likelihood likelihood) => likelihood == Likelihood.Likely ? "likely" : "possible";

    private static ReasonDto ToDto(TriageReason r) => new(r.Id, LevelId(r.Level), r.Title, r.Text, r.Answers, r.Sources);

    private static CauseDto ToDto(RankedCause c) => new(c.Id, c.Name, c.Summary, LikelihoodId(c.Likelihood), c.Score,
        c.Because.Select(ToDto).ToList(), c.Against.Select(ToDto).ToList(), c.Sources);

    private static FindingDto ToDto(Finding f) => new(f.Answer, f.Answers, f.Text);

    private static AdviceDto ToDto(AdviceStep a) => new(a.Id, a.Text, a.Causes, a.Evidence, a.Sources);

    private static WarningSignDto ToDto(WarningSign w) => new(w.Id, LevelId(w.Level), w.Text, w.Sources);

    private static SourceDto ToDto(Source s) => new(s.Id, s.Kind, s.Title, s.File);
}
