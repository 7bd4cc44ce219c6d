using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;
using Twitchwise.Domain.Import;
using Twitchwise.Domain.Journal;
using Twitchwise.Storage;

namespace Twitchwise.Cli.Commands;

/// <summary>
/// <c>twitchwise import FILE|FOLDER ...</c>: adds journal exports (JSON Lines, CSV) and activity files (FIT, GPX, TCX)
/// to the journal. Folders are walked recursively, files in name order; each file's format is told from its content.
/// Each file is imported on its own and in one transaction (see <see cref="JournalImport"/>): a journal file all or
/// nothing, an activity file workout by workout minus duplicates. A file that cannot be imported is refused with its
/// reason and the others still go in. Exit 0 when no file was refused, 2 when any was (reasons on stderr), 1 when the
/// journal itself cannot be used.
/// </summary>
internal static class ImportCommand
{
    private const int ProblemsShown = 30;

    /// <summary>Far above any real export or activity file; stops a mistyped folder from reading a video into memory.</summary>
    private const long MaxFileBytes = 100L * 1024 * 1024;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private sealed record InputFile(string Name, string? Path, string? Problem = null);

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders to import: Twitchwise exports (JSON Lines, CSV) and FIT, GPX or TCX activity files; folders are " +
                "searched recursively; - reads a journal export from stdin",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = JournalDb.Option();
        var format = CommonOptions.Format();
        var command = new Command("import", "Add journal exports and workouts from watches and apps to the journal; duplicates are skipped") { paths, db, format };
        command.SetAction(parse =>
        {
            var files = Expand(parse.GetValue(paths)!);
            if (files.Count == 0)
            {
                context.Error.WriteLine("Nothing to import: the folders given hold no files.");
                return CliApp.InvalidInput;
            }

            var json = parse.GetValue(format) == "json";
            return JournalDb.Use(context, parse.GetValue(db), (journal, location) =>
            {
                var import = new JournalImport(journal, context.Knowledge.Value, context.Clock.LocalTimeZone);
                var reports = new List<FileReport>(files.Count);
                // A bar only for a person watching a run of several files; programs and pipes get the summary alone.
                if (!json && files.Count > 1 && context.ColorEnabled && context.InputIsTerminal)
                {
                    context.Console().Progress().AutoClear(true).Start(progress =>
                    {
                        var task = progress.AddTask("Importing", maxValue: files.Count);
                        foreach (var file in files)
                        {
                            task.Description = Markup.Escape(Shorten(file.Name));
                            reports.Add(ImportOne(file, import, context));
                            task.Increment(1);
                        }
                    });
                }
                else
                {
                    reports.AddRange(files.Select(file => ImportOne(file, import, context)));
                }

                var summary = new ImportSummary(reports);
                if (json)
                {
                    context.Out.WriteLine(JsonSerializer.Serialize(ToJson(summary, location), JsonOptions));
                }
                else
                {
                    WriteText(summary, files.Count == 1 ? files[0].Name : null, location, context);
                }

                return summary.Count(FileOutcome.Refused) > 0 ? CliApp.InvalidInput : CliApp.Ok;
            });
        });
        return command;
    }

    /// <summary>The files named and those inside the folders named, each once, folders' files in ordinal name order.</summary>
    private static List<InputFile> Expand(IEnumerable<string> paths)
    {
        var files = new List<InputFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path == "-")
            {
                files.Add(new("stdin", null));
            }
            else if (Directory.Exists(path))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
                foreach (var relative in Directory.EnumerateFiles(path, "*", options).Select(f => Path.GetRelativePath(path, f)).Order(StringComparer.Ordinal))
                {
                    var full = Path.GetFullPath(Path.Combine(path, relative));
                    if (seen.Add(full))
                    {
                        files.Add(new(Path.Join(path, relative), full));
                    }
                }
            }
            else if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path)))
                {
                    files.Add(new(path, Path.GetFullPath(path)));
                }
            }
            else
            {
                files.Add(new(path, null, "no such file or folder"));
            }
        }

        return files;
    }

    private static FileReport ImportOne(InputFile file, JournalImport import, CliContext context)
    {
        if (file.Problem is { } problem)
        {
            return import.Refuse(file.Name, null, problem);
        }

        byte[] content;
        try
        {
            if (file.Path is { } path && new FileInfo(path).Length is var length and > MaxFileBytes)
            {
                return import.Refuse(file.Name, null, $"too large ({length / (1024 * 1024)} MB); journal exports and activity files are far smaller");
            }

            content = file.Path is { } p ? File.ReadAllBytes(p) : System.Text.Encoding.UTF8.GetBytes(context.In.ReadToEnd());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return import.Refuse(file.Name, null, $"cannot be read: {e.Message}");
        }

        return import.AddFile(file.Name, content);
    }

    private static void WriteText(ImportSummary summary, string? onlyFile, string location, CliContext context)
    {
        var added = summary.Added;
        var imported = summary.Count(FileOutcome.Imported);
        var from = onlyFile is not null ? $" from '{onlyFile}'" : imported > 0 ? $" from {imported} of {Count(summary.Files.Count, "file")}" : "";
        var workouts = summary.DeviceWorkouts;
        if (added > 0 || summary.Duplicates > 0)
        {
            var what = added > 0 && workouts == added ? Count(added, "workout") : Count(added, "entry", "entries");
            context.Out.WriteLine($"Imported {what}{from} into the journal at {location}.");
        }

        if (summary.Duplicates > 0)
        {
            var unchanged = summary.Count(FileOutcome.Duplicate);
            context.Out.WriteLine($"Skipped {Count(summary.Duplicates, "duplicate")}, already in the journal or earlier in this import" +
                (unchanged > 0 && onlyFile is null ? $" ({Count(unchanged, "file")} held nothing new)." : "."));
        }

        if (workouts > 0)
        {
            context.Out.WriteLine("Workouts from devices have no rpe (how hard they felt), so they count for long and sweaty sessions but add no training load.");
        }

        var refused = summary.Files.Where(f => f.Outcome == FileOutcome.Refused).ToList();
        if (refused.Count == 0)
        {
            return;
        }

        context.Error.WriteLine(added + summary.Duplicates == 0
            ? $"Nothing imported: {Count(refused.Count, "file")} refused."
            : $"Refused {Count(refused.Count, "file")} (nothing from {(refused.Count == 1 ? "it" : "them")} was imported):");
        foreach (var file in refused)
        {
            context.Error.WriteLine($"  {file.File}: {file.Reason}{(file.Problems is { Count: > 0 } ? ". Fix and import it again:" : "")}");
            foreach (var problem in file.Problems?.Take(ProblemsShown) ?? [])
            {
                context.Error.WriteLine($"    {problem}");
            }

            if (file.Problems?.Count > ProblemsShown)
            {
                context.Error.WriteLine($"    ... and {file.Problems.Count - ProblemsShown} more.");
            }
        }
    }

    private static object ToJson(ImportSummary summary, string location) => new
    {
        Journal = location,
        Files = summary.Files.Count,
        ImportedFiles = summary.Count(FileOutcome.Imported),
        DuplicateFiles = summary.Count(FileOutcome.Duplicate),
        RefusedFiles = summary.Count(FileOutcome.Refused),
        Added = summary.Added,
        Duplicates = summary.Duplicates,
        Results = summary.Files.Select(f => new
        {
            f.File,
            f.Format,
            Outcome = f.Outcome.ToString().ToLowerInvariant(),
            f.Added,
            f.Duplicates,
            f.Reason,
            Problems = f.Problems?.Select(p => new { p.Line, p.Field, p.Message }),
        }),
    };

    private static string Count(int n, string one, string? many = null) => $"{n} {(n == 1 ? one : many ?? one + "s")}";

    /// <summary>The end of a long path, so that the progress line fits a terminal.</summary>
    private static string Shorten(string name) => name.Length <= 48 ? name : "…" + name[^47..];
}
