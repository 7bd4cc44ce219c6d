using Spectre.Console;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Cli.Output;

/// <summary>
/// The text form of a result, shortest useful first (issue 13): the level and what to do now, the one or two steps that
/// matter most, then why, the warning signs still open, "get help if this changes", the top causes, the rest of the
/// relief and prevention, what was held back, and the sources cited above. At the emergency level only the action, what
/// to do while waiting and why. Every "because" names answers in a few words (<see cref="AnswerWords.Phrase"/>), never
/// by id. <c>full</c> shows every step, cause, open question and the research notes; <c>all</c> every cause.
/// </summary>
internal sealed class AssessmentRenderer(IAnsiConsole console, TextWriter output, AssessmentResult result, AnswerSet answers, KnowledgeBase kb, RenderOptions options)
{
    private const int CausesShown = 3;
    private const int ReliefShown = 4;
    private const int PreventionShown = 4;
    private const int UnansweredShown = 8;

    private readonly bool emergency = result.Triage.Level == TriageLevel.Emergency;

    // Typed for someone else ("my husband"): the reader is the one who helps, so headings speak to them about the person.
    private readonly string? subject = result.Subject;

    // At self-care and doctor level the first relief step goes to the top; at urgent and emergency the while-waiting steps.
    private bool Waiting => result.WhileWaiting.Count > 0;

    // The most urgent rule the answers point towards while its other questions are open: it heads the result instead.
    private Suspicion? Suspected => result.Triage.Suspected.FirstOrDefault();

    // No self-care step goes to the top while a more urgent rule is still suspected: settling it comes first.
    private AdviceStep? First => !Waiting && Suspected is null && result.Relief.Count > 0 ? result.Relief[0] : null;

    private IReadOnlyList<RankedCause> Causes => options.Full || options.AllCauses ? result.Causes : [.. result.Causes.Take(CausesShown)];

    private IReadOnlyList<AdviceStep> MoreRelief => Shown([.. result.Relief.Skip(First is null ? 0 : 1)], ReliefShown - (First is null ? 0 : 1));

    private IReadOnlyList<AdviceStep> Prevention => Shown(result.Prevention, PreventionShown);

    // Only the sources cited in what is shown are listed, numbered in the result's order: the rest are one --full away.
    private Dictionary<string, int> SourceNumbers => field ??= Cited();

    public static void Render(CliContext context, AssessmentResult result, AnswerSet answers, RenderOptions options) =>
        new AssessmentRenderer(context.Console(), context.Out, result, answers, context.Knowledge.Value, options).Render();

    private void Render()
    {
        WriteLevel();
        if (Waiting)
        {
            WriteAdvice(TriageWords.WhileYouWait(subject), result.WhileWaiting, result.WhileWaiting.Count, evidence: false);
        }
        else if (First is { } first)
        {
            WriteAdvice("First, do this", [first], 1, evidence: false);
        }

        WriteReasons();
        if (emergency)
        {
            // In an emergency nothing may distract from the action: no causes to read, no remedies to try.
            WriteSources();
            output.WriteLine(AssessmentJson.Reminder);
            return;
        }

        WriteUnanswered();
        WriteWatchFor();
        WriteCauses();
        WriteAdvice(First is null ? "Relief now" : "More relief", [.. result.Relief.Skip(First is null ? 0 : 1)], ReliefShown - (First is null ? 0 : 1));
        WriteAdvice("Prevention", result.Prevention, PreventionShown);
        WriteWithheld();
        WriteSources();
        // Written raw so it stays one line whatever the console width.
        output.WriteLine(AssessmentJson.Reminder);
    }

    private void WriteLevel()
    {
        if (Suspected is { } suspected)
        {
            WriteSuspicion(suspected);
            return;
        }

        var level = result.Triage.Level;
        var colour = LevelColour(level);
        // The level is spelled out in words as well as colour, so it reads the same without colour.
        var call = result.Triage.Call is not { } number ? ""
            : subject is null ? $"\n[bold]Call {Markup.Escape(number)}[/] (or your local emergency number) now."
            : $"\n[bold]Call {Markup.Escape(number)}[/] (or your local emergency number) for them now, and stay with them.";
        var body = new Markup($"[bold {colour}]{Markup.Escape(result.Triage.Label.ToUpperInvariant())}[/]\n{Markup.Escape(result.Triage.Action)}{call}");
        console.Write(new Panel(body).Header($"Level: {AssessmentJson.LevelId(level)}{About}").BorderColor(ColourOf(level)).Expand());
    }

