using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Cli.Tests;

/// <summary>Commands that do not need the knowledge base answer without loading it (it is most of a start-up's cost).</summary>
public sealed class StartupTests
{
    [Fact]
    public void Version_NeverLoadsTheKnowledgeBase()
    {
        var output = new StringWriter();
        var context = new CliContext(new StringReader(""), output, new StringWriter(), InputIsTerminal: false, ColorEnabled: false,
            _ => null, TimeProvider.System, new Lazy<KnowledgeBase>(() => throw new InvalidOperationException("knowledge base loaded")));

        Assert.Equal(CliApp.Ok, CliApp.Run(["--version"], context));
        Assert.False(context.Knowledge.IsValueCreated);
        Assert.NotEmpty(output.ToString().Trim());
    }

    [Fact]
    public void LogHelp_ListsTheAllowedValuesFromTheKnowledgeBase()
    {
        var run = CliRunner.Run("log", "episode", "--help");

        Assert.Equal(CliApp.Ok, run.Exit);
        Assert.Contains("One of: ", run.Out, StringComparison.Ordinal);
        Assert.Contains("calf", run.Out, StringComparison.Ordinal);
    }
}
