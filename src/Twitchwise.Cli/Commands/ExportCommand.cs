using System.CommandLine;
using System.Text;
using Twitchwise.Domain.Journal;

namespace Twitchwise.Cli.Commands;

/// <summary>
/// <c>twitchwise export [--format jsonl|csv] [--out FILE]</c>: the whole journal as JSON Lines (spec/journal.md) or CSV
/// (docs/csv-format.md), to stdout or a file. Without <c>--format</c>, a file named <c>*.csv</c> gets CSV and anything
/// else JSON Lines, so that <c>--out journal.csv</c> does what it says.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of stdout (replaced whole, never half-written)" };
        var format = new Option<string?>("--format", "-f")
        {
            Description = "jsonl (JSON Lines, the default) or csv (one row per entry, for spreadsheets); default: csv when --out ends in .csv",
        }.AcceptOnlyFromAmong("jsonl", "csv");
        var db = JournalDb.Option();
        var command = new Command("export", "Write the whole journal as JSON Lines or CSV, the formats 'twitchwise import' reads back") { output, format, db };
        command.SetAction(parse => JournalDb.Use(context, parse.GetValue(db), (journal, _) =>
        {
            var entries = journal.Load(new JournalCodec(context.Knowledge.Value));
            var path = parse.GetValue(output);
            var csv = (parse.GetValue(format) ?? (path?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) == true ? "csv" : "jsonl")) == "csv";
            var text = new StringWriter { NewLine = "\n" };
            if (csv)
            {
                JournalCsv.Write(text, entries);
            }
            else
            {
                foreach (var entry in entries)
                {
                    text.Write(JournalCodec.WriteLine(entry));
                    text.Write('\n');
                }
            }

            if (path is null)
            {
                context.Out.Write(text.ToString());
                return CliApp.Ok;
            }

            // Write beside the target and move over it, so an interrupted export never leaves a truncated file behind.
            var full = Path.GetFullPath(path);
            var temporary = full + ".tmp";
            File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(false));
            File.Move(temporary, full, overwrite: true);
            context.Out.WriteLine($"Exported {entries.Count} entr{(entries.Count == 1 ? "y" : "ies")} to {full}{(csv ? " as CSV" : "")}.");
            return CliApp.Ok;
        }));
        return command;
    }
}