    /// <summary>
    /// A suspicion heads the result: the answers that point at it, the questions that would settle it in full, and what to
    /// do if any is yes, before the level the answers reach so far (which is not the all-clear).
    /// </summary>
    private void WriteSuspicion(Suspicion suspected)
    {
        var colour = LevelColour(suspected.Level);
        // Calm and exact: nothing has fired yet, but one answer would make it this level.
        var headline = suspected.Level == TriageLevel.Emergency
            ? "ONE ANSWER COULD MAKE THIS AN EMERGENCY"
            : $"ONE ANSWER COULD CHANGE THIS TO: {kb.Guidance(suspected.Level).Label.ToUpperInvariant()}";
        var questions = result.Triage.Suspected.Where(s => s.Level == suspected.Level).SelectMany(s => s.Questions).Distinct().ToList();
        // Asked as the interview would ask them: about the person when the answers are someone else's.
        var asked = string.Join("\n", questions.Select(id => $"  - {Markup.Escape(kb.Question(id).TextFor(subject))}"));
        var body = new Markup(
            $"[bold {colour}]{headline}[/]\n" +
            // Suspected from words a description raised but did not settle, no answer points at it yet.
            (suspected.Answers.Count == 0 ? "Your words may describe " : $"You said {Markup.Escape(Said(suspected.Answers))}. That points to ") +
            $"[bold]{Markup.Escape(TriageWords.InSentence(suspected.Title))}[/] {Cite(suspected.Sources)}, " +
            $"which {TriageWords.WhichSettle(questions.Count)}:\n{asked}\n" +
            $"[bold]{TriageWords.IfConfirmed(kb, questions)}:[/] {Markup.Escape(kb.Guidance(suspected.Level).ActionFor(subject))}\n" +
            $"Otherwise, so far: {Markup.Escape(result.Triage.Action)}");
        console.Write(new Panel(body).Header($"Level: {AssessmentJson.LevelId(result.Triage.Level)}, not settled{About}").BorderColor(ColourOf(suspected.Level)).Expand());
    }

    private void WriteReasons()
    {
        if (result.Triage.Reasons.Count == 0)
        {
            return;
        }

        console.MarkupLine("[bold]Why[/]");
        foreach (var reason in result.Triage.Reasons)
        {
            console.MarkupLine($"  [{LevelColour(reason.Level)}]{Markup.Escape(AssessmentJson.LevelId(reason.Level))}[/]  [bold]{Markup.Escape(reason.Title)}[/] {Cite(reason.Sources)}");
            console.MarkupLine($"      because you said: {Markup.Escape(Said(reason.Answers))}");
            console.MarkupLine($"      {Markup.Escape(reason.Text)}");
        }

        console.WriteLine();
    }

    private void WriteUnanswered()
    {
        var ids = result.UnansweredRedFlags;
        if (ids.Count == 0)
        {
            return;
        }

        var shown = options.Full ? ids : ids.Take(UnansweredShown);
        var more = options.Full || ids.Count <= UnansweredShown ? "" : $", and {ids.Count - UnansweredShown} more (--full lists them)";
        console.MarkupLine($"[bold]Not answered yet[/]: {ids.Count} warning sign{(ids.Count == 1 ? "" : "s")}. The level could be higher if any is yes, so this is not the all-clear:");
        console.MarkupLine($"  {Markup.Escape(string.Join("; ", shown.Select(id => kb.Question(id).Short)) + more)}");
        console.WriteLine();
    }

    private void WriteWatchFor()
    {
        if (result.WatchFor.Count == 0)
        {
            return;
        }

        console.MarkupLine($"[bold]{TriageWords.GetHelpIfThisChanges(subject)}[/]");
        foreach (var sign in result.WatchFor)
        {
            console.MarkupLine($"  [{LevelColour(sign.Level)}]{Markup.Escape(AssessmentJson.LevelId(sign.Level))}[/]: {Markup.Escape(sign.Text)}");
        }

        console.WriteLine();
    }

    private void WriteCauses()
    {
        console.MarkupLine("[bold]Likely causes, most likely first[/]");
        if (result.Causes.Count == 0)
        {
            console.MarkupLine("  None of your answers points to a cause yet. Answering the questions about exercise, fluids, sleep and caffeine helps.");
        }

        var rank = 1;
        foreach (var cause in Causes)
        {
            var likelihood = cause.Likelihood == Likelihood.Likely ? "[green]likely[/]" : "[yellow]possible[/]";
            console.MarkupLine($"  {rank++}. [bold]{Markup.Escape(cause.Name)}[/] ({likelihood}) {Cite(cause.Sources)}");
            if (cause.Because.Count > 0)
            {
                console.MarkupLine($"     because {Markup.Escape(Briefly(cause.Because))}");
            }

            if (cause.Against.Count > 0)
            {
                console.MarkupLine($"     against it: {Markup.Escape(Briefly(cause.Against))}");
            }
        }

        var hidden = result.Causes.Count - Causes.Count;
        if (hidden > 0)
        {
            console.MarkupLine($"  [dim]{hidden} more possible cause{(hidden == 1 ? "" : "s")}: add --all to see them.[/]");
        }

        console.WriteLine();
    }

