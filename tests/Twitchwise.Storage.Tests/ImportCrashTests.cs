using System.Diagnostics;
using Twitchwise.Domain.Journal;
using Xunit.Abstractions;

namespace Twitchwise.Storage.Tests;

/// <summary>
/// Kills the real <c>twitchwise import</c> while it is writing a large file, then checks that the journal holds either
/// exactly what it held before or everything: never part of the file.
/// </summary>
public class ImportCrashTests(ITestOutputHelper output)
{
    /// <summary>Once the write-ahead log holds this much, the import's transaction is under way and not yet committed.</summary>
    private const long WalBytesMidImport = 2 * 1024 * 1024;

    [Fact]
    public void Import_KilledMidway_LeavesTheJournalUnchangedOrComplete()
    {
        using var database = TestDatabase.Sqlite();
        var folder = Path.GetDirectoryName(database.Options.Location)!;
        using (var db = JournalDatabase.Open(database.Options))
        {
            db.AddAll(SyntheticJournal.Generate(seed: 1, days: 3));
        }

        var before = Count(database);
        // About 100,000 entries (16,000 generated days), far more than fit in SQLite's page cache, so the uncommitted
        // transaction spills into the write-ahead log where the test can see it growing.
        var big = SyntheticJournal.Generate(seed: 2, days: 16_000);
        var file = Path.Combine(folder, "big.jsonl");
        File.WriteAllLines(file, big.Select(JournalCodec.WriteLine));

        using var child = Process.Start(new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "twitchwise.dll"), "import", file, "--db", database.Options.Location },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var wal = new FileInfo(database.Options.Location + "-wal");
        var watch = Stopwatch.StartNew();
        while (!child.HasExited && watch.Elapsed < TimeSpan.FromMinutes(2))
        {
            wal.Refresh();
            if (wal.Exists && wal.Length > WalBytesMidImport)
            {
                break;
            }

            Thread.Sleep(5);
        }

        var finishedOnItsOwn = child.HasExited;
        child.Kill(entireProcessTree: true);
        child.WaitForExit();

        Assert.False(finishedOnItsOwn, $"the import finished before it could be killed: {child.StandardError.ReadToEnd()}");
        var after = Count(database);
        output.WriteLine($"killed after {watch.ElapsedMilliseconds} ms with {wal.Length} bytes in the log: {before} entries before, {after} after, file of {big.Count}");
        Assert.True(after == before || after == before + big.Count, $"after the kill the journal has {after} entries; expected {before} or {before + big.Count}");
    }

    private static int Count(TestDatabase database)
    {
        using var db = JournalDatabase.Open(database.Options);
        return db.Entries.Count();
    }
}
