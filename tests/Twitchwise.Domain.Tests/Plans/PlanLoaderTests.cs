using Twitchwise.Domain.Knowledge;
using Twitchwise.Domain.Plans;

namespace Twitchwise.Domain.Tests.Plans;

/// <summary>plans.yaml loads like the rest of the knowledge base: a fault fails the load, naming the file, entry and problem.</summary>
public sealed class PlanLoaderTests
{
    private static readonly KnowledgeFile Shipped = PlanLoader.ReadEmbeddedFile();

    [Fact]
    public void Load_ShippedFile_HasTheFourTemplatesEachStepCitingKnownSources()
    {
        var library = PlanLoader.Load(Shipped, KnowledgeBase.Default);

        Assert.Equal(["run_walk_start", "walking_start", "return_after_cramp_or_strain", "longer_event_build"], library.Templates.Select(t => t.Id));
        Assert.All(library.Templates.SelectMany(t => t.Steps), s =>
        {
            Assert.NotEmpty(s.Sources);
            Assert.All(s.Sources, id => Assert.True(KnowledgeBase.Default.TryGetSource(id, out _), id));
            Assert.DoesNotContain("{minutes}", s.Text, StringComparison.Ordinal);
        });
        Assert.Contains(library.Template("return_after_cramp_or_strain")!.Steps, s => s.Criteria.Contains("hop_pain_free"));
    }

    public static TheoryData<string, string, string, string> Faults => new()
    {
        // text to find, replacement, expected entry, expected problem
        { "sources: [nhs_walking, who_2020, 000_082a5ba43a50da87]", "sources: [nhs_walkng]", "template 'walking_start'", "unknown source 'nhs_walkng'" },
        { "criteria: [walk_pain_free, calf_raises, hop_pain_free]", "criteria: [walk_pain_free, calf_raise]", "template 'return_after_cramp_or_strain' step 3", "unknown criterion 'calf_raise'" },
        { "      - { minutes: 30 }\n", "      - { minutes: 40 }\n", "template 'walking_start' step 16", "more than 10% longer than the longest walk step" },
        { "    sport: walk\n    sessions_per_week: 5", "    sport: hike\n    sessions_per_week: 5", "template 'walking_start'", "sport 'hike' is not one of the journal's sports" },
        { "default_days: [mon, wed, sat]\n    summary: For a new runner", "default_days: [mon, tue, sat]\n    summary: For a new runner", "template 'run_walk_start'", "needs a rest day between sessions" },
        { "  - id: cool_down\n", "  - id: warm_up\n", "routine 'warm_up'", "duplicate id 'warm_up'" },
        { "    text: You can hop 10 times on the affected leg without pain.", "    text: \"\"", "criterion 'hop_pain_free'", "'text or title' is missing" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void Load_FileWithOneFault_FailsNamingTheEntryAndProblem(string find, string replace, string entry, string problem)
    {
        Assert.Contains(find, Shipped.Text, StringComparison.Ordinal);
        var broken = Shipped with { Text = Shipped.Text.Replace(find, replace, StringComparison.Ordinal) };

        var error = Assert.Throws<KnowledgeException>(() => PlanLoader.Load(broken, KnowledgeBase.Default));

        Assert.Contains(error.Problems, p => p.File == "plans.yaml" && p.Entry == entry && p.Message.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownField_IsRefusedWithItsLine()
    {
        var broken = Shipped with { Text = Shipped.Text.Replace("    no_consecutive_days: false\n", "    no_consecutive_day: false\n", StringComparison.Ordinal) };

        var error = Assert.Throws<KnowledgeException>(() => PlanLoader.Load(broken, KnowledgeBase.Default));

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith("line ", problem.Entry, StringComparison.Ordinal);
        Assert.Contains("no_consecutive_day", problem.Message, StringComparison.Ordinal);
    }
}
