using Microsoft.EntityFrameworkCore;
using Twitchwise.Domain.Journal;

namespace Twitchwise.Storage;

/// <summary>
/// The journal database. One model for both providers; each provider has its own subclass only so that it can have its
/// own migrations (SQLite and PostgreSQL differ in column types and identity columns).
/// </summary>
public abstract class JournalContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Rows written per SaveChanges during an import; all of them still go in one transaction.</summary>
    private const int ImportBatch = 2000;

    public DbSet<StoredEntry> Entries => Set<StoredEntry>();

    public DbSet<StoredLoadDay> TrainingLoad => Set<StoredLoadDay>();

    public DbSet<StoredPlan> Plans => Set<StoredPlan>();

    /// <summary>Adds entries all or nothing: one transaction, so a crash or an error leaves the journal as it was.</summary>
    public int AddAll(IReadOnlyList<JournalEntry> entries)
    {
        using var transaction = Database.BeginTransaction();
        ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var batch in entries.Chunk(ImportBatch))
        {
            Entries.AddRange(batch.Select(StoredEntry.From));
            SaveChanges();
            ChangeTracker.Clear();
        }

        transaction.Commit();
        ChangeTracker.AutoDetectChangesEnabled = true;
        return entries.Count;
    }

    /// <summary>The entries of the journal in the order they happened, optionally only those of the days from..to.</summary>
    public List<JournalEntry> Load(JournalCodec codec, DateOnly? from = null, DateOnly? to = null)
    {
        var query = Entries.AsNoTracking();
        if (from is { } f)
        {
            query = query.Where(e => e.Day >= f);
        }

        if (to is { } t)
        {
            query = query.Where(e => e.Day <= t);
        }

        return query.OrderBy(e => e.SortUtc).ThenBy(e => e.Id).AsEnumerable().Select(e => e.ToEntry(codec)).ToList();
    }

    /// <summary>Replaces the stored daily training load with a fresh computation, in one transaction.</summary>
    public void ReplaceTrainingLoad(IEnumerable<TrainingLoadDay> days)
    {
        using var transaction = Database.BeginTransaction();
        TrainingLoad.ExecuteDelete();
        TrainingLoad.AddRange(days.Select(StoredLoadDay.From));
        SaveChanges();
        transaction.Commit();
        ChangeTracker.Clear();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StoredEntry>(b =>
        {
            b.ToTable("journal_entries");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).HasColumnName("id");
            b.Property(e => e.Type).HasColumnName("type").HasMaxLength(20);
            b.Property(e => e.Day).HasColumnName("day");
            b.Property(e => e.SortUtc).HasColumnName("sort_utc");
            b.Property(e => e.Body).HasColumnName("body");
            b.HasIndex(e => e.Day);
        });
        modelBuilder.Entity<StoredLoadDay>(b =>
        {
            b.ToTable("training_load");
            b.HasKey(d => d.Day);
            b.Property(d => d.Day).HasColumnName("day");
            b.Property(d => d.Load).HasColumnName("load");
            b.Property(d => d.Acute).HasColumnName("acute");
            b.Property(d => d.Chronic).HasColumnName("chronic");
            b.Property(d => d.Ratio).HasColumnName("ratio");
            b.Property(d => d.Spike).HasColumnName("spike");
            b.Property(d => d.LongSession).HasColumnName("long_session");
        });
        StoredPlan.Configure(modelBuilder);
    }
}

public sealed class SqliteJournalContext(DbContextOptions<SqliteJournalContext> options) : JournalContext(options);

public sealed class PostgresJournalContext(DbContextOptions<PostgresJournalContext> options) : JournalContext(options);
