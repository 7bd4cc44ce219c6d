using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Twitchwise.Storage.Migrations.Sqlite;

/// <summary>The model as of the latest SQLite migration; EF compares the current model with it to find pending changes.</summary>
[DbContext(typeof(SqliteJournalContext))]
public sealed class SqliteJournalContextModelSnapshot : ModelSnapshot
{
    /// <summary>The model after <see cref="Initial"/>; also its target model.</summary>
    internal static void Initial(ModelBuilder modelBuilder)
    {
        modelBuilder.HasAnnotation("ProductVersion", "10.0.11");

        modelBuilder.Entity("Twitchwise.Storage.StoredEntry", b =>
        {
            b.Property<long>("Id").ValueGeneratedOnAdd().HasColumnType("INTEGER").HasColumnName("id");
            b.Property<string>("Body").IsRequired().HasColumnType("TEXT").HasColumnName("body");
            b.Property<DateOnly>("Day").HasColumnType("TEXT").HasColumnName("day");
            b.Property<DateTime>("SortUtc").HasColumnType("TEXT").HasColumnName("sort_utc");
            b.Property<string>("Type").IsRequired().HasMaxLength(20).HasColumnType("TEXT").HasColumnName("type");
            b.HasKey("Id");
            b.HasIndex("Day");
            b.ToTable("journal_entries");
        });

        modelBuilder.Entity("Twitchwise.Storage.StoredLoadDay", b =>
        {
            b.Property<DateOnly>("Day").ValueGeneratedOnAdd().HasColumnType("TEXT").HasColumnName("day");
            b.Property<double>("Acute").HasColumnType("REAL").HasColumnName("acute");
            b.Property<double>("Chronic").HasColumnType("REAL").HasColumnName("chronic");
            b.Property<double>("Load").HasColumnType("REAL").HasColumnName("load");
            b.Property<bool>("LongSession").HasColumnType("INTEGER").HasColumnName("long_session");
            b.Property<double?>("Ratio").HasColumnType("REAL").HasColumnName("ratio");
            b.Property<bool>("Spike").HasColumnType("INTEGER").HasColumnName("spike");
            b.HasKey("Day");
            b.ToTable("training_load");
        });
    }

    protected override void BuildModel(ModelBuilder modelBuilder) => Initial(modelBuilder);
}
