using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Twitchwise.Storage;

namespace Twitchwise.Web.Tests.Journal;

/// <summary>The real app on its own SQLite file in a temp folder, deleted afterwards: one per test, as the house style asks.</summary>
public sealed class JournalApp : WebApplicationFactory<Program>
{
    private readonly string folder = Directory.CreateTempSubdirectory("twitchwise-web-").FullName;

    public string DatabasePath => Path.Combine(folder, "journal.db");

    /// <summary>The journal file opened directly, to check what a page stored (or did not).</summary>
    public JournalContext OpenJournal() => JournalDatabase.Open(JournalDatabaseOptions.Sqlite(DatabasePath));

    /// <summary>Starts the app on Kestrel at a free loopback port (Chromium needs a socket) and returns its base URL.</summary>
    public string StartOnLoopback()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection([KeyValuePair.Create<string, string?>("TWITCHWISE_DB", DatabasePath)]));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // Called once more by the base class's own Dispose; the folder is gone by then.
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

internal static class DefaultJournalGuard
{
    /// <summary>
    /// Every other web test hosts the app without naming a journal, and the journal pages open (and migrate) the default
    /// journal on first use: without this, test runs would create (and write to) the journal in the developer's own data folder.
    /// </summary>
#pragma warning disable CA2255 // A module initializer is the one hook that runs before any test's host starts; this is a test assembly, not a library.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void PointAtTempJournal()
    {
        if (Environment.GetEnvironmentVariable("TWITCHWISE_DB") is not null)
        {
            return;
        }

        var path = Path.Combine(Path.GetTempPath(), $"twitchwise-web-tests-{Environment.ProcessId}.db");
        Environment.SetEnvironmentVariable("TWITCHWISE_DB", path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        };
    }
}
