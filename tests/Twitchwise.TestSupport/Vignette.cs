using System.Globalization;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Knowledge;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Twitchwise.TestSupport;

/// <summary>One case of tests/vignettes/assessment-vignettes.yaml: answers and what the assessment must say.</summary>
public sealed class Vignette
{
    public string Name { get; set; } = "";
    public Dictionary<string, object> Answers { get; set; } = [];
    public string Level { get; set; } = "";
    public List<string> Fires { get; set; } = [];
    public List<string> NotFires { get; set; } = [];
    public string? TopCause { get; set; }
    public List<string> TopCauses { get; set; } = [];
    public List<string> Likely { get; set; } = [];
    public List<string> Possible { get; set; } = [];
    public List<string> NotListed { get; set; } = [];
    public List<string> Unanswered { get; set; } = [];
    public bool NoCauses { get; set; }

    /// <summary>One line of clinical justification for the expected level (required of every case).</summary>
    public string? Why { get; set; }

    /// <summary>The sources.yaml id of the guidance the justification rests on (required of every case).</summary>
    public string? Source { get; set; }

    /// <summary>While-waiting steps that must be shown (checked once the engine fills while_waiting).</summary>
    public List<string> WhileWaiting { get; set; } = [];

    /// <summary>While-waiting steps that must not be shown, because a fired rule makes them unsafe.</summary>
    public List<string> NotWhileWaiting { get; set; } = [];

    public override string ToString() => Name;

    private static readonly Lazy<IReadOnlyList<Vignette>> All = new(Load);

    public static IReadOnlyList<Vignette> Cases => All.Value;

    public static Vignette Named(string name) => Cases.Single(v => v.Name == name);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var v in Cases)
        {
            data.Add(v.Name);
        }

        return data;
    }

    /// <summary>The answers typed by their question, as the interview or an API client would give them.</summary>
    public IReadOnlyList<KeyValuePair<string, AnswerValue>> Typed(KnowledgeBase kb) =>
        Answers.Select(a => new KeyValuePair<string, AnswerValue>(a.Key, kb.Question(a.Key).Type switch
        {
            QuestionType.Bool => new BoolAnswer(bool.Parse((string)a.Value)),
            QuestionType.Number => new NumberAnswer(double.Parse((string)a.Value, CultureInfo.InvariantCulture)),
            QuestionType.Choice => new ChoiceAnswer((string)a.Value),
            _ => new ChoicesAnswer(((List<object>)a.Value).Cast<string>().ToArray()),
        })).ToList();

    private static List<Vignette> Load()
    {
        var path = TestPaths.Repo("tests", "vignettes", "assessment-vignettes.yaml");
        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        return yaml.Deserialize<List<Vignette>>(File.ReadAllText(path));
    }
}
