using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Storage.Tests;

/// <summary>
/// The storage-level import that the CLI and a web upload share, on both providers: what it adds, skips and refuses,
/// and that a refused or duplicate file writes nothing.
/// </summary>
public sealed class JournalImportTests
{
    private static (string, byte[]) TestFile(string name) => (name, File.ReadAllBytes(TestPaths.TestData(name)));

    [Fact]
    public void Files_MixedUploadOnSqlite_ReportsImportedRefusedAndDuplicate()
    {
        using var database = TestDatabase.Sqlite();
        Files_MixedUpload_ReportsImportedRefusedAndDuplicate(database);
    }

    [PostgresFact]
    public void Files_MixedUploadOnPostgres_ReportsImportedRefusedAndDuplicate()
    {
        using var database = TestDatabase.Postgres();
        Files_MixedUpload_ReportsImportedRefusedAndDuplicate(database);
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

    private static void Files_MixedUpload_ReportsImportedRefusedAndDuplicate(TestDatabase database)
    {
        using var db = JournalDatabase.Open(database.Options);
        // A journal export named like anything: its content says what it is.
        var export = ("coffee.txt", "{\"type\":\"caffeine\",\"at\":\"2026-03-01T09:00:00+01:00\",\"mg\":95}\n{\"type\":\"caffeine\",\"at\":\"2026-03-01T14:00:00+01:00\",\"mg\":63}\n"u8.ToArray());
        var notes = ("notes.txt", "bring water"u8.ToArray());

        var summary = JournalImport.Files(db, KnowledgeBase.Default, TimeZoneInfo.Utc,
            [TestFile("fit/sample_mulitple_header.fit"), TestFile("fit/activity-unexpected-eof.fit"), export, notes, TestFile("fit/sample_mulitple_header.fit")]);

        Assert.Equal([FileOutcome.Imported, FileOutcome.Refused, FileOutcome.Imported, FileOutcome.Refused, FileOutcome.Duplicate], summary.Files.Select(f => f.Outcome));
        Assert.Equal([(string?)"fit", null, "jsonl", null, "fit"], summary.Files.Select(f => f.Format));
        Assert.Equal((5, 3), (summary.Added, summary.Duplicates));
        Assert.StartsWith("truncated", summary.Files[1].Reason, StringComparison.Ordinal);
        Assert.Equal(JournalImport.NotImportable, summary.Files[3].Reason);
        var entries = db.Load(new JournalCodec(KnowledgeBase.Default));
        Assert.Equal([("swim", EntrySource.Fit), ("cycle", EntrySource.Fit), ("run", EntrySource.Fit)], entries.OfType<WorkoutEntry>().Select(w => (w.Sport, w.Source)));
        Assert.Equal([95.0, 63.0], entries.OfType<CaffeineEntry>().Select(c => c.Mg));
    }
}
