using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;
using Twitchwise.Domain.Tests.Vignettes;

namespace Twitchwise.Domain.Tests.Assessment;

/// <summary>The API's compact writer says exactly what the CLI's serializer says, only without the indentation.</summary>
public sealed class AssessmentJsonTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;
    private static readonly AssessmentEngine Engine = new(Kb);
    private static readonly JsonSerializerOptions Compact = new(AssessmentJson.Options) { WriteIndented = false };

    public static TheoryData<string> Names => Vignette.Names();

    /// <summary>Fails with both texts when the fast writer's document differs from the serializer's.</summary>
    internal static void AssertSameDocument(AssessmentResult result)
    {
        var output = new ArrayBufferWriter<byte>();
        AssessmentJson.WriteTo(output, result);
        var written = Encoding.UTF8.GetString(output.WrittenSpan);

        // Same document as the CLI's indented JSON, and byte for byte the serializer's compact form of it.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(AssessmentJson.Serialize(result)), JsonNode.Parse(written)), written);
        Assert.Equal(JsonSerializer.Serialize(result.ToDto(), Compact), written);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void WriteTo_PublicVignette_SameDocumentAsSerialize(string name)
    {
        var validation = new AnswerValidator(Kb).Validate(Vignette.Named(name).Typed(Kb));
        Assert.True(validation.IsValid, string.Join("; ", validation.Problems));

        // Twice: the second time every shared piece comes from the encoded fragments made the first time.
        AssertSameDocument(Engine.Assess(validation.Answers!));
        AssertSameDocument(Engine.Assess(validation.Answers!));
    }

    [Fact]
    public void WriteTo_ResultBuiltByHand_SameDocumentAsSerialize()
    {
        // Not from the engine: nothing is shared, texts need escaping, and evidence and file may be missing.
        var source = new Source("s1", "guideline", "Quotes \"and\" <angles> & a\ttab", null, null);
        var finding = new Finding("q.a", ["q.a", "q.b"], "a line\nbreak and ünïcode ✓");
        var result = new AssessmentResult(
            new Triage(TriageLevel.Urgent, "Urgent", "Call today", [new TriageReason("r1", TriageLevel.Urgent, "Title", "Text", ["q.a"], ["s1"])]),
            [new RankedCause("c1", "Cause", "Summary", Likelihood.Likely, 0.125, [finding], [], ["s1"])],
            [new AdviceStep("a1", "Rest", ["c1"], null, ["s1"])],
            [],
            [new WarningSign("w1", TriageLevel.Emergency, "Worse", ["s1"])],
            ["q.c"],
            [source],
            "test-1");

        AssertSameDocument(result);
    }
}
