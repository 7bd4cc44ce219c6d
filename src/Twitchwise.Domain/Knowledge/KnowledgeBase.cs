using System.Diagnostics.CodeAnalysis;

namespace Twitchwise.Domain.Knowledge;

/// <summary>The validated knowledge base: questions, triage rules, causes, advice and their sources.</summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Embedded = new(KnowledgeLoader.LoadEmbedded);

    private readonly Dictionary<string, Question> questionsById;
    private readonly Dictionary<string, Question>.AlternateLookup<ReadOnlySpan<char>> questionsBySpan;
    private readonly Dictionary<string, Source> sourcesById;

    internal KnowledgeBase(
        string version,
        IReadOnlyList<Source> sources,
        IReadOnlyList<QuestionGroup> groups,
        IReadOnlyList<Question> questions,
        IReadOnlyList<LevelGuidance> levels,
        IReadOnlyDictionary<string, Condition> namedConditions,
        IReadOnlyList<TriageRule> rules,
        IReadOnlyList<SafetyNet> safetyNet,
        IReadOnlyList<Cause> causes,
        IReadOnlyList<Advice> advice,
        IReadOnlyList<AdviceAction> actions,
        IReadOnlyList<CoverageItem> coverage)
    {
        Version = version;
        Sources = sources;
        Groups = groups;
        Questions = questions;
        Levels = levels;
        NamedConditions = namedConditions;
        Rules = rules;
        SafetyNet = safetyNet;
        Causes = causes;
        Advice = advice;
        Actions = actions;
        Coverage = coverage;
        questionsById = questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        questionsBySpan = questionsById.GetAlternateLookup<ReadOnlySpan<char>>();
        sourcesById = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>The knowledge base shipped in this build, loaded and validated once.</summary>
    public static KnowledgeBase Default => Embedded.Value;

    /// <summary>"kb-" and the first 12 hex digits of the SHA-256 of the knowledge files: names exactly this content.</summary>
    public string Version { get; }

    public IReadOnlyList<Source> Sources { get; }

    public IReadOnlyList<QuestionGroup> Groups { get; }

    public IReadOnlyList<Question> Questions { get; }

    public IReadOnlyList<LevelGuidance> Levels { get; }

    public IReadOnlyDictionary<string, Condition> NamedConditions { get; }

    public IReadOnlyList<TriageRule> Rules { get; }

    public IReadOnlyList<SafetyNet> SafetyNet { get; }

    public IReadOnlyList<Cause> Causes { get; }

    public IReadOnlyList<Advice> Advice { get; }

    /// <summary>The kinds of action advice can ask for, which rules may forbid.</summary>
    public IReadOnlyList<AdviceAction> Actions { get; }

    public IReadOnlyList<CoverageItem> Coverage { get; }

    public IEnumerable<Question> RedFlags => Questions.Where(q => q.RedFlag);

    public bool TryGetQuestion(string id, [NotNullWhen(true)] out Question? question) => questionsById.TryGetValue(id, out question);

    /// <summary>The same lookup for an id that is not a string yet (a JSON property name), so none is made for it.</summary>
    public bool TryGetQuestion(ReadOnlySpan<char> id, [NotNullWhen(true)] out Question? question) => questionsBySpan.TryGetValue(id, out question);

    public Question Question(string id) => questionsById[id];

    public bool TryGetSource(string id, [NotNullWhen(true)] out Source? source) => sourcesById.TryGetValue(id, out source);

    public LevelGuidance Guidance(TriageLevel level) => Levels.First(l => l.Level == level);
}
