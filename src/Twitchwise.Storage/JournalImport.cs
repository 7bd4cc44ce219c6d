using Microsoft.EntityFrameworkCore;
using Twitchwise.Domain.Import;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Storage;

/// <summary>What became of one file of an import.</summary>
public enum FileOutcome
{
    /// <summary>At least one entry was added.</summary>
    Imported,

    /// <summary>Read fine, but everything in it was already in the journal (or earlier in the same import).</summary>
    Duplicate,

    /// <summary>Not read: <see cref="FileReport.Reason"/> says why, and nothing of it was added.</summary>
    Refused,
}

/// <summary>
/// One file's result. <paramref name="Format"/> is jsonl, csv, fit, gpx or tcx when known. <paramref name="Problems"/>
/// lists a refused journal file's bad lines.
/// </summary>
public sealed record FileReport(
    string File,
    string? Format,
    FileOutcome Outcome,
    int Added,
    int Duplicates,
    string? Reason = null,
    IReadOnlyList<JournalProblem>? Problems = null);

/// <summary>The whole import, file by file, with the totals a summary shows.</summary>
public sealed record ImportSummary(IReadOnlyList<FileReport> Files)
{
    public int Added => Files.Sum(f => f.Added);

    public int Duplicates => Files.Sum(f => f.Duplicates);

    /// <summary>Workouts added from activity files (FIT, GPX, TCX): they carry no rpe, which a summary says.</summary>
    public int DeviceWorkouts => Files.Where(f => f.Format is "fit" or "gpx" or "tcx").Sum(f => f.Added);

    public int Count(FileOutcome outcome) => Files.Count(f => f.Outcome == outcome);
}

/// <summary>
/// Adds files to the journal one at a time, each file in its own transaction: a crash or a database error never leaves
/// part of a file, and the files committed before it stay, so running the same import again finishes the job (what is
/// in already is skipped). One transaction for a whole run would throw away a hundred good files for one failure late
/// in the run, and hold a lock for as long as the run takes.
/// <para>Duplicates: a journal file (JSON Lines, CSV) skips entries identical to stored ones, as a re-imported export
/// should; an activity file skips workouts of the same sport starting within a minute of one already known
/// (<see cref="WorkoutDuplicates"/>), in the journal or earlier in the same run, since devices and apps export the same
/// session with small differences. This is the method a web upload calls too.</para>
/// </summary>
public sealed class JournalImport(JournalContext journal, KnowledgeBase knowledge, TimeZoneInfo zone)
{
    private readonly JournalCodec codec = new(knowledge);
    private readonly JournalValidator validator = new(knowledge);
    private readonly List<FileReport> reports = [];
    private WorkoutDuplicates? workouts;
    private Dictionary<string, int>? storedLines;

    public ImportSummary Summary => new(reports.ToArray());

    /// <summary>What a file that is none of the formats is refused with.</summary>
    public const string NotImportable = "not a journal export (JSON Lines, CSV) or an activity file (FIT, GPX, TCX)";

    /// <summary>The convenience for an upload: reads and adds each file (journal export or activity file), and reports all.</summary>
    public static ImportSummary Files(JournalContext journal, KnowledgeBase knowledge, TimeZoneInfo zone, IEnumerable<(string Name, byte[] Content)> files)
    {
        var import = new JournalImport(journal, knowledge, zone);
        foreach (var (name, content) in files)
        {
            import.AddFile(name, content);
        }

        return import.Summary;
    }

    /// <summary>
    /// Any file, told by its first bytes (never its name): a journal export (JSON Lines, CSV) is read whole and added
    /// all or nothing; anything else goes to the activity reader (FIT, GPX, TCX).
    /// </summary>
    public FileReport AddFile(string name, byte[] content)
    {
        if (ImportFormats.Detect(content.AsMemory(0, Math.Min(content.Length, ImportFormats.HeadLength))) is { } format)
        {
            var read = format.Read(new MemoryStream(content, writable: false), knowledge);
            if (!read.IsValid)
            {
                var count = read.Problems.Count;
                return Refuse(name, format.Id, $"{count} problem{(count == 1 ? "" : "s")}, and a journal file is imported whole or not at all", read.Problems);
            }

            return AddJournalFile(name, format.Id, read.Entries);
        }

        return AddActivity(name, content, NotImportable);
    }

