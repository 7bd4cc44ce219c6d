using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Twitchwise.Storage.Migrations.Sqlite;

// Written by hand in the form `dotnet ef migrations add` generates, as the first one was.

/// <summary>Training plans (issue 16): the person's choices only; the sessions are remade from the journal.</summary>
[DbContext(typeof(SqliteJournalContext))]
[Migration("2026120201_Plans")]
public sealed class Plans : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "plans",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                key = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                template = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                days = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                time_of_day = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                time_zone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                created_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                calendar_token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                criteria = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_plans", x => x.id));

        migrationBuilder.CreateIndex(name: "IX_plans_calendar_token", table: "plans", column: "calendar_token", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "plans");

    protected override void BuildTargetModel(ModelBuilder modelBuilder) => SqliteJournalContextModelSnapshot.Plans(modelBuilder);
}
