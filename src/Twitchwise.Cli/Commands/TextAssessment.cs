using Spectre.Console;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Intake;

namespace Twitchwise.Cli.Commands;

/// <summary>
/// <c>twitchwise assess --text TEXT</c>: reads the description, shows what it understood, asks first the warning signs
/// it raised but could not be sure of (confirm), then those it left open (at a terminal), or lists both (otherwise),
/// then assesses.
/// </summary>
internal static class TextAssessment
{
    public static int Run(CliContext context, string? option, OutputStyle style, JournalSave? save = null)
    {
        if (IntakeCommand.ReadText(context, option) is not { } text)
        {
            return CliApp.InvalidInput;
        }

        var kb = context.Knowledge.Value;
        var intake = IntakeReader.Default.Read(text);
        var answers = new Dictionary<string, AnswerValue>(intake.Answers, StringComparer.Ordinal);

        // JSON output stays pure on stdout; what was understood goes to stderr for the person watching.
        var json = style.Json;
        var console = (json ? context with { Out = context.Error } : context).Console();
        IntakeCommand.WriteUnderstood(console, intake);
        // Signs the words raised but left uncertain ("maybe a bit numb?") come first: they were nearly said.
        var confirm = intake.Confirm.Where(kb.Questions.Select(q => q.Id).Contains).Select(kb.Question).ToList();
        var missing = kb.RedFlags.Where(q => !answers.ContainsKey(q.Id) && !confirm.Contains(q)).ToList();
        if (context.InputIsTerminal && !json)
        {
            if (confirm.Count > 0)
            {
                console.WriteLine();
                console.MarkupLine($"[bold]First, {confirm.Count} thing{(confirm.Count == 1 ? "" : "s")} you mentioned that I am not sure I read right.[/]");
                Interview.AskEach(console, confirm, answers);
            }

            if (missing.Count > 0)
            {
                console.WriteLine();
                console.MarkupLine($"[bold]{missing.Count} warning-sign question{(missing.Count == 1 ? "" : "s")} your description did not cover.[/] Press Enter to skip one.");
                Interview.AskEach(console, missing, answers);
            }
        }
        else
        {
            if (confirm.Count > 0)
            {
                // Unanswered, so the result lists the warning signs among them too; say which ones the words raised.
                console.MarkupLine($"[bold]To confirm[/] (your words raised these but I could not be sure): {Markup.Escape(string.Join(", ", confirm.Select(q => q.Id)))}");
            }

            if (missing.Count > 0)
            {
                // The result lists them (unanswered_red_flags); here, say why the level may be understated.
                console.MarkupLine($"[bold]Your description did not mention {missing.Count} warning sign{(missing.Count == 1 ? "" : "s")}[/], listed with the result; " +
                    "the level could be higher than shown. At a terminal you would be asked them.");
            }
        }

        console.WriteLine();
        var validation = new AnswerValidator(kb).Validate(answers);
        if (validation.Answers is null)
        {
            AssessCommand.WriteProblems(context, validation.Problems, "the description", json);
            return CliApp.InvalidInput;
        }

        var result = new AssessmentEngine(kb).Assess(validation.Answers);
        AssessCommand.Write(context, result, validation.Answers, style);
        return save?.Store(context, result, validation.Answers, json) ?? CliApp.Ok;
    }
}
