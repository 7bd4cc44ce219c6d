using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Twitchwise.Storage.Migrations.Postgres;

// Written by hand (the EF design-time tools are not available here) in the form `dotnet ef migrations add` generates.
// A test against a real server checks that after migrating, the database has no pending model changes.

/// <summary>The journal entries and the stored daily training load.</summary>
[DbContext(typeof(PostgresJournalContext))]
[Migration("2026112201_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "journal_entries",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                day = table.Column<DateOnly>(type: "date", nullable: false),
                sort_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                body = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_journal_entries", x => x.id));

        migrationBuilder.CreateTable(
            name: "training_load",
            columns: table => new
            {
                day = table.Column<DateOnly>(type: "date", nullable: false),
                load = table.Column<double>(type: "double precision", nullable: false),
                acute = table.Column<double>(type: "double precision", nullable: false),
                chronic = table.Column<double>(type: "double precision", nullable: false),
                ratio = table.Column<double>(type: "double precision", nullable: true),
                spike = table.Column<bool>(type: "boolean", nullable: false),
                long_session = table.Column<bool>(type: "boolean", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_training_load", x => x.day));

        migrationBuilder.CreateIndex(name: "IX_journal_entries_day", table: "journal_entries", column: "day");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "journal_entries");
        migrationBuilder.DropTable(name: "training_load");
    }

    protected override void BuildTargetModel(ModelBuilder modelBuilder) => PostgresJournalContextModelSnapshot.Initial(modelBuilder);
}
