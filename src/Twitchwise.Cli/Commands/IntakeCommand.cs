using System.CommandLine;
using Spectre.Console;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Intake;

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

            var result = IntakeReader.Default.Read(description);
            if (parse.GetValue(format) == "json")
            {
                context.Out.WriteLine(IntakeJson.Serialize(result));
            }
            else
            {
                WriteUnderstood(context.Console(), result);
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

    /// <summary>Each answer with the words it came from, then what was kept apart and why.</summary>
    public static void WriteUnderstood(IAnsiConsole console, IntakeResult result)
    {
        if (result.Answers.Count == 0 && result.Confirm.Count == 0)
        {
            console.MarkupLine("I did not recognise anything I can use in that description.");
        }
        else if (result.Answers.Count > 0)
        {
            console.MarkupLine("[bold]What I understood[/]");
            // In the order the person said them.
            foreach (var (id, value) in result.Answers.OrderBy(a => result.Findings.Where(f => f.Answer == a.Key).Min(f => f.Start)))
            {
                var words = result.Findings.Where(f => f.Answer == id).Select(f => $"\"{f.Text}\"").Distinct();
                console.MarkupLine($"  {Markup.Escape(id)}: [bold]{Markup.Escape(Plain(value))}[/]  [dim]from {Markup.Escape(string.Join(", ", words))}[/]");
            }
        }

        foreach (var f in result.Historical)
        {
            console.MarkupLine($"  [dim]In the past, not counted now: \"{Markup.Escape(f.Text)}\" ({Markup.Escape(f.Answer)})[/]");
        }

        foreach (var s in result.SetAside)
        {
            var why = s.Reason == SetAsideReason.Hypothetical ? "a what-if" : "about someone else";
            console.MarkupLine($"  [dim]Not counted, {why}: \"{Markup.Escape(s.Finding.Text)}\" ({Markup.Escape(s.Finding.Answer)})[/]");
        }

        if (result.Confirm.Count > 0)
        {
            console.MarkupLine($"  [bold]To confirm, not answered:[/] {Markup.Escape(string.Join(", ", result.Confirm))}");
        }
    }

    private static string Plain(AnswerValue value) => value switch
    {
        BoolAnswer b => b.Value ? "yes" : "no",
        _ => value.ToString(),
    };
}
