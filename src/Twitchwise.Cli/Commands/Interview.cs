using System.Globalization;
using Spectre.Console;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Cli.Commands;

/// <summary>
/// The interactive interview. It opens with "what happened?" in the person's own words (the planner asks only what could
/// still change the result, so without a description it would never learn that this is, say, a calf cramp after a run),
/// then follows the assessment's <c>next_questions</c>: warning signs first, a run of yes/no ones as one "any of these?"
/// checklist, then what ranks the causes and chooses the advice. After each answer the answers so far are assessed, and
/// the interview stops at once, saying so, when they mean an emergency. "Not sure" (Enter) is never taken as "no": a
/// checklist answered "not sure" asks each of its questions in turn. A description typed for someone else ("my dad's calf
/// keeps cramping") has every question put about them ("How old are they?"), so the carer never answers for themselves;
/// with no description, the interview asks whom it is about.
/// </summary>
internal static class Interview
{
    private const string NotSure = "Not sure / skip";
    private const string NoneOfThese = "None of these";

    public static int Run(CliContext context, OutputStyle style, JournalSave? save = null)
    {
        var console = context.Console();
        WriteHeader(console);
        var text = console.Prompt(new TextPrompt<string>("In a sentence or two, what happened? [blue](Enter to skip)[/]").AllowEmpty());
        var answers = new Dictionary<string, AnswerValue>(StringComparer.Ordinal);
        IReadOnlyList<string> confirm = [];
        string? subject = null;
        if (!string.IsNullOrWhiteSpace(text))
        {
            var intake = IntakeReader.Default.Read(text, context.Clock.Today());
            TextAssessment.WriteUnderstood(console, intake, context.Knowledge.Value);
            // As with --text: someone else's emergency is said before any question about the person's own.
            TextAssessment.WriteSomeoneElse(console, new AssessmentEngine(context.Knowledge.Value), intake);
            answers = new Dictionary<string, AnswerValue>(intake.Answers, StringComparer.Ordinal);
            confirm = intake.Confirm;
            subject = intake.Subject;
        }
        else
        {
            subject = AskWhom(console);
        }

        return Follow(context, console, answers, confirm, subject, style, save);
    }

    /// <summary>
    /// With no description to say whom it is about, a carer names the person ("my dad"), so that every question is put
    /// about them and their own age or chest pain never stands in for the person's. Enter: the person's own.
    /// </summary>
    private static string? AskWhom(IAnsiConsole console)
    {
        var whom = console.Prompt(new TextPrompt<string>("Who is this about? [blue](Enter: you; or type who, e.g. \"my dad\")[/]")
            .AllowEmpty()
            .Validate(w => w.Trim().Length <= AnswerValidator.SubjectMaxLength
                ? ValidationResult.Success()
                : ValidationResult.Error($"At most {AnswerValidator.SubjectMaxLength} characters: a few words such as \"my dad\".")))
            .Trim();
        return whom.Length == 0 || whom.ToLowerInvariant() is "me" or "myself" or "i" or "you" ? null : whom;
    }

    public static void WriteHeader(IAnsiConsole console)
    {
        console.Write(new Rule("[bold]Twitchwise[/]").LeftJustified());
        console.MarkupLine("Warning signs come first. Answer what you can; press [bold]Enter[/] when you are not sure: that is never taken as \"no\".");
        console.MarkupLine($"[dim]{Markup.Escape(AssessmentJson.Disclaimer)}[/]");
    }

    /// <summary>
    /// Asks first the questions a description raised but left uncertain (<paramref name="confirm"/>), then follows the
    /// planner until nothing is left to ask or the answers mean an emergency; then writes the result. <paramref name="subject"/>
    /// names whom a description was about when not the person typing ("my husband"): every question is then asked about them
    /// ("Do they have chest pain or pressure?"), and the result speaks to their helper.
    /// </summary>
    internal static int Follow(CliContext context, IAnsiConsole console, Dictionary<string, AnswerValue> answers, IReadOnlyList<string> confirm,
        string? subject, OutputStyle style, JournalSave? save)
    {
        var kb = context.Knowledge.Value;
        var validator = new AnswerValidator(kb);
        var engine = new AssessmentEngine(kb);
        // Signs the words raised but left uncertain ("maybe a bit numb?") come first: they were nearly said.
        var pending = new Queue<(string Id, bool Confirm)>(confirm.Where(id => kb.TryGetQuestion(id, out _) && !answers.ContainsKey(id))
            .Select(id => (id, true)));
        if (pending.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]First, {pending.Count} thing{(pending.Count == 1 ? "" : "s")} you mentioned that I am not sure I read right.[/]");
        }