    private void WriteAdvice(string title, IReadOnlyList<AdviceStep> steps, int shown, bool evidence = true)
    {
        if (steps.Count == 0)
        {
            return;
        }

        console.MarkupLine($"[bold]{title}[/]");
        foreach (var step in Shown(steps, shown))
        {
            console.MarkupLine($"  * {Markup.Escape(step.Text)} {Cite(step.Sources)}");
            // What research adds is for the reader who wants it: --full.
            if (evidence && options.Full && step.Evidence is not null)
            {
                console.MarkupLine($"    [italic]What the research says:[/] {Markup.Escape(step.Evidence)}");
            }
        }

        if (!options.Full && steps.Count > shown)
        {
            console.MarkupLine($"  [dim]{steps.Count - shown} more; add --full to see them all.[/]");
        }

        console.WriteLine();
    }

    private void WriteWithheld()
    {
        if (result.Withheld.Count == 0)
        {
            return;
        }

        console.MarkupLine($"[bold]{TriageWords.NotFor(subject)}[/]");
        foreach (var step in result.Withheld)
        {
            console.MarkupLine($"  - {Markup.Escape(FirstSentence(step.Text))} [italic]Left out because {Markup.Escape(step.Reason.TrimEnd('.'))}.[/]");
        }

        console.WriteLine();
    }

    private void WriteSources()
    {
        if (SourceNumbers.Count == 0)
        {
            return;
        }

        console.MarkupLine("[bold]Sources[/]");
        foreach (var source in result.Sources.Where(s => SourceNumbers.ContainsKey(s.Id)))
        {
            console.MarkupLine($"  [dim][[{SourceNumbers[source.Id]}]][/] {Markup.Escape(source.Title)}");
        }

        console.WriteLine();
        if (options.Full)
        {
            console.MarkupLine($"[dim]Knowledge {Markup.Escape(result.KnowledgeVersion)}[/]");
        }
    }

    // Escaped for the panel header, which Spectre reads as markup.
    private string About => subject is null ? "" : $", about {Markup.Escape(subject)}";

    private IReadOnlyList<AdviceStep> Shown(IReadOnlyList<AdviceStep> steps, int shown) => options.Full ? steps : [.. steps.Take(shown)];

    /// <summary>The sources of everything this rendering shows, numbered in the order the result lists them.</summary>
    private Dictionary<string, int> Cited()
    {
        IEnumerable<IReadOnlyList<string>> cited = [.. result.Triage.Suspected.Take(1).Select(s => s.Sources), .. result.Triage.Reasons.Select(r => r.Sources),
            .. result.WhileWaiting.Select(s => s.Sources)];
        if (!emergency)
        {
            var first = First is { } step ? new[] { step.Sources } : [];
            cited = [.. cited, .. first, .. Causes.Select(c => c.Sources), .. MoreRelief.Select(s => s.Sources), .. Prevention.Select(s => s.Sources)];
        }

        var ids = cited.SelectMany(s => s).ToHashSet(StringComparer.Ordinal);
        return result.Sources.Where(s => options.Full || ids.Contains(s.Id)).Select((s, i) => (s.Id, i + 1)).ToDictionary(x => x.Id, x => x.Item2);
    }

    private string Cite(IEnumerable<string> sources) =>
        sources.Where(SourceNumbers.ContainsKey).Select(s => SourceNumbers[s]).Order().ToList() is { Count: > 0 } numbers
            ? $"[dim][[{string.Join(",", numbers)}]][/]"
            : "";

    /// <summary>"dark (cola-coloured) urine: yes; pain (0-10): 8": the answers behind a reason, in a few words each.</summary>
    private string Said(IEnumerable<string> answerIds) =>
        string.Join("; ", answerIds.Distinct().Select(id => AnswerWords.Phrase(kb.Question(id), answers)));

    /// <summary>The answers behind some findings, each named once; a finding no answer explains keeps its own words.</summary>
    private string Briefly(IReadOnlyList<Finding> findings) =>
        string.Join("; ", findings.SelectMany(f => f.Answers.Count > 0 ? f.Answers.Select(id => AnswerWords.Phrase(kb.Question(id), answers)) : [f.Text.TrimEnd('.')])
            .Distinct());

    private static string FirstSentence(string text) =>
        text.IndexOf(". ", StringComparison.Ordinal) is var end and > 0 ? text[..(end + 1)] : text;

    public static string LevelColour(TriageLevel level) => level switch
    {
        TriageLevel.Emergency => "red",
        TriageLevel.Urgent => "darkorange",
        TriageLevel.Doctor => "yellow",
        _ => "green",
    };

    private static Color ColourOf(TriageLevel level) => level switch
    {
        TriageLevel.Emergency => Color.Red,
        TriageLevel.Urgent => Color.DarkOrange,
        TriageLevel.Doctor => Color.Yellow,
        _ => Color.Green,
    };
}

/// <summary>How much of a result the text shows: by default the short form; <c>Full</c> everything, <c>AllCauses</c> every cause.</summary>
internal sealed record RenderOptions(bool Full, bool AllCauses);
