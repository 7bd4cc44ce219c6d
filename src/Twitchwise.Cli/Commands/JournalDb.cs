using System.CommandLine;
using System.Globalization;
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

    /// <summary>
    /// A time as people type it: <c>HH:mm</c> (today), <c>YYYY-MM-DD HH:mm</c> or ISO 8601, with or without an offset.
    /// Without one the local time zone's offset for that moment is used, and kept with the entry.
    /// </summary>
    public static DateTimeOffset? ParseTime(string? text, TimeProvider clock)
    {
        var now = clock.GetLocalNow();
        if (string.IsNullOrWhiteSpace(text))
        {
            return new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, now.Offset);
        }

        text = text.Trim();
        if (JournalCodec.ParseTime(text.Replace(' ', 'T')) is { } exact)
        {
            return exact;
        }

        DateTime local;
        if (TimeOnly.TryParseExact(text, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            local = DateOnly.FromDateTime(now.DateTime).ToDateTime(time);
        }
        else if (!DateTime.TryParseExact(text.Replace('T', ' '), ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"], CultureInfo.InvariantCulture,
                     DateTimeStyles.None, out local))
        {
            return null;
        }

        return new DateTimeOffset(local, clock.LocalTimeZone.GetUtcOffset(local));
    }

    /// <summary>A day: <c>YYYY-MM-DD</c>, <c>today</c> or <c>yesterday</c>; null text gives <paramref name="fallback"/> days from today.</summary>
    public static DateOnly? ParseDay(string? text, TimeProvider clock, int fallback = 0)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return text?.Trim().ToLowerInvariant() switch
        {
            null or "" => today.AddDays(fallback),
            "today" => today,
            "yesterday" => today.AddDays(-1),
            var s => JournalCodec.ParseDate(s),
        };
    }

    public static string TimeHelp => "when: HH:mm (today), YYYY-MM-DD HH:mm, or ISO 8601 with offset; default now";

    public static string DayHelp => "YYYY-MM-DD, today or yesterday";
}
