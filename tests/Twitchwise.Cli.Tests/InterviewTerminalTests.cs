using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Twitchwise.Cli.Tests;

/// <summary>
/// The interactive interview at a real terminal: the built twitchwise runs under util-linux `script`, which gives it a
/// pseudo-terminal, and the test types the answers ahead, as a person at the keyboard would.
/// </summary>
public sealed partial class InterviewTerminalTests
{
    private static string Interview(string typed)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "twitchwise.dll");
        var start = new ProcessStartInfo("script", ["-qec", $"dotnet \"{dll}\" assess", "/dev/null"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Write(typed);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the interview did not finish");
        return AnsiCodes().Replace(output.Result, "");
    }

    [Fact]
    public void Interview_CollapseAnsweredYes_StopsAtOnceWithTheCallAndWhatToDoWhileWaiting()
    {
        // Chest pain: not sure (Enter); breathing: no; fainted or collapsed: yes.
        var screen = Interview("\nn\ny\n");

        Assert.Contains("STOP: THIS IS AN EMERGENCY", screen);
        Assert.Contains("Call 112", screen);
        Assert.Contains("While you wait", screen);
        Assert.DoesNotContain("Likely causes", screen);
        Assert.DoesNotContain("Relief now", screen);
        // Three questions were asked, and the warning signs came first.
        Assert.Equal(3, QuestionLines().Matches(screen).Count);
        Assert.True(screen.IndexOf("chest pain", StringComparison.OrdinalIgnoreCase) < screen.IndexOf("fainted", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Interview_EveryQuestionNotSure_NeverReassuresAndListsWhatIsOpen()
    {
        var screen = Interview(string.Concat(Enumerable.Repeat("\n", 300)));

        var result = screen[screen.IndexOf("Level:", StringComparison.Ordinal)..];
        Assert.DoesNotContain("harmless kind", result);
        Assert.Contains("Not answered yet", result);
        // The open warning signs come before anything that could read as reassurance.
        Assert.True(result.IndexOf("Not answered yet", StringComparison.Ordinal) < Math.Max(0, result.IndexOf("Likely causes", StringComparison.Ordinal)) ||
                    !result.Contains("Likely causes", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")]
    private static partial Regex AnsiCodes();

    [GeneratedRegex(@"^Question \d+;", RegexOptions.Multiline)]
    private static partial Regex QuestionLines();
}
