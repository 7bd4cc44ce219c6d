using System.Text.Json;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Cli.Tests;

public sealed class BrowseCommandTests
{
    [Fact]
    public void QuestionsJson_ListsEveryQuestionInInterviewOrderWithWhyWeAsk()
    {
        var run = CliRunner.Run("questions", "--format", "json");

        Assert.Equal(0, run.Exit);
        var questions = JsonDocument.Parse(run.Out).RootElement.GetProperty("questions").EnumerateArray().ToList();
        Assert.Equal(KnowledgeBase.Default.Questions.Select(q => q.Id), questions.Select(q => q.GetProperty("id").GetString()));
        Assert.Equal("symptom.chest_pain", questions[0].GetProperty("id").GetString());
        Assert.All(questions, q => Assert.False(string.IsNullOrEmpty(q.GetProperty("why").GetString())));
    }

    [Fact]
    public void QuestionsText_GroupsQuestionsAndMarksRedFlags()
    {
        var run = CliRunner.Run("questions");

        Assert.Equal(0, run.Exit);
        Assert.Contains("Signs that need help now", run.Out);
        Assert.Contains("symptom.chest_pain !", run.Out);
        Assert.Contains("red-flag question", run.Out);
    }

    [Fact]
    public void Knowledge_OneId_ShowsEveryEntryWithThatIdAndItsSources()
    {
        // restless_legs is both a cause and a triage rule.
        var run = CliRunner.Run("knowledge", "restless_legs");

        Assert.Equal(0, run.Exit);
        Assert.Contains("cause: restless_legs", run.Out);
        Assert.Contains("triage rule: restless_legs", run.Out);
        Assert.Contains("nhs_restless_legs", run.Out);
    }

    [Fact]
    public void KnowledgeJson_Rule_ShowsItsConditionReadably()
    {
        var run = CliRunner.Run("knowledge", "rhabdomyolysis", "--format", "json");

        Assert.Equal(0, run.Exit);
        var entry = JsonDocument.Parse(run.Out).RootElement[0];
        Assert.Equal("emergency", entry.GetProperty("details").GetProperty("level").GetString());
        Assert.Contains("episode.pain >= 7", entry.GetProperty("details").GetProperty("when").GetString());
    }

    [Fact]
    public void Knowledge_Overview_ListsEveryKind()
    {
        var run = CliRunner.Run("knowledge");

        Assert.Equal(0, run.Exit);
        foreach (var kind in new[] { "cause (16)", "triage rule", "relief", "prevention", "warning sign", "question", "source" })
        {
            Assert.Contains(kind, run.Out);
        }
    }

    [Fact]
    public void Knowledge_UnknownId_ExitsOneWithSuggestions()
    {
        var run = CliRunner.Run("knowledge", "dehydrat");

        Assert.Equal(1, run.Exit);
        Assert.Contains("No knowledge entry has the id 'dehydrat'", run.Error);
        Assert.Contains("dehydration", run.Error);
    }
}
