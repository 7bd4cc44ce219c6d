using System.CommandLine;
using System.Text;
using Twitchwise.Cli.Report;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Report;

namespace Twitchwise.Cli.Commands;

/// <summary>
/// <c>twitchwise report [--from --to] --out report.pdf|report.html [--name] [--paper a4|letter]</c>: the one-page summary
/// to take to a doctor. The format follows the file's extension.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var period = new PeriodOptions();
        var output = new Option<string>("--out", "-o") { Description = "The file to write: report.pdf or report.html", Required = true };
        var name = new Option<string?>("--name") { Description = "Your name, printed at the top (optional; left out by default)" };
        var paper = new Option<string>("--paper")
        {
            Description = "Paper size of the PDF: a4 or letter (the content fits both)",
            DefaultValueFactory = _ => "a4",
        }.AcceptOnlyFromAmong("a4", "letter");
        var db = JournalDb.Option();
        var command = new Command("report", "A one-page summary of your journal to take to a doctor, as PDF or HTML")
        {
            period.From, period.To, output, name, paper, db,
        };
        command.SetAction(parse =>
        {
            var (from, to, error) = period.Read(parse, context.Clock);
            var path = parse.GetValue(output)!;
            var extension = Path.GetExtension(path).ToLowerInvariant();
            if (error is null && extension is not (".pdf" or ".html" or ".htm"))
            {
                error = $"--out must name a .pdf or .html file, not '{path}'.";
            }

            if (error is not null)
            {
                context.Error.WriteLine(error);
                return CliApp.InvalidInput;
            }

            return JournalDb.Use(context, parse.GetValue(db), (journal, _) =>
            {
                var knowledge = context.Knowledge.Value;
                var entries = journal.Load(new JournalCodec(knowledge));
                var insights = new Insights(knowledge, context.Clock).Analyze(entries, from, to);
                var today = context.Clock.Today();
                var report = DoctorReport.Build(entries, insights, knowledge, today, parse.GetValue(name));
                return Save(context, report, path, extension == ".pdf", parse.GetValue(paper) == "letter" ? Paper.Letter : Paper.A4);
            });
        });
        return command;
    }

    /// <summary>Written beside the target and moved over it, so a failed write never leaves half a report.</summary>
    private static int Save(CliContext context, DoctorReport report, string path, bool pdf, Paper paper)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
            var temporary = full + ".tmp";
            using (var file = File.Create(temporary))
            {
                if (pdf)
                {
                    ReportPdf.Write(report, file, paper);
                }
                else
                {
                    file.Write(new UTF8Encoding(false).GetBytes(DoctorReportHtml.Write(report)));
                }
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            context.Error.WriteLine($"Cannot write the report to {path}: {e.Message}");
            return CliApp.Failed;
        }

        context.Out.WriteLine($"Wrote the report for {DoctorReport.Date(report.From)} to {DoctorReport.Date(report.To)} to {full}.");
        return CliApp.Ok;
    }
}