        string? group = null;
        var step = 0;
        while (true)
        {
            var result = engine.Assess(validator.Validate(answers).Answers!, subject);
            if (result.Triage.Level == TriageLevel.Emergency)
            {
                console.WriteLine();
                var whose = subject is null ? "" : $" FOR {Markup.Escape(subject.ToUpperInvariant())}";
                console.Write(new Panel(new Markup($"[bold red]STOP: THIS IS AN EMERGENCY{whose}[/]\n{Markup.Escape(result.Triage.Action)}"))
                    .BorderColor(Color.Red).Expand());
                console.MarkupLine("[bold]The interview stops here[/] because of your answers. The details follow.");
                return Finish(context, result, answers, validator, style, save);
            }

            // A question of a checklist asked one by one is skipped once the other answers have settled it.
            while (pending.TryPeek(out var p) && (answers.ContainsKey(p.Id) || (!p.Confirm && !result.NextQuestions.Contains(p.Id))))
            {
                pending.Dequeue();
            }

            if (pending.TryDequeue(out var next))
            {
                answers[next.Id] = Ask(console, kb.Question(next.Id), subject) ?? AnswerValue.NotSure;
                continue;
            }

            if (result.NextQuestions.Count == 0)
            {
                console.WriteLine();
                return Finish(context, result, answers, validator, style, save);
            }

            var checklist = QuestionPlanner.Checklist(kb, result.NextQuestions).Select(kb.Question).ToList();
            if (checklist[0].Group != group)
            {
                group = checklist[0].Group;
                var g = kb.Groups.First(x => x.Id == group);
                console.WriteLine();
                console.Write(new Rule($"[bold]{Markup.Escape(g.TitleFor(subject))}[/]").LeftJustified());
                console.MarkupLine($"[dim]{Markup.Escape(g.IntroFor(subject))}[/]");
            }

            // Honest progress: what was answered, and the planner's list as it stands (answers can shorten it).
            var left = result.NextQuestions.Count;
            console.MarkupLine($"[dim]Step {++step}: {answers.Count} answered so far; at most {left} question{(left == 1 ? "" : "s")} left on the list now[/]");
            if (checklist.Count == 1)
            {
                answers[checklist[0].Id] = Ask(console, checklist[0], subject) ?? AnswerValue.NotSure;
                continue;
            }

            switch (AskChecklist(console, checklist, subject))
            {
                case false:
                    foreach (var q in checklist)
                    {
                        answers[q.Id] = new BoolAnswer(false);
                    }

                    break;
                case true:
                    console.MarkupLine("[dim]Which ones? Each in turn:[/]");
                    checklist.ForEach(q => pending.Enqueue((q.Id, false)));
                    break;
                default:
                    // Not sure of the list is not "no" to any of it: ask each, so each can be answered or left unknown.
                    console.MarkupLine("[dim]Then one at a time:[/]");
                    checklist.ForEach(q => pending.Enqueue((q.Id, false)));
                    break;
            }
        }
    }

    private static int Finish(CliContext context, AssessmentResult result, Dictionary<string, AnswerValue> answers, AnswerValidator validator,
        OutputStyle style, JournalSave? save)
    {
        var set = validator.Validate(answers).Answers!;
        AssessCommand.Write(context, result, set, style);
        return save?.Store(context, result, set, style.Json) ?? CliApp.Ok;
    }

    /// <summary>"Any of these?": false for none of them, true for one or more, null when not sure.</summary>
    private static bool? AskChecklist(IAnsiConsole console, IReadOnlyList<Question> items, string? subject)
    {
        console.MarkupLine("[bold]Any of these?[/]");
        foreach (var q in items)
        {
            console.MarkupLine($"  - {Markup.Escape(q.TextFor(subject))}");
        }

        var answer = console.Prompt(new TextPrompt<string>("[blue]n[/] = no, none of these; [blue]y[/] = yes, one or more; [blue]Enter[/] = not sure")
            .AllowEmpty()
            .Validate(s => ParseYesNo(s) is not null || string.IsNullOrWhiteSpace(s)
                ? ValidationResult.Success()
                : ValidationResult.Error("[red]Please answer n or y, or press Enter if you are not sure.[/]")));
        return ParseYesNo(answer);
    }

    /// <summary>One question, in the words for whoever the answers are about (<paramref name="subject"/>; null: the person's own).</summary>
    private static AnswerValue? Ask(IAnsiConsole console, Question q, string? subject)
    {
        var prompt = Markup.Escape(q.TextFor(subject));
        var why = $"[dim]Why we ask: {Markup.Escape(q.WhyFor(subject))}[/]";
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
                    .AddChoices(q.Options.Select(o => o.LabelFor(subject)).Append(NotSure)));
                // Spectre clears a selection prompt once answered; echo it so the person sees what they chose.
                console.MarkupLine($"{prompt} [blue]{Markup.Escape(choice)}[/]");
                return choice == NotSure ? null : new ChoiceAnswer(q.Options.First(o => o.LabelFor(subject) == choice).Id);

            default:
                // "None of these" is an answer (no medicines, no clot risk); picking nothing is "not sure".
                var picked = console.Prompt(new MultiSelectionPrompt<string>()
                    .Title($"{prompt} [dim](space to pick, Enter when done; pick nothing to skip)[/]")
                    .NotRequired()
                    .AddChoices(q.Options.Select(o => o.LabelFor(subject)).Append(NoneOfThese)));
                var options = q.Options.Where(o => picked.Contains(o.LabelFor(subject))).Select(o => o.Id).ToArray();
                console.MarkupLine($"{prompt} [blue]{Markup.Escape(picked.Count == 0 ? NotSure : options.Length == 0 ? NoneOfThese : string.Join(", ", picked.Where(p => p != NoneOfThese)))}[/]");
                return picked.Count == 0 ? null : new ChoicesAnswer(options);
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
