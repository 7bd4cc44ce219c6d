using Microsoft.EntityFrameworkCore;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Storage.Tests;

/// <summary>What every provider must do; <see cref="SqliteStorageTests"/> and <see cref="PostgresStorageTests"/> run it.</summary>
public abstract class JournalStorageTests
{
    private readonly JournalCodec codec = new(KnowledgeBase.Default);

    protected static void Migrate_NewDatabase_LeavesNoPendingModelChanges(TestDatabase database)
    {
        using var db = JournalDatabase.Open(database.Options);

        Assert.Equal(["2026112201_Initial", "2026120201_Plans"], db.Database.GetAppliedMigrations());
        // The SQLite file's schema marker counts the migrations; a new migration without raising it would never be applied.
        var migrations = db.Database.GetMigrations().Count();
        Assert.True(migrations == JournalDatabase.SchemaVersion, $"{migrations} migrations, but SchemaVersion is {JournalDatabase.SchemaVersion}");
        Assert.False(db.Database.HasPendingModelChanges(), "the hand-written migration and snapshot differ from the model");
    }

    protected void AddAll_GeneratedJournal_LoadsBackLosslessInOrder(TestDatabase database)
    {
        // Offsets from -05:00 to +05:30 and every entry type, including a saved assessment.
        var entries = SyntheticJournal.Generate(seed: 3, days: 40, planted: "high_stress")
            .Select((e, i) => e is EpisodeEntry ep ? ep with { At = ep.At.ToOffset(TimeSpan.FromMinutes(i % 2 == 0 ? -300 : 330)) } : e)
            .Append(new MedicationEntry("salbutamol", "asthma_bronchodilator", new DateOnly(2024, 12, 1)))
            .Append(new AssessmentEntry(new DateTimeOffset(2025, 1, 5, 9, 30, 15, 250, TimeSpan.FromHours(2)),
                [new("episode.kind", new Domain.Answers.ChoiceAnswer("spasm"))], "self_care", ["fatigue"]))
            .ToList();
        using (var db = JournalDatabase.Open(database.Options))
        {
            Assert.Equal(entries.Count, db.AddAll(entries));
        }

        using var reopened = JournalDatabase.Open(database.Options);
        var loaded = reopened.Load(codec);

        var expected = entries.OrderBy(e => e.SortTime).Select(JournalCodec.WriteLine).ToList();
        Assert.Equal(expected, loaded.Select(JournalCodec.WriteLine));
        Assert.Equal(loaded.Count, loaded.Select(e => e.Id).Distinct().Count());
    }

    protected void AddAll_FailingPartWay_LeavesTheJournalUnchanged(TestDatabase database)
    {
        using var db = JournalDatabase.Open(database.Options);
        db.AddAll(SyntheticJournal.Generate(seed: 1, days: 5));
        var before = db.Entries.Count();

        // The 5000th entry blows up after two batches have been written inside the transaction.
        var entries = new ExplodingList(SyntheticJournal.Generate(seed: 2, days: 1000), failAt: 5000);
        Assert.Throws<InvalidOperationException>(() => db.AddAll(entries));

        db.ChangeTracker.Clear();
        Assert.Equal(before, db.Entries.Count());
    }

    protected void Load_FromTo_ReturnsOnlyThoseDays(TestDatabase database)
    {
        using var db = JournalDatabase.Open(database.Options);
        db.AddAll(SyntheticJournal.Generate(seed: 4, days: 30));

        var from = SyntheticJournal.Start.AddDays(10);
        var to = SyntheticJournal.Start.AddDays(12);
        var loaded = db.Load(codec, from, to);

        Assert.NotEmpty(loaded);
        Assert.All(loaded, e => Assert.InRange(e.Day, from, to));
        Assert.Equal(3, loaded.OfType<StressEntry>().Count());
    }

    protected static void ReplaceTrainingLoad_Twice_KeepsOneRowPerDay(TestDatabase database)
    {
        using var db = JournalDatabase.Open(database.Options);
        var workouts = SyntheticJournal.Generate(seed: 5, days: 60).OfType<WorkoutEntry>().ToList();
        var report = TrainingLoad.Compute(workouts, SyntheticJournal.Start, SyntheticJournal.LastDay(60));

        db.ReplaceTrainingLoad(report.Days);
        db.ReplaceTrainingLoad(report.Days);

        Assert.Equal(60, db.TrainingLoad.Count());
        var last = db.TrainingLoad.AsNoTracking().Single(d => d.Day == SyntheticJournal.LastDay(60));
        Assert.Equal(report.Days[^1].Ratio!.Value, last.Ratio!.Value, 9);
    }

