using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Twitchwise.Storage.Migrations.Sqlite;

// Written by hand (the EF design-time tools are not available here) in the form `dotnet ef migrations add` generates.
// A test checks that after migrating, the database has no pending model changes.

/// <summary>The journal entries and the stored daily training load.</summary>
[DbContext(typeof(SqliteJournalContext))]
[Migration("2026112201_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "journal_entries",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                sort_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                body = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_journal_entries", x => x.id));

        migrationBuilder.CreateTable(
            name: "training_load",
            columns: table => new
            {
                day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                load = table.Column<double>(type: "REAL", nullable: false),
                acute = table.Column<double>(type: "REAL", nullable: false),
                chronic = table.Column<double>(type: "REAL", nullable: false),
                ratio = table.Column<double>(type: "REAL", nullable: true),
                spike = table.Column<bool>(type: "INTEGER", nullable: false),
                long_session = table.Column<bool>(type: "INTEGER", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_training_load", x => x.day));

        migrationBuilder.CreateIndex(name: "IX_journal_entries_day", table: "journal_entries", column: "day");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "journal_entries");
        migrationBuilder.DropTable(name: "training_load");
    }

    protected override void BuildTargetModel(ModelBuilder modelBuilder) => SqliteJournalContextModelSnapshot.Initial(modelBuilder);
}
