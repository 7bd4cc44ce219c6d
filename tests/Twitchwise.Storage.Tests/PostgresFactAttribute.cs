namespace Twitchwise.Storage.Tests;

/// <summary>
/// A test that needs a real PostgreSQL server, named by <c>TWITCHWISE_TEST_POSTGRES</c> (a connection string whose role
/// may create databases). Without it the test is skipped, and the skip and its reason show in the test output;
/// <c>.ci/run</c> installs and starts a server and sets the variable, so CI always runs these.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "TWITCHWISE_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"PostgreSQL tests skipped: {Variable} is not set (.ci/run installs a server and sets it).";
        }
    }
}
