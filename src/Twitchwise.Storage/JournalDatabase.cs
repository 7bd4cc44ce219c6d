using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Twitchwise.Storage;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Which database holds the journal. <see cref="Location"/> says where, without a password, for messages.</summary>
public sealed record JournalDatabaseOptions(DatabaseProvider Provider, string ConnectionString, string Location)
{
    /// <summary>The default: <c>journal.db</c> in the user's local application data folder (one database per user).</summary>
    public static string DefaultSqlitePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "twitchwise", "journal.db");

    public static JournalDatabaseOptions Sqlite(string path)
    {
        var full = Path.GetFullPath(path);
        // No pooling: the CLI opens the file once per command, and a pooled handle would keep the file open after it.
        var connection = new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString();
        return new(DatabaseProvider.Sqlite, connection, full);
    }

    public static JournalDatabaseOptions Postgres(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return new(DatabaseProvider.Postgres, connectionString, $"PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port}");
    }

    /// <summary>
    /// Chooses the database from settings, first match wins: an explicit SQLite path (<c>--db</c> or
    /// <c>TWITCHWISE_DB</c>); <c>Database:Provider</c> = postgres with <c>ConnectionStrings:Journal</c>; the default file.
    /// Returns null and an error message when the settings contradict each other.
    /// </summary>
    public static (JournalDatabaseOptions? Options, string? Error) Resolve(string? sqlitePath, string? provider, string? connectionString)
    {
        if (!string.IsNullOrWhiteSpace(sqlitePath))
        {
            return (Sqlite(sqlitePath), null);
        }

        switch (provider?.Trim().ToLowerInvariant())
        {
            case null or "":
                return (Sqlite(DefaultSqlitePath), null);
            case "sqlite":
                // A connection string is only taken for SQLite when the provider says so, never guessed.
                return (string.IsNullOrWhiteSpace(connectionString)
                    ? Sqlite(DefaultSqlitePath)
                    : Sqlite(new SqliteConnectionStringBuilder(connectionString).DataSource), null);
            case "postgres" or "postgresql" or "npgsql":
                return string.IsNullOrWhiteSpace(connectionString)
                    ? (null, "Database:Provider is postgres but no connection string is set; set ConnectionStrings:Journal (environment: ConnectionStrings__Journal).")
                    : (Postgres(connectionString), null);
            default:
                return (null, $"Database:Provider '{provider}' is not known; use sqlite (the default) or postgres.");
        }
    }
}

/// <summary>Opens the journal database and brings its schema up to date with the migrations of its provider.</summary>
public static class JournalDatabase
{
    /// <summary>
    /// How many migrations this build has (per provider). A SQLite file records it in <c>PRAGMA user_version</c> once
    /// migrated, so each CLI command checks one number instead of asking EF Core to compare migrations, which costs
    /// a few hundred milliseconds a command (bench/README.md). Raise it with every new migration; a test checks it.
    /// </summary>
    public const int SchemaVersion = 2;

    public static JournalContext Open(JournalDatabaseOptions options)
    {
        var context = Connect(options);
        try
        {
            if (options.Provider == DatabaseProvider.Postgres)
            {
                context.Database.Migrate();
            }
            else if (SqliteUserVersion(context) != SchemaVersion)
            {
                context.Database.Migrate();
                // Write-ahead logging: a crash mid-write leaves the last committed state, and readers never block the writer.
                // Both settings are stored in the file, so they are made once, with the migration.
                context.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
                context.Database.ExecuteSqlRaw($"PRAGMA user_version={SchemaVersion};");
            }

            return context;
        }
        catch
        {
            context.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A context on a database whose schema is already up to date (the web app migrates once at start-up, then connects
    /// per request); everything else uses <see cref="Open"/>.
    /// </summary>
    public static JournalContext Connect(JournalDatabaseOptions options) => options.Provider switch
    {
        DatabaseProvider.Postgres => new PostgresJournalContext(new DbContextOptionsBuilder<PostgresJournalContext>().UseNpgsql(options.ConnectionString).Options),
        _ => OpenSqlite(options),
    };

    private static long SqliteUserVersion(JournalContext context)
    {
        var connection = context.Database.GetDbConnection();
        context.Database.OpenConnection();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version;";
            return (long)command.ExecuteScalar()!;
        }
        finally
        {
            context.Database.CloseConnection();
        }
    }

    private static SqliteJournalContext OpenSqlite(JournalDatabaseOptions options)
    {
        if (Path.GetDirectoryName(options.Location) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        return new SqliteJournalContext(new DbContextOptionsBuilder<SqliteJournalContext>().UseSqlite(options.ConnectionString).Options);
    }
}
