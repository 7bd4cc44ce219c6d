using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Twitchwise.Domain.Journal;
using Twitchwise.Storage;

namespace Twitchwise.Cli.Commands;

/// <summary>
/// <c>twitchwise import FILE</c>: adds a file's entries to the journal, all or nothing. The format is recognised from
/// the content (see <see cref="ImportFormats"/>). A file with any bad line is refused whole, exit 2, and every problem
/// is listed with its line and field; the journal is not touched. Entries already stored are skipped.
/// </summary>
internal static class ImportCommand
{
    private const int ProblemsShown = 30;

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The file to import: a Twitchwise export (JSON Lines); - reads stdin" };
        var db = JournalDb.Option();
        var command = new Command("import", "Add the entries of a file to the journal, all or nothing") { file, db };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var name = path == "-" ? "stdin" : $"'{path}'";
            byte[] content;
            try
            {
                content = path == "-" ? ReadAll(context.In) : File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"Cannot read {name}: {e.Message}");
                return CliApp.Failed;
            }

            var format = ImportFormats.Detect(content.AsMemory(0, Math.Min(content.Length, ImportFormats.HeadLength)));
            if (format is null)
            {
                context.Error.WriteLine($"Nothing imported: {name} is not a file Twitchwise can import. It reads {string.Join(", ", ImportFormats.All.Select(f => f.Name))}, " +
                    "such as a file written by 'twitchwise export'.");
                return CliApp.InvalidInput;
            }

            var read = format.Read(new MemoryStream(content, writable: false), context.Knowledge.Value);
            if (!read.IsValid)
            {
                var count = read.Problems.Count;
                context.Error.WriteLine($"Nothing imported: {name} has {count} problem{(count == 1 ? "" : "s")}, and a file is imported whole or not at all. Fix {(count == 1 ? "it" : "them")} and import again:");
                foreach (var problem in read.Problems.Take(ProblemsShown))
                {
                    context.Error.WriteLine($"  {problem}");
                }

                if (count > ProblemsShown)
                {
                    context.Error.WriteLine($"  ... and {count - ProblemsShown} more.");
                }

                return CliApp.InvalidInput;
            }

            return JournalDb.Use(context, parse.GetValue(db), (journal, location) =>
            {
                var fresh = WithoutThoseAlreadyStored(journal, read.Entries);
                var added = journal.AddAll(fresh);
                var skipped = read.Entries.Count - fresh.Count;
                context.Out.WriteLine($"Imported {added} entr{(added == 1 ? "y" : "ies")} from {name} into the journal at {location}." +
                    (skipped > 0 ? $" {skipped} {(skipped == 1 ? "was" : "were")} already in it and {(skipped == 1 ? "was" : "were")} skipped." : ""));
                return CliApp.Ok;
            });
        });
        return command;
    }

    /// <summary>
    /// Importing the same export twice should not double the journal: an entry identical to a stored one is skipped,
    /// counted as a multiset so that two identical coffees in one file are still two when only one is stored.
    /// </summary>
    private static List<JournalEntry> WithoutThoseAlreadyStored(JournalContext journal, IReadOnlyList<JournalEntry> entries)
    {
        var stored = journal.Entries.AsNoTracking().Select(e => e.Body).AsEnumerable()
            .GroupBy(b => b, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var fresh = new List<JournalEntry>(entries.Count);
        foreach (var entry in entries)
        {
            var body = JournalCodec.WriteLine(entry);
            if (stored.TryGetValue(body, out var count) && count > 0)
            {
                stored[body] = count - 1;
            }
            else
            {
                fresh.Add(entry);
            }
        }

        return fresh;
    }

    private static byte[] ReadAll(TextReader reader) => System.Text.Encoding.UTF8.GetBytes(reader.ReadToEnd());
}
