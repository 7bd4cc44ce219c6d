using Microsoft.Extensions.DependencyInjection.Extensions;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;
using Twitchwise.Storage;

namespace Twitchwise.Web.Journal;

public static class JournalServices
{
    /// <summary>
    /// The journal database, chosen as the CLI chooses it (<c>TWITCHWISE_DB</c>, else <c>Database:Provider</c> = postgres
    /// with <c>ConnectionStrings:Journal</c>, else journal.db in the user's local data folder), migrated once at start-up
    /// and opened once per request. The settings are read when first needed, so tests can point the app at a temp file.
    /// </summary>
    public static IServiceCollection AddJournal(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new JournalCodec(sp.GetRequiredService<KnowledgeBase>()));
        services.AddSingleton(sp => new JournalValidator(sp.GetRequiredService<KnowledgeBase>()));
        services.AddSingleton<EntryForms>();
        services.AddSingleton(sp =>
        {
            var config = sp.GetRequiredService<IConfiguration>();
            var (options, error) = JournalDatabaseOptions.Resolve(config["TWITCHWISE_DB"], config["Database:Provider"], config.GetConnectionString("Journal"));
            return options ?? throw new InvalidOperationException(error);
        });
        services.AddScoped(sp => JournalDatabase.Connect(sp.GetRequiredService<JournalDatabaseOptions>()));
        services.AddHostedService<JournalMigration>();
        return services;
    }

    /// <summary>Brings the schema up to date before the first request, so a broken database stops the app at start-up with its reason.</summary>
    private sealed class JournalMigration(JournalDatabaseOptions options) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            using var db = JournalDatabase.Open(options);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
