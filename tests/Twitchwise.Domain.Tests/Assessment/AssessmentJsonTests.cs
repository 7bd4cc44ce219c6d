using System.Text;
using System.Text.Json.Nodes;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;
using Twitchwise.Domain.Tests.Vignettes;

namespace Twitchwise.Domain.Tests.Assessment;

/// <summary>The contract's JSON (version 2): the API's compact form says exactly what the CLI's indented form says.</summary>
public sealed class AssessmentJsonTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;
    private static readonly AssessmentEngine Engine = new(Kb);
    private static readonly AnswerValidator Validator = new(Kb);

    public static TheoryData<string> Names => Vignette.Names();

    private static JsonNode Assess(string json)
    {
        var validation = Validator.ValidateJson(json);
        Assert.True(validation.IsValid, string.Join("; ", validation.Problems));
        return JsonNode.Parse(AssessmentJson.Serialize(Engine.Assess(validation.Answers!)))!;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void SerializeCompact_PublicVignette_SameDocumentAsSerialize(string name)
    {
        var validation = Validator.Validate(Vignette.Named(name).Typed(Kb));
        Assert.True(validation.IsValid, string.Join("; ", validation.Problems));
        var result = Engine.Assess(validation.Answers!);

        var compact = Encoding.UTF8.GetString(AssessmentJson.SerializeCompact(result));

        Assert.DoesNotContain("\n", compact);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(AssessmentJson.Serialize(result)), JsonNode.Parse(compact)), compact);
    }

    [Fact]
    public void Serialize_NothingAnswered_IncompleteWithEmergencySignsFirst()
    {
        var json = Assess("""{"answers": {}}""");

        Assert.False(json["triage"]!["complete"]!.GetValue<bool>());
        var unanswered = json["unanswered_red_flags"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        var emergencySigns = Kb.Rules.Where(r => r.Level == TriageLevel.Emergency)
            .SelectMany(r => r.When.Questions).Select(i => Kb.Questions[i].Id).ToHashSet();
        Assert.NotEmpty(unanswered);
        // Every question of an emergency rule comes before any question that could only raise it less.
        var firstOther = unanswered.FindIndex(id => !emergencySigns.Contains(id));
        Assert.True(firstOther < 0 || unanswered.Skip(firstOther).All(id => !emergencySigns.Contains(id)), string.Join(", ", unanswered));
        Assert.Equal("symptom.chest_pain", unanswered[0]);
        // The planner asks every open warning sign before anything else, in its own order (checklists together), so the
        // first questions are the same set, not necessarily the same order.
        var next = json["next_questions"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Equal(unanswered.Order(), next.Take(unanswered.Count).Order());
        Assert.Equal("symptom.chest_pain", next[0]);
    }

    [Fact]
    public void Serialize_Emergency_NoCausesReliefOrPreventionButWhileWaiting()
    {
        var json = Assess("""{"answers": {"symptom.chest_pain": true, "exercise.intensity": 9, "hydration.heavy_sweating": true, "episode.kind": "spasm"}}""");

        Assert.Equal("emergency", json["triage"]!["level"]!.GetValue<string>());
        Assert.Empty(json["causes"]!.AsArray());
        Assert.Empty(json["relief"]!.AsArray());
        Assert.Empty(json["prevention"]!.AsArray());
        Assert.NotEmpty(json["while_waiting"]!.AsArray());
        Assert.NotNull(json["triage"]!["call"]);
    }

    [Fact]
    public void Serialize_NotSure_IsUnknownButNoLongerNext()
    {
        var json = Assess("""{"answers": {"symptom.chest_pain": null}}""");

        Assert.Contains("symptom.chest_pain", json["unanswered_red_flags"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.DoesNotContain("symptom.chest_pain", json["next_questions"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("self_care", json["triage"]!["level"]!.GetValue<string>());
    }
}
