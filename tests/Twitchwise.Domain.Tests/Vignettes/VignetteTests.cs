using System.Text.Json;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Tests.Vignettes;

public sealed class VignetteTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;
    private static readonly AssessmentEngine Engine = new(Kb);

    public static TheoryData<string> Names => Vignette.Names();

    [Fact]
    public void Suite_CoversEveryTriageRule_FiringAndNotFiring()
    {
        var fired = Vignette.Cases.SelectMany(v => v.Fires).ToHashSet();
        var notFired = Vignette.Cases.SelectMany(v => v.NotFires).ToHashSet();
        Assert.True(Vignette.Cases.Count >= 200, $"only {Vignette.Cases.Count} vignettes");
        var neverFired = Kb.Rules.Select(r => r.Id).Where(id => !fired.Contains(id)).ToList();
        Assert.True(neverFired.Count == 0, "no case fires: " + string.Join(", ", neverFired));
        // Every floor rule of spec/triage.md also has a case where it must stay silent.
        var neverSilent = SpecTables.TriageRules().Select(r => r.Id).Where(id => !notFired.Contains(id)).ToList();
        Assert.True(neverSilent.Count == 0, "no case keeps silent: " + string.Join(", ", neverSilent));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Assess_Vignette_GivesExpectedLevelRulesAndCauses(string name)
    {
        var v = Vignette.Named(name);
        var validation = new AnswerValidator(Kb).Validate(v.Typed(Kb));
        Assert.True(validation.IsValid, string.Join("; ", validation.Problems));
        var result = Engine.Assess(validation.Answers!).ToDto();

        Assert.Equal(v.Level, result.Triage.Level);
        var reasons = result.Triage.Reasons.Select(r => r.Id).ToList();
        foreach (var rule in v.Fires)
        {
            Assert.Contains(rule, reasons);
        }

        foreach (var rule in v.NotFires)
        {
            Assert.DoesNotContain(rule, reasons);
        }

        var causes = result.Causes.Select(c => c.Id).ToList();
        if (v.TopCause is not null)
        {
            Assert.Equal(v.TopCause, causes.FirstOrDefault());
        }

        if (v.TopCauses.Count > 0)
        {
            Assert.Equal(v.TopCauses.Order(), causes.Take(v.TopCauses.Count).Order());
        }

        foreach (var id in v.Likely)
        {
            Assert.Equal("likely", result.Causes.Single(c => c.Id == id).Likelihood);
        }

        foreach (var id in v.Possible)
        {
            Assert.Equal("possible", result.Causes.Single(c => c.Id == id).Likelihood);
        }

        foreach (var id in v.NotListed)
        {
            Assert.DoesNotContain(id, causes);
        }

        if (v.NoCauses)
        {
            Assert.Empty(causes);
        }

        foreach (var id in v.Unanswered)
        {
            Assert.Contains(id, result.UnansweredRedFlags);
        }

        // What holds for every case: each reason names answers that were given, and unanswered flags were not given.
        Assert.All(result.Triage.Reasons, r => Assert.All(r.Answers, a => Assert.True(v.Answers.ContainsKey(a), $"{r.Id} names {a}")));
        Assert.All(result.UnansweredRedFlags, id => Assert.False(v.Answers.ContainsKey(id)));
    }

    [Fact]
    public void Suite_EveryCase_HasAClinicalReasonAndACitedSource()
    {
        Assert.All(Vignette.Cases, v =>
        {
            Assert.False(string.IsNullOrWhiteSpace(v.Why), $"'{v.Name}' has no 'why'");
            Assert.True(v.Source is not null && Kb.TryGetSource(v.Source, out _), $"'{v.Name}' cites unknown source '{v.Source}'");
        });
    }

    [Fact]
    public void Suite_HarmlessStories_AtLeastTwentyFiveStaySelfCareWithNoRuleFired()
    {
        // Stories a nervous checker would over-triage: the level must stay self_care and no rule may fire at all.
        var harmless = Vignette.Cases.Where(v => v.Name.StartsWith("harmless:", StringComparison.Ordinal)).ToList();
        Assert.True(harmless.Count >= 25, $"only {harmless.Count} harmless stories");
        foreach (var v in harmless)
        {
            var validation = new AnswerValidator(Kb).Validate(v.Typed(Kb));
            Assert.True(validation.IsValid, string.Join("; ", validation.Problems));
            var result = Engine.Assess(validation.Answers!);
            Assert.Equal("self_care", v.Level);
            Assert.True(result.Triage.Reasons.Count == 0, $"'{v.Name}' fired {string.Join(", ", result.Triage.Reasons.Select(r => r.Id))}");
        }
    }

    /// <summary>
    /// What an urgent or emergency result may say while waiting for help: the steps a case expects in while_waiting, none
    /// it forbids, and at the emergency level no relief or prevention.
    /// </summary>
    [Theory]
    [MemberData(nameof(Names))]
    public void Assess_Vignette_SaysOnlyWhatIsSafeWhileWaiting(string name)
    {
        var v = Vignette.Named(name);
        var validation = new AnswerValidator(Kb).Validate(v.Typed(Kb));
        Assert.True(validation.IsValid, string.Join("; ", validation.Problems));
        using var json = JsonDocument.Parse(AssessmentJson.Serialize(Engine.Assess(validation.Answers!)));
        var root = json.RootElement;
        var waiting = root.GetProperty("while_waiting").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
        if (v.Level == "emergency")
        {
            Assert.Empty(root.GetProperty("relief").EnumerateArray());
            Assert.Empty(root.GetProperty("prevention").EnumerateArray());
            Assert.NotEmpty(waiting);
        }

        foreach (var id in v.WhileWaiting)
        {
            Assert.Contains(id, waiting);
        }

        foreach (var id in v.NotWhileWaiting)
        {
            Assert.DoesNotContain(id, waiting);
        }
    }
}
