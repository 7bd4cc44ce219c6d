using Npgsql;

namespace Twitchwise.Storage.Tests;

/// <summary>A fresh, empty journal database for one test, removed again afterwards.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly Action cleanup;

    private TestDatabase(JournalDatabaseOptions options, Action cleanup)
    {
        Options = options;
        this.cleanup = cleanup;
    }

    public JournalDatabaseOptions Options { get; }

    public static TestDatabase Sqlite()
    {
        var folder = Directory.CreateTempSubdirectory("twitchwise-test-").FullName;
        return new(JournalDatabaseOptions.Sqlite(Path.Combine(folder, "journal.db")), () => Directory.Delete(folder, recursive: true));
    }

    /// <summary>A new database on the server of <c>TWITCHWISE_TEST_POSTGRES</c>, so tests never see each other's rows.</summary>
    public static TestDatabase Postgres()
    {
        var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)) { Pooling = false };
        var name = $"twitchwise_test_{Guid.NewGuid():N}";
        Execute(server.ConnectionString, $"CREATE DATABASE \"{name}\"");
        // Unpooled, so that no idle connection is left to block dropping the database afterwards.
        var database = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name };
        return new(JournalDatabaseOptions.Postgres(database.ConnectionString), () =>
        {
            NpgsqlConnection.ClearAllPools();
            Execute(server.ConnectionString, $"DROP DATABASE IF EXISTS \"{name}\"");
        });
    }

    public void Dispose() => cleanup();

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
