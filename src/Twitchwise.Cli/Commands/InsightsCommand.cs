using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Journal;

namespace Twitchwise.Cli.Commands;

/// <summary>
/// <c>twitchwise insights [--format json]</c>: which factors go with your episodes and how sure that is, training-load
/// warnings, and the journal's own reasons to see a doctor. Also stores the day-by-day training load.
/// </summary>
internal static class InsightsCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format();
        var db = JournalDb.Option();
        var command = new Command("insights", "What goes with your episodes, training-load warnings, and when the journal says to see a doctor") { format, db };
        command.SetAction(parse => JournalDb.Use(context, parse.GetValue(db), (journal, _) =>
        {
            var entries = journal.Load(new JournalCodec(context.Knowledge.Value));
            var report = new Insights(context.Knowledge.Value, context.Clock).Analyze(entries);
            journal.ReplaceTrainingLoad(report.TrainingLoad.Days);
            if (parse.GetValue(format) == "json")
            {
                context.Out.WriteLine(InsightsJson.Serialize(report));
            }
            else
            {
                Render(context.Console(), report);
                context.Out.WriteLine(AssessmentJson.Reminder);
            }

            return CliApp.Ok;
        }));
        return command;
    }

    private static void Render(IAnsiConsole console, InsightsReport report)
    {
        if (report.Days > 0)
        {
            console.Write(new Rule($"[bold]Your journal: {report.Days} days[/] ({report.From:yyyy-MM-dd} to {report.To:yyyy-MM-dd}), episodes on {report.EpisodeDays}").LeftJustified());
        }

        foreach (var line in report.Summary)
        {
            var style = line.StartsWith("See a doctor", StringComparison.Ordinal) ? "bold yellow" : "default";
            console.MarkupLine($"[{style}]{Markup.Escape(line)}[/]");
        }

        if (report.Days == 0)
        {
            return;
        }

        console.WriteLine();
        var table = new Table().Border(TableBorder.Simple).AddColumns("factor", "days with", "days without", "rate ratio", "95% interval", "verdict");
        foreach (var f in report.Factors)
        {
            var verdict = !f.EnoughData ? "[dim]too few days[/]" : f.Significant ? "[bold]linked[/]" : "no clear link";
            table.AddRow(Markup.Escape(f.Id), Days(f.DaysWith, f.EpisodeRateWith), Days(f.DaysWithout, f.EpisodeRateWithout),
                f.RateRatio is { } rr ? $"{rr:0.00}" : "-", f.RateRatio is null ? "-" : $"{f.CiLow:0.00}-{f.CiHigh:0.00}", verdict);
        }

        console.Write(table);
        console.MarkupLine("[dim]In brackets: the share of those days with an episode. Rate ratio: how many times as often episodes came on days with the factor.[/]");
        if (report.TrainingLoad.Latest is { } latest)
        {
            var ratio = latest.Ratio is { } r ? $"{r:0.00}" : "not yet (needs 28 days)";
            console.MarkupLine($"Training load on {latest.Day:yyyy-MM-dd}: acute (7-day) {latest.Acute:0}, chronic (28-day) {latest.Chronic:0}, ratio {ratio}; " +
                $"{TrainingLoad.SpikeRatio:0.0} or more is a spike.");
        }

        console.MarkupLine("[dim]Linked: the difference holds after correcting for testing every factor at once (Benjamini-Hochberg, 5%) and its interval excludes 1.[/]");
    }

    /// <summary>"40 (25%)": how many days, and on what share of them an episode was logged.</summary>
    private static string Days(int days, double? episodeRate) => episodeRate is { } r ? $"{days} ({r:0%})" : $"{days}";
}
