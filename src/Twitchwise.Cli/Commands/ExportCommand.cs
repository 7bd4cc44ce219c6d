using System.CommandLine;
using System.Text;
using Twitchwise.Domain.Journal;

namespace Twitchwise.Cli.Commands;

/// <summary><c>twitchwise export [--out FILE]</c>: the whole journal as JSON Lines (spec/journal.md), to stdout or a file.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of stdout (replaced whole, never half-written)" };
        var db = JournalDb.Option();
        var command = new Command("export", "Write the whole journal as JSON Lines, the format 'twitchwise import' reads back") { output, db };
        command.SetAction(parse => JournalDb.Use(context, parse.GetValue(db), (journal, _) =>
        {
            var entries = journal.Load(new JournalCodec(context.Knowledge.Value));
            var text = new StringBuilder();
            foreach (var entry in entries)
            {
                text.Append(JournalCodec.WriteLine(entry)).Append('\n');
            }

            if (parse.GetValue(output) is not { } path)
            {
                context.Out.Write(text.ToString());
                return CliApp.Ok;
            }

            // Write beside the target and move over it, so an interrupted export never leaves a truncated file behind.
            var full = Path.GetFullPath(path);
            var temporary = full + ".tmp";
            File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(false));
            File.Move(temporary, full, overwrite: true);
            context.Out.WriteLine($"Exported {entries.Count} entr{(entries.Count == 1 ? "y" : "ies")} to {full}.");
            return CliApp.Ok;
        }));
        return command;
    }
}
