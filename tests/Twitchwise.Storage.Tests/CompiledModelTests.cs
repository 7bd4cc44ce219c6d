using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Twitchwise.Storage.CompiledModels.Sqlite;

namespace Twitchwise.Storage.Tests;

/// <summary>
/// A SQLite journal is read and written through the compiled model in CompiledModels/Sqlite, not through
/// OnModelCreating. If the two ever differed, EF Core would silently leave out a new column or write to an old name;
/// this fails instead, until the compiled model is regenerated (CompiledModels/README.md).
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void SqliteJournal_UsesTheCompiledModel_WhichMapsWhatOnModelCreatingMaps()
    {
        using var database = TestDatabase.Sqlite();
        using var db = JournalDatabase.Open(database.Options);

        Assert.Same(SqliteJournalContextModel.Instance, db.Model);
        Assert.Equal(Mapping(ModelProbe.FromOnModelCreating()), Mapping(db.Model));
    }

    /// <summary>Every table, column, key and index, with the types and limits that reach the database.</summary>
    private static List<string> Mapping(IModel model) =>
        model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(e =>
            new[] { $"{e.Name} -> {e.GetTableName()} key ({string.Join(", ", e.FindPrimaryKey()!.Properties.Select(p => p.Name))})" }
                .Concat(e.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p =>
                    $"{e.Name}.{p.Name}: {p.ClrType.Name} -> {p.GetColumnName()} null={p.IsNullable} max={p.GetMaxLength()} " +
                    $"generated={p.ValueGenerated} converter={p.GetValueConverter()?.GetType().Name}"))
                .Concat(e.GetIndexes().Select(i => $"{e.Name} index ({string.Join(", ", i.Properties.Select(p => p.Name))}) unique={i.IsUnique}")))
            .ToList();

    /// <summary>Builds the model the way EF Core would without a compiled one: SQLite's conventions, then OnModelCreating.</summary>
    private sealed class ModelProbe() : JournalContext(new DbContextOptionsBuilder().UseSqlite("Data Source=:memory:").Options)
    {
        public static IModel FromOnModelCreating()
        {
            using var probe = new ModelProbe();
            var builder = new ModelBuilder(SqliteConventionSetBuilder.Build());
            probe.OnModelCreating(builder);
            return builder.FinalizeModel();
        }
    }
}
