using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;
using Twitchwise.Domain.Tests;

namespace Twitchwise.Storage.Tests;

/// <summary>
/// The storage-level import that the CLI and a web upload share, on both providers: what it adds, skips and refuses,
/// and that a refused or duplicate file writes nothing.
/// </summary>
public sealed class JournalImportTests
{
    private static (string, byte[]) Shared(string name) => (name, File.ReadAllBytes(TestPaths.Shared("testdata", name)));

    [Fact]
    public void ActivityFiles_GoodTruncatedAndRepeatedOnSqlite_ReportsImportedRefusedAndDuplicate()
    {
        using var database = TestDatabase.Sqlite();
        ActivityFiles_GoodTruncatedAndRepeated_ReportsImportedRefusedAndDuplicate(database);
    }

    [PostgresFact]
    public void ActivityFiles_GoodTruncatedAndRepeatedOnPostgres_ReportsImportedRefusedAndDuplicate()
    {
        using var database = TestDatabase.Postgres();
        ActivityFiles_GoodTruncatedAndRepeated_ReportsImportedRefusedAndDuplicate(database);
    }

    [Fact]
    public void AddJournalFile_SameEntriesTwiceInOneRun_AddsThemOnce()
    {
        using var database = TestDatabase.Sqlite();
        using var db = JournalDatabase.Open(database.Options);
        var import = new JournalImport(db, KnowledgeBase.Default, TimeZoneInfo.Utc);
        var coffee = new CaffeineEntry(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(1)), 95);

        var first = import.AddJournalFile("a.jsonl", "jsonl", [coffee, coffee]);
        var second = import.AddJournalFile("b.jsonl", "jsonl", [coffee, coffee, coffee]);

        Assert.Equal((FileOutcome.Imported, 2, 0), (first.Outcome, first.Added, first.Duplicates));
        Assert.Equal((FileOutcome.Imported, 1, 2), (second.Outcome, second.Added, second.Duplicates));
        Assert.Equal(3, db.Entries.Count());
    }

    private static void ActivityFiles_GoodTruncatedAndRepeated_ReportsImportedRefusedAndDuplicate(TestDatabase database)
    {
        using var db = JournalDatabase.Open(database.Options);

        var summary = JournalImport.ActivityFiles(db, KnowledgeBase.Default, TimeZoneInfo.Utc,
            [Shared("fit/sample_mulitple_header.fit"), Shared("fit/activity-unexpected-eof.fit"), Shared("fit/sample_mulitple_header.fit")]);

        Assert.Equal([FileOutcome.Imported, FileOutcome.Refused, FileOutcome.Duplicate], summary.Files.Select(f => f.Outcome));
        Assert.Equal((3, 3), (summary.Added, summary.Duplicates));
        Assert.StartsWith("truncated", summary.Files[1].Reason, StringComparison.Ordinal);
        var sports = db.Load(new JournalCodec(KnowledgeBase.Default)).Cast<WorkoutEntry>().Select(w => (w.Sport, w.Source));
        Assert.Equal([("swim", EntrySource.Fit), ("cycle", EntrySource.Fit), ("run", EntrySource.Fit)], sports);
    }
}
