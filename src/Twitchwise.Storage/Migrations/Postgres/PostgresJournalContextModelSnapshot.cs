using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Twitchwise.Storage.Migrations.Postgres;

/// <summary>The model as of the latest PostgreSQL migration; EF compares the current model with it to find pending changes.</summary>
[DbContext(typeof(PostgresJournalContext))]
public sealed class PostgresJournalContextModelSnapshot : ModelSnapshot
{
    /// <summary>The model after <see cref="Initial"/>; also its target model.</summary>
    internal static void Initial(ModelBuilder modelBuilder)
    {
        modelBuilder.HasAnnotation("ProductVersion", "10.0.11").HasAnnotation("Relational:MaxIdentifierLength", 63);
        NpgsqlModelBuilderExtensions.UseIdentityByDefaultColumns(modelBuilder);

        modelBuilder.Entity("Twitchwise.Storage.StoredEntry", b =>
        {
            b.Property<long>("Id").ValueGeneratedOnAdd().HasColumnType("bigint").HasColumnName("id");
            NpgsqlPropertyBuilderExtensions.UseIdentityByDefaultColumn(b.Property<long>("Id"));
            b.Property<string>("Body").IsRequired().HasColumnType("text").HasColumnName("body");
            b.Property<DateOnly>("Day").HasColumnType("date").HasColumnName("day");
            b.Property<DateTime>("SortUtc").HasColumnType("timestamp with time zone").HasColumnName("sort_utc");
            b.Property<string>("Type").IsRequired().HasMaxLength(20).HasColumnType("character varying(20)").HasColumnName("type");
            b.HasKey("Id");
            b.HasIndex("Day");
            b.ToTable("journal_entries");
        });

        modelBuilder.Entity("Twitchwise.Storage.StoredLoadDay", b =>
        {
            b.Property<DateOnly>("Day").ValueGeneratedOnAdd().HasColumnType("date").HasColumnName("day");
            b.Property<double>("Acute").HasColumnType("double precision").HasColumnName("acute");
            b.Property<double>("Chronic").HasColumnType("double precision").HasColumnName("chronic");
            b.Property<double>("Load").HasColumnType("double precision").HasColumnName("load");
            b.Property<bool>("LongSession").HasColumnType("boolean").HasColumnName("long_session");
            b.Property<double?>("Ratio").HasColumnType("double precision").HasColumnName("ratio");
            b.Property<bool>("Spike").HasColumnType("boolean").HasColumnName("spike");
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
            b.Property<long>("Id").ValueGeneratedOnAdd().HasColumnType("bigint").HasColumnName("id");
            NpgsqlPropertyBuilderExtensions.UseIdentityByDefaultColumn(b.Property<long>("Id"));
            b.Property<string>("CalendarToken").HasMaxLength(64).HasColumnType("character varying(64)").HasColumnName("calendar_token");
            b.Property<DateTime>("CreatedUtc").HasColumnType("timestamp with time zone").HasColumnName("created_utc");
            b.Property<string>("Criteria").IsRequired().HasColumnType("text").HasColumnName("criteria");
            b.Property<string>("Days").IsRequired().HasMaxLength(40).HasColumnType("character varying(40)").HasColumnName("days");
            b.Property<string>("Key").IsRequired().HasMaxLength(36).HasColumnType("character varying(36)").HasColumnName("key");
            b.Property<DateOnly>("Start").HasColumnType("date").HasColumnName("start");
            b.Property<string>("Template").IsRequired().HasMaxLength(64).HasColumnType("character varying(64)").HasColumnName("template");
            b.Property<string>("TimeOfDay").IsRequired().HasMaxLength(5).HasColumnType("character varying(5)").HasColumnName("time_of_day");
            b.Property<string>("TimeZone").IsRequired().HasMaxLength(64).HasColumnType("character varying(64)").HasColumnName("time_zone");
            b.HasKey("Id");
            b.HasIndex("CalendarToken").IsUnique();
            b.ToTable("plans");
        });
    }

    protected override void BuildModel(ModelBuilder modelBuilder) => Plans(modelBuilder);
}
