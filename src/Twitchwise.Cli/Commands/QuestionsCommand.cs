using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Cli.Commands;

/// <summary><c>twitchwise questions</c>: the question set, in interview order, with types, ranges and options.</summary>
internal static class QuestionsCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format();
        var command = new Command("questions", "List the questions an assessment can answer, in interview order") { format };
        command.SetAction(parse =>
        {
            var kb = context.Knowledge.Value;
            if (parse.GetValue(format) == "json")
            {
                // The same shape as GET /api/v1/questions.
                context.Out.WriteLine(JsonSerializer.Serialize(QuestionSetDto.From(kb), AssessmentJson.Options));
                return CliApp.Ok;
            }

            var console = context.Console();
            foreach (var group in kb.Groups)
            {
                console.Write(new Rule($"[bold]{Markup.Escape(group.Title)}[/]").LeftJustified());
                var table = new Table().Border(TableBorder.Simple).AddColumns("id", "type", "question");
                foreach (var q in kb.Questions.Where(q => q.Group == group.Id))
                {
                    table.AddRow(Markup.Escape(q.Id) + (q.RedFlag ? " [red]![/]" : ""), Markup.Escape(TypeText(q)), Markup.Escape(q.Text));
                }

                console.Write(table);
            }

            console.MarkupLine("[red]![/] marks a red-flag question: leaving it unanswered means the level could be higher than shown.");
            return CliApp.Ok;
        });
        return command;
    }

    internal static string TypeText(Question q) => q.Type switch
    {
        QuestionType.Bool => "yes/no",
        QuestionType.Number => $"number {q.Min}-{q.Max}" + (q.Unit is null ? "" : $" {q.Unit}"),
        QuestionType.Choice => "one of: " + string.Join(", ", q.Options.Select(o => o.Id)),
        _ => "any of: " + string.Join(", ", q.Options.Select(o => o.Id)),
    };
}
