using Spectre.Console;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Cli.Output;

/// <summary>
/// The text form of a result: the level and what to do first, then why and what to do while waiting, the warning signs
/// still unanswered (before anything that could reassure), the causes, relief, prevention, what was held back and why,
/// what would change the advice, and numbered sources. At the emergency level only the action, why and what to do while
/// waiting. Short by default; <c>full</c> shows every step and unanswered question.
/// </summary>
internal sealed class AssessmentRenderer(IAnsiConsole console, TextWriter output, AssessmentResult result, AnswerSet answers, KnowledgeBase kb, bool full)
{
    private const int ReliefShown = 5;
    private const int PreventionShown = 6;
    private const int UnansweredShown = 8;

    // Sources are cited as [n] and listed once at the end, numbered in the order of the list.
    private Dictionary<string, int> SourceNumbers => field ??= result.Sources.Select((s, i) => (s.Id, i + 1)).ToDictionary(x => x.Id, x => x.Item2);

    public static void Render(CliContext context, AssessmentResult result, AnswerSet answers, bool full = false) =>
        new AssessmentRenderer(context.Console(), context.Out, result, answers, context.Knowledge.Value, full).Render();

    private void Render()
    {
        WriteLevel();
        WriteReasons();
        WriteAdvice("While you wait", result.WhileWaiting, int.MaxValue);
        if (result.Triage.Level == TriageLevel.Emergency)
        {
            // In an emergency nothing may distract from the action: no causes to read, no remedies to try.
            WriteSources();
            output.WriteLine(AssessmentJson.Reminder);
            return;
        }

        WriteUnanswered();
        WriteCauses();
        WriteAdvice("Relief now", result.Relief, ReliefShown);
        WriteAdvice("Prevention", result.Prevention, PreventionShown);
        WriteWithheld();
        WriteWatchFor();
        WriteSources();
        // Written raw so it stays one line whatever the console width.
        output.WriteLine(AssessmentJson.Reminder);
    }

    private void WriteLevel()
    {
        var level = result.Triage.Level;
        var colour = LevelColour(level);
        // The level is spelled out in words as well as colour, so it reads the same without colour.
        var call = result.Triage.Call is { } number ? $"\n[bold]Call {Markup.Escape(number)}[/] (or your local emergency number) now." : "";
        var body = new Markup($"[bold {colour}]{Markup.Escape(result.Triage.Label.ToUpperInvariant())}[/]\n{Markup.Escape(result.Triage.Action)}{call}");
        console.Write(new Panel(body).Header($"Level: {AssessmentJson.LevelId(level)}").BorderColor(ColourOf(level)).Expand());
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

    private void WriteCauses()
    {
        console.MarkupLine("[bold]Likely causes, most likely first[/]");
        if (result.Causes.Count == 0)
        {
            console.MarkupLine("  None of your answers points to a cause yet. Answering the questions about exercise, fluids, sleep and caffeine helps.");
        }

        var rank = 1;
        foreach (var cause in result.Causes)
        {
            var likelihood = cause.Likelihood == Likelihood.Likely ? "[green]likely[/]" : "[yellow]possible[/]";
            console.MarkupLine($"  {rank++}. [bold]{Markup.Escape(cause.Name)}[/] ({likelihood}, score {cause.Score:0.00}) {Cite(cause.Sources)}");
            foreach (var finding in cause.Because)
            {
                console.MarkupLine($"     + {Markup.Escape(finding.Text)}");
            }

            foreach (var finding in cause.Against)
            {
                console.MarkupLine($"     - {Markup.Escape(finding.Text)}");
            }
        }

        console.WriteLine();
    }

    private void WriteAdvice(string title, IReadOnlyList<AdviceStep> steps, int shown)
    {
        if (steps.Count == 0)
        {
            return;
        }

        console.MarkupLine($"[bold]{title}[/]");
        foreach (var step in full ? steps : steps.Take(shown))
        {
            console.MarkupLine($"  * {Markup.Escape(step.Text)} {Cite(step.Sources)}");
            if (step.Evidence is not null)
            {
                console.MarkupLine($"    [italic]What the research says:[/] {Markup.Escape(step.Evidence)}");
            }
        }

        if (!full && steps.Count > shown)
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

        console.MarkupLine("[bold]Not for you[/]");
        foreach (var step in result.Withheld)
        {
            console.MarkupLine($"  - {Markup.Escape(step.Text)} [italic]Left out because {Markup.Escape(step.Reason)}.[/]");
        }

        console.WriteLine();
    }

    private void WriteWatchFor()
    {
        if (result.WatchFor.Count == 0)
        {
            return;
        }

        console.MarkupLine("[bold]Get help if this changes[/]");
        foreach (var sign in result.WatchFor)
        {
            console.MarkupLine($"  [{LevelColour(sign.Level)}]{Markup.Escape(AssessmentJson.LevelId(sign.Level))}[/]: {Markup.Escape(sign.Text)}");
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

        console.MarkupLine($"[bold]Not answered yet[/]: {ids.Count} warning-sign question{(ids.Count == 1 ? "" : "s")}. The level could be higher if any is yes, so this is not the all-clear:");
        foreach (var id in full ? ids : ids.Take(UnansweredShown))
        {
            console.MarkupLine($"  - {Markup.Escape(kb.Question(id).Text)} [dim]({Markup.Escape(id)})[/]");
        }

        if (!full && ids.Count > UnansweredShown)
        {
            console.MarkupLine($"  [dim]and {ids.Count - UnansweredShown} more: {Markup.Escape(string.Join(", ", ids.Skip(UnansweredShown)))}[/]");
        }

        console.WriteLine();
    }

    private void WriteSources()
    {
        console.MarkupLine("[bold]Sources[/]");
        foreach (var source in result.Sources)
        {
            var file = source.File is null ? "" : $" ({source.File})";
            console.MarkupLine($"  [dim][[{SourceNumbers[source.Id]}]][/] {Markup.Escape(source.Title)}{Markup.Escape(file)}");
        }

        console.WriteLine();
        console.MarkupLine($"[dim]Knowledge {Markup.Escape(result.KnowledgeVersion)}[/]");
    }

    private string Cite(IEnumerable<string> sources) =>
        $"[dim][[{string.Join(",", sources.Select(s => SourceNumbers[s]).Order())}]][/]";

    /// <summary>"symptom.dark_urine = yes; episode.pain = 8": the answers behind a reason, as the person gave them.</summary>
    private string Said(IReadOnlyList<string> answerIds) =>
        string.Join("; ", answerIds.Select(id => $"{id} = {AnswerText.Of(id, answers)}"));

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
