using Spectre.Console;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Cli.Output;

/// <summary>The text form of a result: the level and what to do first, then causes, relief, prevention and sources.</summary>
internal static class AssessmentRenderer
{
    public static void Render(IAnsiConsole console, AssessmentResult result, AnswerSet answers, KnowledgeBase kb)
    {
        var triage = result.Triage;
        var colour = LevelColour(triage.Level);
        var headline = $"[bold {colour}]{Markup.Escape(triage.Label.ToUpperInvariant())}[/]";
        console.Write(new Panel(new Markup($"{headline}\n{Markup.Escape(triage.Action)}"))
            .Header("How urgent")
            .BorderColor(ColourOf(triage.Level))
            .Expand());

        if (triage.Reasons.Count > 0)
        {
            console.MarkupLine("[bold]Why[/]");
            foreach (var reason in triage.Reasons)
            {
                console.MarkupLine($"  [{LevelColour(reason.Level)}]{Markup.Escape(AssessmentJson.LevelId(reason.Level))}[/] " +
                    $"[bold]{Markup.Escape(reason.Title)}[/] (because you said {Markup.Escape(Said(reason.Answers, answers))})");
                console.MarkupLine($"    {Markup.Escape(reason.Text)} [dim][[{Markup.Escape(string.Join(", ", reason.Sources))}]][/]");
            }

            console.WriteLine();
        }

        if (result.Causes.Count > 0)
        {
            console.MarkupLine("[bold]Likely causes, most likely first[/]");
            var rank = 1;
            foreach (var cause in result.Causes)
            {
                var likelihood = cause.Likelihood == Likelihood.Likely ? "[green]likely[/]" : "[yellow]possible[/]";
                console.MarkupLine($"  {rank++}. [bold]{Markup.Escape(cause.Name)}[/] ({likelihood}, score {cause.Score:0.00}) [dim][[{Markup.Escape(string.Join(", ", cause.Sources))}]][/]");
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
        else
        {
            console.MarkupLine("[bold]Likely causes[/]\n  None of your answers points to a cause yet; answering more questions helps.\n");
        }

        WriteAdvice(console, "Relief now", result.Relief);
        WriteAdvice(console, "Prevention", result.Prevention);

        if (result.WatchFor.Count > 0)
        {
            console.MarkupLine("[bold]Get help if this changes[/]");
            foreach (var sign in result.WatchFor)
            {
                console.MarkupLine($"  [{LevelColour(sign.Level)}]{Markup.Escape(AssessmentJson.LevelId(sign.Level))}[/]: {Markup.Escape(sign.Text)}");
            }

            console.WriteLine();
        }

        if (result.UnansweredRedFlags.Count > 0)
        {
            console.MarkupLine("[bold]Not answered[/] (the level could be higher if any of these is yes):");
            foreach (var id in result.UnansweredRedFlags)
            {
                console.MarkupLine($"  - {Markup.Escape(kb.Question(id).Text)} [dim]({Markup.Escape(id)})[/]");
            }

            console.WriteLine();
        }

        console.MarkupLine("[bold]Sources[/]");
        foreach (var source in result.Sources)
        {
            console.MarkupLine($"  [dim]{Markup.Escape(source.Id)}[/]: {Markup.Escape(source.Title)}");
        }

        console.WriteLine();
        console.MarkupLine($"[dim]{Markup.Escape(AssessmentJson.Disclaimer)} (knowledge {Markup.Escape(result.KnowledgeVersion)})[/]");
    }

    private static void WriteAdvice(IAnsiConsole console, string title, IReadOnlyList<AdviceStep> steps)
    {
        if (steps.Count == 0)
        {
            return;
        }

        console.MarkupLine($"[bold]{title}[/]");
        foreach (var step in steps)
        {
            console.MarkupLine($"  * {Markup.Escape(step.Text)} [dim][[{Markup.Escape(string.Join(", ", step.Sources))}]][/]");
            if (step.Evidence is not null)
            {
                console.MarkupLine($"    [italic]Evidence: {Markup.Escape(step.Evidence)}[/]");
            }
        }

        console.WriteLine();
    }

    /// <summary>"symptom.dark_urine = yes; episode.pain = 8 (0-10)": the answers behind a reason, as the person gave them.</summary>
    private static string Said(IReadOnlyList<string> answerIds, AnswerSet answers) =>
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