    /// <summary>A list whose enumeration fails at one index, to break an import in the middle of its transaction.</summary>
    private sealed class ExplodingList(List<JournalEntry> inner, int failAt) : IReadOnlyList<JournalEntry>
    {
        public int Count => inner.Count;

        public JournalEntry this[int index] => index == failAt ? throw new InvalidOperationException("boom") : inner[index];

        public IEnumerator<JournalEntry> GetEnumerator()
        {
            for (var i = 0; i < inner.Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

public sealed class SqliteStorageTests : JournalStorageTests
{
    [Fact]
    public void Migrate_NewSqliteFile_LeavesNoPendingModelChanges()
    {
        using var database = TestDatabase.Sqlite();
        Migrate_NewDatabase_LeavesNoPendingModelChanges(database);
    }

    [Fact]
    public void Open_SqliteFile_UsesWriteAheadLogging()
    {
        using var database = TestDatabase.Sqlite();
        using var db = JournalDatabase.Open(database.Options);

        Assert.Equal("wal", db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").AsEnumerable().Single());
    }

    [Fact]
    public void Open_FolderThatDoesNotExistYet_CreatesIt()
    {
        using var database = TestDatabase.Sqlite();
        var nested = JournalDatabaseOptions.Sqlite(Path.Combine(Path.GetDirectoryName(database.Options.Location)!, "a", "b", "journal.db"));

        using var db = JournalDatabase.Open(nested);

        Assert.True(File.Exists(nested.Location));
    }

    [Fact]
    public void AddAll_GeneratedJournalOnSqlite_LoadsBackLosslessInOrder()
    {
        using var database = TestDatabase.Sqlite();
        AddAll_GeneratedJournal_LoadsBackLosslessInOrder(database);
    }

    [Fact]
    public void AddAll_FailingPartWayOnSqlite_LeavesTheJournalUnchanged()
    {
        using var database = TestDatabase.Sqlite();
        AddAll_FailingPartWay_LeavesTheJournalUnchanged(database);
    }

    [Fact]
    public void Load_FromToOnSqlite_ReturnsOnlyThoseDays()
    {
        using var database = TestDatabase.Sqlite();
        Load_FromTo_ReturnsOnlyThoseDays(database);
    }

    [Fact]
    public void ReplaceTrainingLoad_TwiceOnSqlite_KeepsOneRowPerDay()
    {
        using var database = TestDatabase.Sqlite();
        ReplaceTrainingLoad_Twice_KeepsOneRowPerDay(database);
    }
}

public sealed class PostgresStorageTests : JournalStorageTests
{
    [PostgresFact]
    public void Migrate_NewPostgresDatabase_LeavesNoPendingModelChanges()
    {
        using var database = TestDatabase.Postgres();
        Migrate_NewDatabase_LeavesNoPendingModelChanges(database);
    }

    [PostgresFact]
    public void AddAll_GeneratedJournalOnPostgres_LoadsBackLosslessInOrder()
    {
        using var database = TestDatabase.Postgres();
        AddAll_GeneratedJournal_LoadsBackLosslessInOrder(database);
    }

    [PostgresFact]
    public void AddAll_FailingPartWayOnPostgres_LeavesTheJournalUnchanged()
    {
        using var database = TestDatabase.Postgres();
        AddAll_FailingPartWay_LeavesTheJournalUnchanged(database);
    }

    [PostgresFact]
    public void Load_FromToOnPostgres_ReturnsOnlyThoseDays()
    {
        using var database = TestDatabase.Postgres();
        Load_FromTo_ReturnsOnlyThoseDays(database);
    }

    [PostgresFact]
    public void ReplaceTrainingLoad_TwiceOnPostgres_KeepsOneRowPerDay()
    {
        using var database = TestDatabase.Postgres();
        ReplaceTrainingLoad_Twice_KeepsOneRowPerDay(database);
    }
}
