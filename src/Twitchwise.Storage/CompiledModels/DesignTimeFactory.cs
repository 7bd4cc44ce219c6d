using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Twitchwise.Storage.CompiledModels;

/// <summary>How <c>dotnet ef dbcontext optimize</c> makes a SQLite context to generate the compiled model from (see README.md here).</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteJournalContext>
{
    public SqliteJournalContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteJournalContext>().UseSqlite("Data Source=:memory:").Options);
}
