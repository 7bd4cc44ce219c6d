using Microsoft.Extensions.DependencyInjection.Extensions;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;
using Twitchwise.Storage;

namespace Twitchwise.Web.Journal;

public static class JournalServices
{
    /// <summary>
    /// The journal database, chosen as the CLI chooses it (<c>TWITCHWISE_DB</c>, else <c>Database:Provider</c> = postgres
    /// with <c>ConnectionStrings:Journal</c>, else journal.db in the user's local data folder), migrated on first use
    /// and opened once per request. The assessment API and the interview never touch it, so they start (and keep working)
    /// without a journal; the settings are read when first needed, so tests can point the app at a temp file.
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
        services.AddSingleton<JournalSchema>();
        services.AddScoped(sp => sp.GetRequiredService<JournalSchema>().Connect());
        return services;
    }

    /// <summary>
    /// Brings the schema up to date when a request first needs the journal, once per process. A failure is not
    /// remembered: that request fails with the reason, and the next one tries again (the file may have been fixed).
    /// </summary>
    private sealed class JournalSchema(JournalDatabaseOptions options)
    {
        private readonly Lock gate = new();
        private volatile bool migrated;

        public JournalContext Connect()
        {
            if (!migrated)
            {
                lock (gate)
                {
                    if (!migrated)
                    {
                        using var db = JournalDatabase.Open(options);
                        migrated = true;
                    }
                }
            }

            return JournalDatabase.Connect(options);
        }
    }
}
