using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Journal;

namespace Twitchwise.Cli.Commands;

/// <summary>
/// <c>twitchwise insights [--from --to] [--format json]</c>: which factors go with your episodes and how sure that is,
/// training-load warnings, and the journal's own reasons to see a doctor. Also stores the day-by-day training load.
/// </summary>
internal static class InsightsCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format();
        var db = JournalDb.Option();
        var period = new PeriodOptions();
        var command = new Command("insights", "What goes with your episodes, training-load warnings, and when the journal says to see a doctor")
        {
            period.From, period.To, format, db,
        };
        command.SetAction(parse =>
        {
            var (from, to, error) = period.Read(parse, context.Clock);
            if (error is not null)
            {
                context.Error.WriteLine(error);
                return CliApp.InvalidInput;
            }

            return Run(context, parse, db, format, from!.Value, to!.Value);
        });
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, Option<string?> db, Option<string> format, DateOnly from, DateOnly to) =>
        JournalDb.Use(context, parse.GetValue(db), (journal, _) =>
        {
            var entries = journal.Load(new JournalCodec(context.Knowledge.Value));
            var report = new Insights(context.Knowledge.Value, context.Clock).Analyze(entries, from, to);
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
        });

    private static void Render(IAnsiConsole console, InsightsReport report)
    {
        var period = $"{JournalCodec.FormatDate(report.PeriodFrom)} to {JournalCodec.FormatDate(report.PeriodTo)}";
        if (report.Days > 0)
        {
            console.Write(new Rule($"[bold]Your journal, {period}[/]: you logged on {report.LoggedDays} day{(report.LoggedDays == 1 ? "" : "s")}; episodes on {report.EpisodeDays}").LeftJustified());
        }

        foreach (var line in report.Summary)
        {
            var style = line.StartsWith("See a doctor", StringComparison.Ordinal) ? "bold yellow" : "default";
            console.MarkupLine($"[{style}]{Markup.Escape(line)}[/]");
        }

        // With too little data a table of dashes says nothing; the lines above say what to log instead.
        if (!report.Factors.Any(f => f.EnoughData))
        {
            return;
        }

        console.WriteLine();
        var table = new Table().Border(TableBorder.Simple).AddColumns("what", "usable days", "days with it (episode share)", "days without",
            "times as often", "95% interval", "verdict");
        foreach (var f in report.Factors)
        {
            var verdict = !f.EnoughData ? "[dim]too few days[/]" : f.Significant ? "[bold]linked[/]" : "no clear link";
            table.AddRow(Markup.Escape(f.Name), $"{f.UsableDays}", Days(f.DaysWith, f.EpisodeRateWith), Days(f.DaysWithout, f.EpisodeRateWithout),
                f.RateRatio is { } rr ? $"{rr:0.0}" : "-", f.RateRatio is null ? "-" : $"{f.CiLow:0.0}-{f.CiHigh:0.0}", verdict);
        }

        console.Write(table);
        console.MarkupLine("[dim]Usable days: days on which what decides it was logged. In brackets: the share of those days with an episode.[/]");
        console.MarkupLine("[dim]Statistics: risk ratio with a 95% interval; linked when Fisher's exact test survives the Benjamini-Hochberg correction " +
            "for comparing eight things at once (5%) and the interval excludes 1.[/]");
    }

    /// <summary>"40 (25%)": how many days, and on what share of them an episode was logged.</summary>
    private static string Days(int days, double? episodeRate) => episodeRate is { } r ? $"{days} ({r:0%})" : $"{days}";
}
