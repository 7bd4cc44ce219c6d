using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Twitchwise.Domain.Tests.Vignettes;

/// <summary>One case of tests/vignettes/advice-vignettes.yaml: a person, and the steps they must and must not be shown.</summary>
public sealed class AdviceVignette
{
    public string Name { get; set; } = "";
    public Dictionary<string, object> Answers { get; set; } = [];
    public List<string> Shows { get; set; } = [];
    public List<string> NotShows { get; set; } = [];
    public string Why { get; set; } = "";
    public string Source { get; set; } = "";

    public override string ToString() => Name;

    private static readonly Lazy<IReadOnlyList<AdviceVignette>> All = new(() =>
        new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<List<AdviceVignette>>(File.ReadAllText(TestPaths.Repo("tests", "vignettes", "advice-vignettes.yaml"))));

    public static IReadOnlyList<AdviceVignette> Cases => All.Value;

    public static AdviceVignette Named(string name) => Cases.Single(v => v.Name == name);
}

/// <summary>Advice never reaches a person it could harm, and the steps that must be there are there.</summary>
public sealed class AdviceVignetteTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;
    private static readonly AssessmentEngine Engine = new(Kb);
    private static readonly AnswerValidator Validator = new(Kb);

    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var v in AdviceVignette.Cases)
            {
                data.Add(v.Name);
            }

            return data;
        }
    }

    /// <summary>
    /// The ids shown to the person: relief and prevention, and the while-waiting steps once the result carries them
    /// (read by name so this compiles before and after the engine that fills them).
    /// </summary>
    private static List<string> Shown(AssessmentResult result)
    {
        var waiting = result.WhileWaiting;
        return [.. result.Relief.Concat(result.Prevention).Concat(waiting).Select(s => s.Id)];
    }

    [Fact]
    public void Suite_EveryWithheldStep_HasACaseHidingItAndACaseShowingIt()
    {
        var shown = AdviceVignette.Cases.SelectMany(v => v.Shows).ToHashSet();
        var hidden = AdviceVignette.Cases.SelectMany(v => v.NotShows).ToHashSet();
        var guarded = Kb.Advice.Where(a => a.WithholdWhen is not null && a.Kind != AdviceKind.WhileWaiting).Select(a => a.Id).ToList();
        Assert.All(guarded, id => Assert.True(shown.Contains(id) && hidden.Contains(id), $"{id}: needs a case that shows it and one that hides it"));
        // Every step id a case names exists, and every case says why and on what authority.
        var ids = Kb.Advice.Select(a => a.Id).ToHashSet();
        Assert.All(AdviceVignette.Cases, v =>
        {
            Assert.All(v.Shows.Concat(v.NotShows), id => Assert.True(ids.Contains(id), $"{v.Name}: unknown step {id}"));
            Assert.True(v.Why.Length > 0 && Kb.TryGetSource(v.Source, out _), $"{v.Name}: needs why and a known source");
        });
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Assess_AdviceVignette_ShowsWhatHelpsAndHoldsBackWhatHarms(string name)
    {
        var v = AdviceVignette.Named(name);
        var validation = Validator.Validate(new Vignette { Answers = v.Answers }.Typed(Kb));
        Assert.True(validation.IsValid, string.Join("; ", validation.Problems));
        var shown = Shown(Engine.Assess(validation.Answers!));

        Assert.All(v.Shows, id => Assert.True(shown.Contains(id), $"{id} must be shown ({v.Why})"));
        Assert.All(v.NotShows, id => Assert.False(shown.Contains(id), $"{id} must not be shown: {v.Why}"));
    }
}
