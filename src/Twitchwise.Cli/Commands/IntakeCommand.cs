using System.CommandLine;
using Spectre.Console;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Cli.Commands;

/// <summary><c>twitchwise intake --text TEXT</c>: what the free-text intake understood, with the words behind each answer.</summary>
internal static class IntakeCommand
{
    public static Command Create(CliContext context)
    {
        var text = TextOption();
        var format = CommonOptions.Format();
        var command = new Command("intake", "Read a description in your own words and show the answers it gives") { text, format };
        command.SetAction(parse =>
        {
            if (ReadText(context, parse.GetValue(text)) is not { } description)
            {
                return CliApp.InvalidInput;
            }

            var result = IntakeReader.Default.Read(description, context.Clock.Today());
            if (parse.GetValue(format) == "json")
            {
                context.Out.WriteLine(IntakeJson.Serialize(result));
            }
            else
            {
                WriteUnderstood(context.Console(), result, context.Knowledge.Value);
            }

            return CliApp.Ok;
        });
        return command;
    }

    public static Option<string?> TextOption() => new("--text", "-t")
    {
        Description = "A description in your own words, e.g. \"my left calf twitches after runs, no numbness\"; - reads stdin",
    };

    /// <summary>The description from the option or stdin; null (with the reason on stderr) when there is none.</summary>
    public static string? ReadText(CliContext context, string? option)
    {
        var text = option == "-" ? context.In.ReadToEnd() : option;
        if (string.IsNullOrWhiteSpace(text))
        {
            context.Error.WriteLine("The description is empty. Pass --text \"what happens, where, since when\", or --text - to read it from stdin.");
            return null;
        }

        return text;
    }

    /// <summary>What the description was understood to say (as <c>assess --text</c> shows it), then what is left to confirm.</summary>
    public static void WriteUnderstood(IAnsiConsole console, IntakeResult result, KnowledgeBase kb)
    {
        TextAssessment.WriteUnderstood(console, result, kb);
        if (result.Confirm.Count > 0)
        {
            console.MarkupLine($"  [bold]To confirm, not answered:[/] {Markup.Escape(string.Join(", ", result.Confirm.Select(id => kb.Question(id).Short)))}");
        }
    }
}