    /// <summary>An activity file: each of its new workouts is added; workouts known before it are counted and skipped.</summary>
    public FileReport AddActivityFile(string name, ReadOnlySpan<byte> content) => AddActivity(name, content, ActivityFileReader.UnknownFormat);

    /// <param name="name">The file's name, for the report.</param>
    /// <param name="content">The whole file.</param>
    /// <param name="notRecognised">The reason given when the file is no activity format at all.</param>
    private FileReport AddActivity(string name, ReadOnlySpan<byte> content, string notRecognised)
    {
        var read = ActivityJournal.Read(name, content, zone, validator);
        if (read.Refusal is { } reason)
        {
            return Refuse(name, null, reason == ActivityFileReader.UnknownFormat ? notRecognised : reason);
        }

        // Compared with what was known before this file only: the workouts of one file are separate sessions by its own
        // account (the reader has already joined the tracks a recorder split at its pauses).
        var known = Workouts();
        var fresh = read.Workouts.Where(w => !known.IsDuplicate(w)).ToList<JournalEntry>();
        foreach (var workout in fresh.Cast<WorkoutEntry>())
        {
            known.Add(workout);
        }

        Store(fresh);
        return Report(new(name, JournalCodec.SourceId(read.Workouts[0].Source!.Value), Outcome(fresh.Count), fresh.Count, read.Workouts.Count - fresh.Count));
    }

    /// <summary>A journal file that has been read whole (JSON Lines or CSV): all of it, minus what is stored already.</summary>
    public FileReport AddJournalFile(string name, string format, IReadOnlyList<JournalEntry> entries)
    {
        var stored = StoredLines();
        var matched = new Dictionary<string, int>(StringComparer.Ordinal);
        var fresh = new List<JournalEntry>(entries.Count);
        foreach (var entry in entries)
        {
            // Counted as a multiset so that two identical coffees in one file are still two when only one is stored.
            var line = JournalCodec.WriteLine(entry);
            var used = matched.GetValueOrDefault(line);
            if (stored.GetValueOrDefault(line) > used)
            {
                matched[line] = used + 1;
            }
            else
            {
                fresh.Add(entry);
            }
        }

        Store(fresh);
        foreach (var workout in fresh.OfType<WorkoutEntry>())
        {
            workouts?.Add(workout);
        }

        return Report(new(name, format, Outcome(fresh.Count), fresh.Count, entries.Count - fresh.Count));
    }

    /// <summary>A file that could not be read; recorded so that the summary names it and the reason.</summary>
    public FileReport Refuse(string name, string? format, string reason, IReadOnlyList<JournalProblem>? problems = null) =>
        Report(new(name, format, FileOutcome.Refused, 0, 0, reason, problems));

    private static FileOutcome Outcome(int added) => added > 0 ? FileOutcome.Imported : FileOutcome.Duplicate;

    private FileReport Report(FileReport report)
    {
        reports.Add(report);
        return report;
    }

    // Loaded on first use only: an import of activity files never needs every stored line, nor a journal file the workouts.
    private WorkoutDuplicates Workouts() =>
        workouts ??= new(journal.Entries.AsNoTracking().Where(e => e.Type == "workout").AsEnumerable().Select(e => e.ToEntry(codec)).Cast<WorkoutEntry>());

    private Dictionary<string, int> StoredLines()
    {
        if (storedLines is null)
        {
            storedLines = new(StringComparer.Ordinal);
            foreach (var body in journal.Entries.AsNoTracking().Select(e => e.Body).AsEnumerable())
            {
                storedLines[body] = storedLines.GetValueOrDefault(body) + 1;
            }
        }

        return storedLines;
    }

    /// <summary>Adds one file's new entries in one transaction, and counts them as stored for the rest of the run.</summary>
    private void Store(List<JournalEntry> fresh)
    {
        journal.AddAll(fresh);
        // Indexes not loaded yet will read these from the database when they are.
        if (storedLines is not null)
        {
            foreach (var line in fresh.Select(JournalCodec.WriteLine))
            {
                storedLines[line] = storedLines.GetValueOrDefault(line) + 1;
            }
        }
    }
}
