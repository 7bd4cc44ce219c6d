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

    /// <summary>The model after <see cref="Plans"/>: <see cref="Initial"/> and the plans table.</summary>
    internal static void Plans(ModelBuilder modelBuilder)
    {
        Initial(modelBuilder);
        modelBuilder.Entity("Twitchwise.Storage.StoredPlan", b =>
        {
            b.Property<long>("Id").ValueGeneratedOnAdd().HasColumnType("INTEGER").HasColumnName("id");
            b.Property<string>("CalendarToken").HasMaxLength(64).HasColumnType("TEXT").HasColumnName("calendar_token");
            b.Property<DateTime>("CreatedUtc").HasColumnType("TEXT").HasColumnName("created_utc");
            b.Property<string>("Criteria").IsRequired().HasColumnType("TEXT").HasColumnName("criteria");
            b.Property<string>("Days").IsRequired().HasMaxLength(40).HasColumnType("TEXT").HasColumnName("days");
            b.Property<string>("Key").IsRequired().HasMaxLength(36).HasColumnType("TEXT").HasColumnName("key");
            b.Property<DateOnly>("Start").HasColumnType("TEXT").HasColumnName("start");
            b.Property<string>("Template").IsRequired().HasMaxLength(64).HasColumnType("TEXT").HasColumnName("template");
            b.Property<string>("TimeOfDay").IsRequired().HasMaxLength(5).HasColumnType("TEXT").HasColumnName("time_of_day");
            b.Property<string>("TimeZone").IsRequired().HasMaxLength(64).HasColumnType("TEXT").HasColumnName("time_zone");
            b.HasKey("Id");
            b.HasIndex("CalendarToken").IsUnique();
            b.ToTable("plans");
        });
    }

    protected override void BuildModel(ModelBuilder modelBuilder) => Plans(modelBuilder);
}
