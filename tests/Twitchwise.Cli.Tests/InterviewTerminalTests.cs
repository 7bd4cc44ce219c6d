using System.Diagnostics;
using System.Text.RegularExpressions;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

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
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the interview did not finish: " + AnsiCodes().Replace(output.Result, ""));
        }

        return AnsiCodes().Replace(output.Result, "");
    }

    /// <summary>
    /// The keys a person types who is not sure of anything until <paramref name="target"/> is asked, and then answers it
    /// yes: Enter at every question (at a one-choice question Enter takes the first option, as the prompt does).
    /// Worked out from the same engine the interview follows, so the test keeps up with the knowledge base.
    /// </summary>
    private static (string Keys, int Asked) NotSureUntilYes(string target)
    {
        var kb = KnowledgeBase.Default;
        var engine = new AssessmentEngine(kb);
        var validator = new AnswerValidator(kb);
        var answers = new Dictionary<string, AnswerValue>();
        var keys = "";
        for (var asked = 1; asked <= kb.Questions.Count; asked++)
        {
            var next = engine.Assess(validator.Validate(answers).Answers!).NextQuestions[0];
            if (next == target)
            {
                return (keys + "y\n", asked);
            }

            var q = kb.Question(next);
            answers[next] = q.Type == QuestionType.Choice ? new ChoiceAnswer(q.Options[0].Id) : AnswerValue.NotSure;
            keys += "\n";
        }

        throw new InvalidOperationException($"{target} is never asked");
    }

    [Fact]
    public void Interview_CollapseAnsweredYes_StopsAtOnceWithTheCallAndWhatToDoWhileWaiting()
    {
        var (keys, asked) = NotSureUntilYes("symptom.collapse_or_seizure");
        var screen = Interview(keys);

        Assert.Contains("STOP: THIS IS AN EMERGENCY", screen);
        Assert.Contains("Call 112", screen);
        Assert.Contains("While you wait", screen);
        Assert.DoesNotContain("Likely causes", screen);
        Assert.DoesNotContain("Relief now", screen);
        // It stopped at the answer that made it an emergency: no question after it.
        Assert.Equal(asked, QuestionLines().Matches(screen).Count);
        Assert.True(asked <= 10, $"collapse was asked only as question {asked}");
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
