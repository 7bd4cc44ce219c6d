using System.Globalization;
using Spectre.Console;
using Twitchwise.Cli.Output;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Cli.Commands;

/// <summary>
/// The interactive interview. It follows the assessment's own list of questions still worth asking: first every warning
/// sign that could still raise the level (most dangerous first), then what ranks the causes and chooses the advice.
/// After each answer the answers so far are assessed, and the interview stops at once, saying so, when they mean an
/// emergency. Skipping a question answers it "not sure": unknown for the rules, and not asked again. No result below
/// urgent is shown before every open warning sign has been asked.
/// </summary>
internal static class Interview
{
    private const string NotSure = "Not sure / skip";

    public static int Run(CliContext context, OutputStyle style, JournalSave? save = null)
    {
        var kb = context.Knowledge.Value;
        var console = context.Console();
        var validator = new AnswerValidator(kb);
        var engine = new AssessmentEngine(kb);
        var answers = new Dictionary<string, AnswerValue>(StringComparer.Ordinal);

        console.Write(new Rule("[bold]Twitchwise[/]").LeftJustified());
        console.MarkupLine("Warning signs come first. Answer what you can; press [bold]Enter[/] when you are not sure: that is never taken as \"no\".");
        console.MarkupLine($"[dim]{Markup.Escape(AssessmentJson.Disclaimer)}[/]");

        string? group = null;
        var asked = 0;
        while (true)
        {
            var result = Current(answers, validator, engine)!;
            if (result.Triage.Level == TriageLevel.Emergency)
            {
                console.WriteLine();
                console.Write(new Panel(new Markup($"[bold red]STOP: THIS IS AN EMERGENCY[/]\n{Markup.Escape(result.Triage.Action)}"))
                    .BorderColor(Color.Red).Expand());
                console.MarkupLine("[bold]The interview stops here[/] because of your answers. The details follow.");
                return Finish(context, result, answers, validator, style, save);
            }

            if (result.NextQuestions.Count == 0)
            {
                console.WriteLine();
                return Finish(context, result, answers, validator, style, save);
            }

            var question = kb.Question(result.NextQuestions[0]);
            if (question.Group != group)
            {
                group = question.Group;
                var g = kb.Groups.First(x => x.Id == group);
                console.WriteLine();
                console.Write(new Rule($"[bold]{Markup.Escape(g.Title)}[/]").LeftJustified());
                console.MarkupLine($"[dim]{Markup.Escape(g.Intro)}[/]");
            }

            var open = result.UnansweredRedFlags.Count(id => !answers.ContainsKey(id));
            console.MarkupLine($"[dim]Question {++asked}; {(open > 0 ? $"{open} warning sign{(open == 1 ? "" : "s")} still open" : "no warning sign left open")}, at most {result.NextQuestions.Count - 1} more to go[/]");
            answers[question.Id] = Ask(console, question) ?? AnswerValue.NotSure;
        }
    }

    private static int Finish(CliContext context, AssessmentResult result, Dictionary<string, AnswerValue> answers, AnswerValidator validator,
        OutputStyle style, JournalSave? save)
    {
        var set = validator.Validate(answers).Answers!;
        AssessCommand.Write(context, result, set, style);
        return save?.Store(context, result, set, style.Json) ?? CliApp.Ok;
    }

    private static AssessmentResult? Current(Dictionary<string, AnswerValue> answers, AnswerValidator validator, AssessmentEngine engine) =>
        validator.Validate(answers).Answers is { } set ? engine.Assess(set) : null;

    /// <summary>Asks the given questions in order; the free-text intake uses it for the warning signs a description left open.</summary>
    internal static void AskEach(IAnsiConsole console, IEnumerable<Question> questions, IDictionary<string, AnswerValue> answers)
    {
        foreach (var question in questions)
        {
            answers[question.Id] = Ask(console, question) ?? AnswerValue.NotSure;
        }
    }

    private static AnswerValue? Ask(IAnsiConsole console, Question q)
    {
        var prompt = Markup.Escape(q.Text);
        var why = $"[dim]Why we ask: {Markup.Escape(q.Why)}[/]";
        console.MarkupLine(why);
        switch (q.Type)
        {
            case QuestionType.Bool:
                var yesNo = console.Prompt(new TextPrompt<string>($"{prompt} [blue](y/n, Enter to skip)[/]")
                    .AllowEmpty()
                    .Validate(s => ParseYesNo(s) is not null || string.IsNullOrWhiteSpace(s)
                        ? ValidationResult.Success()
                        : ValidationResult.Error("[red]Please answer y or n, or press Enter to skip.[/]")));
                return ParseYesNo(yesNo) is { } b ? new BoolAnswer(b) : null;

            case QuestionType.Number:
                var range = $"{Format(q.Min)}-{Format(q.Max)}";
                var unit = q.Unit is null || q.Unit == range ? range : $"{q.Unit}, {range}";
                var number = console.Prompt(new TextPrompt<string>($"{prompt} [blue]({Markup.Escape(unit)}, Enter to skip)[/]")
                    .AllowEmpty()
                    .Validate(s => string.IsNullOrWhiteSpace(s) || (ParseNumber(s) is { } n && n >= q.Min && n <= q.Max)
                        ? ValidationResult.Success()
                        : ValidationResult.Error($"[red]Please give a number from {Format(q.Min)} to {Format(q.Max)}, or press Enter to skip.[/]")));
                return ParseNumber(number) is { } value ? new NumberAnswer(value) : null;

            case QuestionType.Choice:
                var choice = console.Prompt(new SelectionPrompt<string>()
                    .Title(prompt)
                    .AddChoices(q.Options.Select(o => o.Label).Append(NotSure)));
                // Spectre clears a selection prompt once answered; echo it so the person sees what they chose.
                console.MarkupLine($"{prompt} [blue]{Markup.Escape(choice)}[/]");
                return choice == NotSure ? null : new ChoiceAnswer(q.Options.First(o => o.Label == choice).Id);

            default:
                var picked = console.Prompt(new MultiSelectionPrompt<string>()
                    .Title($"{prompt} [dim](space to pick, Enter when done; pick none to skip)[/]")
                    .NotRequired()
                    .AddChoices(q.Options.Select(o => o.Label)));
                console.MarkupLine($"{prompt} [blue]{Markup.Escape(picked.Count == 0 ? NotSure : string.Join(", ", picked))}[/]");
                return picked.Count == 0 ? null : new ChoicesAnswer(q.Options.Where(o => picked.Contains(o.Label)).Select(o => o.Id).ToArray());
        }
    }

    internal static bool? ParseYesNo(string? s) => s?.Trim().ToLowerInvariant() switch
    {
        "y" or "yes" => true,
        "n" or "no" => false,
        _ => null,
    };

    internal static double? ParseNumber(string? s) =>
        double.TryParse(s?.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;

    private static string Format(double? d) => d?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}
