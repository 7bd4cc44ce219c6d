using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Twitchwise.Domain.Journal;
using Twitchwise.Storage;

namespace Twitchwise.Cli.Commands;

/// <summary>
/// What every journal command shares: the <c>--db</c> option, choosing and opening the database, turning database
/// failures into one clear line, and reading the times and days people type.
/// </summary>
internal static class JournalDb
{
    public static Option<string?> Option() => new("--db")
    {
        Description = "The journal database file (SQLite). Default: $TWITCHWISE_DB, else PostgreSQL when Database__Provider=postgres " +
            "and ConnectionStrings__Journal are set, else journal.db in your local application data folder",
    };

    /// <summary>Opens the journal the settings name, runs <paramref name="action"/> on it (with where it is, for messages), and reports any database failure.</summary>
    public static int Use(CliContext context, string? dbPath, Func<JournalContext, string, int> action)
    {
        var (options, error) = JournalDatabaseOptions.Resolve(
            dbPath ?? context.Environment("TWITCHWISE_DB"), context.Environment("Database__Provider"), context.Environment("ConnectionStrings__Journal"));
        if (options is null)
        {
            context.Error.WriteLine(error);
            return CliApp.Failed;
        }

        try
        {
            using var db = JournalDatabase.Open(options);
            return action(db, options.Location);
        }
        catch (Exception e) when (e is SqliteException or NpgsqlException or DbUpdateException or InvalidOperationException or IOException
            or UnauthorizedAccessException or InvalidDataException)
        {
            // Health data is private: say which database failed and why, never what was being written.
            var reason = (e.InnerException ?? e).Message.Split('\n')[0].Trim();
            context.Error.WriteLine($"The journal at {options.Location} cannot be used: {reason}");
            return CliApp.Failed;
        }
    }

    public static string TimeHelp => "when: HH:mm (today), YYYY-MM-DD HH:mm, or ISO 8601 with offset; default now";

    public static string DayHelp => "YYYY-MM-DD, today or yesterday";
}
