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
        new TriageDto(LevelId(r.Triage.Level), r.Triage.Label, r.Triage.Action,
            r.Triage.Reasons.Select(x => new ReasonDto(x.Id, LevelId(x.Level), x.Title, x.Text, x.Answers, x.Sources)).ToList()),
        r.Causes.Select(c => new CauseDto(c.Id, c.Name, c.Summary, c.Likelihood == Likelihood.Likely ? "likely" : "possible", c.Score,
            c.Because.Select(ToDto).ToList(), c.Against.Select(ToDto).ToList(), c.Sources)).ToList(),
        r.Relief.Select(ToDto).ToList(),
        r.Prevention.Select(ToDto).ToList(),
        r.WatchFor.Select(w => new WarningSignDto(w.Id, LevelId(w.Level), w.Text, w.Sources)).ToList(),
        r.UnansweredRedFlags,
        r.Sources.Select(s => new SourceDto(s.Id, s.Kind, s.Title, s.File)).ToList(),
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

    private static FindingDto ToDto(Finding f) => new(f.Answer, f.Answers, f.Text);

    private static AdviceDto ToDto(AdviceStep a) => new(a.Id, a.Text, a.Causes, a.Evidence, a.Sources);
}
