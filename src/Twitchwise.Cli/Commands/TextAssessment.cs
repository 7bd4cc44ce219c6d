using Spectre.Console;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Cli.Commands;

/// <summary>
/// <c>twitchwise assess --text TEXT</c>: reads the description and shows what it understood. At a terminal it then asks
/// what the description left open, in the interview's own loop: first the warning signs the words raised but could not be
/// sure of (confirm), then the planner's open questions. Otherwise (no terminal, or <c>--no-input</c>) it assesses at
/// once and the result lists the warning signs still open. An emergency in the words stops at once either way.
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
        var intake = IntakeReader.Default.Read(text, context.Clock.Today());
        var answers = new Dictionary<string, AnswerValue>(intake.Answers, StringComparer.Ordinal);

        // JSON output stays pure on stdout; what was understood goes to stderr for the person watching.
        var json = style.Json;
        var console = (json ? context with { Out = context.Error } : context).Console();
        var engine = new AssessmentEngine(kb);
        WriteUnderstood(console, intake, kb);
        WriteSomeoneElse(console, engine, intake);
        // Reading stdin for the text leaves no keyboard to answer from.
        if (context.InputIsTerminal && !json && !style.NoInput && option != "-")
        {
            return Interview.Follow(context, console, answers, intake.Confirm, intake.Subject, style, save);
        }

        // About someone else ("my husband"): what to do while waiting is said to whoever is with them.
        var validation = new AnswerValidator(kb).Validate(answers);
        var assessed = validation.Answers is { } valid ? engine.Assess(valid, intake.Subject, intake.Confirm) : null;

        // A description mostly in another language has said nothing of its warning signs, and nobody is here to ask them:
        // no level is given from it (unknown is not no), only where to turn if it could be an emergency. What was read may
        // already be an emergency ("dolor en el pecho"): nothing unread could lower that, so it is said at once.
        if (intake.MostlyUnread && assessed?.Triage.Level != TriageLevel.Emergency)
        {
            context.Error.WriteLine("No level given: most of the description is in a language Twitchwise does not read, so its warning signs are unknown. " +
                                    "Describe it in English, or run `twitchwise assess` at a terminal to answer the questions. " +
                                    "If it could be an emergency (chest pain, trouble breathing, a collapse, a drooping face, confusion): " +
                                    kb.Guidance(TriageLevel.Emergency).ActionFor(intake.Subject));
            return CliApp.InvalidInput;
        }

        var confirm = intake.Confirm.Where(id => kb.Questions.Any(q => q.Id == id)).Select(kb.Question).ToList();
        if (confirm.Count > 0)
        {
            // Unanswered, so the result lists the warning signs among them too; say which ones the words raised.
            console.MarkupLine($"[bold]To confirm[/] (your words raised these but I could not be sure): {Markup.Escape(string.Join("; ", confirm.Select(q => q.Short)))}");
        }

        console.WriteLine();
        if (validation.Answers is null || assessed is not { } result)
        {
            AssessCommand.WriteProblems(context, validation.Problems, "the description", json);
            return CliApp.InvalidInput;
        }

        WriteIfConfirmed(console, kb, engine, answers, confirm, result.Triage.Level, intake.Subject);
        if (result.Triage.Level != TriageLevel.Emergency && result.UnansweredRedFlags.Count > 0)
        {
            // The result lists them (unanswered_red_flags); here, say why the level may be understated.
            console.MarkupLine($"[bold]Your description did not settle {result.UnansweredRedFlags.Count} warning sign{(result.UnansweredRedFlags.Count == 1 ? "" : "s")}[/], " +
                "listed with the result; the level could be higher than shown. Run it at a terminal to be asked them.");
            console.WriteLine();
        }

        AssessCommand.Write(context, result, validation.Answers, style);
        return save?.Store(context, result, validation.Answers, json) ?? CliApp.Ok;
    }

    /// <summary>
    /// Nobody is here to ask the signs the words left uncertain, so say what a "yes" to each would mean, before the result:
    /// "my arm cramps" must not read as plain self-care while a heart sign is one answer away. Typed for someone else
    /// (<paramref name="subject"/>), each sign is asked about them and what to do is said to whoever is with them.
    /// </summary>
    private static void WriteIfConfirmed(IAnsiConsole console, KnowledgeBase kb, AssessmentEngine engine,
        Dictionary<string, AnswerValue> answers, List<Question> confirm, TriageLevel level, string? subject)
    {
        foreach (var q in confirm.Where(q => q.Type == QuestionType.Bool))
        {
            var trial = new AnswerValidator(kb).Validate(new Dictionary<string, AnswerValue>(answers) { [q.Id] = AnswerValue.Of(true) }).Answers;
            if (trial is not null && engine.Assess(trial).Triage.Level is var ifYes && ifYes > level)
            {
                var guidance = kb.Guidance(ifYes);
                console.MarkupLine($"{Markup.Escape(q.TextFor(subject))} [bold]{TriageWords.IfConfirmed(kb, [q.Id])}: {Markup.Escape(guidance.Label.ToUpperInvariant())}.[/] " +
                    Markup.Escape(guidance.ActionFor(subject)));
                console.WriteLine();
            }
        }
    }

    /// <summary>Signs described for someone else that need help: said first, in case that person is with them now.</summary>
    public static void WriteSomeoneElse(IAnsiConsole console, AssessmentEngine engine, IntakeResult intake)
    {
        if (SomeoneElse.Alert(engine, intake) is not { } alert)
        {
            return;
        }

        var guidance = engine.Knowledge.Guidance(alert.Level);
        var words = string.Join(", ", alert.Signs.Select(f => $"\"{f.Text}\"").Distinct());
        console.WriteLine();
        console.MarkupLine($"[bold]You described someone else: {Markup.Escape(words)}. If they are with you and have this now: " +
            $"{Markup.Escape(guidance.Label.ToUpperInvariant())}.[/] {Markup.Escape(guidance.ActionForThem)}");
        // Not "as if you were them": written in the first person, the steps would tell the helper to sit down or take the aspirin.
        console.MarkupLine("To check on them, describe only what is happening to them (for example \"my dad has chest pain\"): the result will tell you how to help them.");
    }

    /// <summary>Each answer the words gave, in a few words and with the words it came from; then what was kept apart.</summary>
    public static void WriteUnderstood(IAnsiConsole console, IntakeResult intake, KnowledgeBase kb)
    {
        if (intake.Answers.Count == 0 && intake.Confirm.Count == 0 && intake.Historical.Count == 0 && intake.SetAside.Count == 0)
        {
            console.MarkupLine("I did not recognise anything I can use in that description." +
                               (intake.MostlyUnread ? " " + OnlyEnglish : ""));
            return;
        }

        if (intake.Subject is { } subject)
        {
            console.MarkupLine($"[bold]This reads as about \"{Markup.Escape(subject)}\", not you[/]: the answers are theirs; answer any questions for them.");
        }

        if (intake.Answers.Count > 0)
        {
            console.MarkupLine("[bold]What I understood[/]");
            // In the order the person said them.
            foreach (var (id, value) in intake.Answers.OrderBy(a => intake.Findings.Where(f => f.Answer == a.Key).Min(f => f.Start)))
            {
                var q = kb.Question(id);
                var words = intake.Findings.Where(f => f.Answer == id).Select(f => $"\"{f.Text}\"").Distinct();
                console.MarkupLine($"  {Markup.Escape(q.Short)}: [bold]{Markup.Escape(AnswerWords.Of(q, value))}[/]  [dim]from {Markup.Escape(string.Join(", ", words))}[/]");
            }
        }

        foreach (var f in intake.Historical)
        {
            console.MarkupLine($"  [dim]In the past, not counted now: \"{Markup.Escape(f.Text)}\"[/]");
        }

        foreach (var s in intake.SetAside)
        {
            var why = s.Reason == SetAsideReason.Hypothetical ? "a what-if" : "about someone else";
            console.MarkupLine($"  [dim]Not counted, {why}: \"{Markup.Escape(s.Finding.Text)}\"[/]");
        }

        WriteNotUnderstood(console, intake);
    }

    private const string OnlyEnglish = "If it is in another language: Twitchwise reads only English. Answer the questions, or write it again.";

    /// <summary>What gave no answer, so the person can say it again; and, when that is most of it, that the result has not read them.</summary>
    private static void WriteNotUnderstood(IAnsiConsole console, IntakeResult intake)
    {
        if (intake.MostlyUnread)
        {
            console.MarkupLine($"[bold]Most of what you wrote gave me no answer.[/] {OnlyEnglish}");
        }

        var missed = intake.NotUnderstood;
        if (missed.Count > 0)
        {
            console.MarkupLine($"  [dim]Not understood: {Markup.Escape(string.Join(", ", missed.Select(c => $"\"{c}\"")))}[/]");
        }
    }
}
