using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Storage.Tests;

/// <summary>
/// Every journal entry type, each field set, through every format the journal speaks: JSON Lines, CSV, the database,
/// and the one-line text the CLI and the web list show. C# cannot make a type switch exhaustive, so this is the check
/// that a new entry type was added everywhere (docs/adding-an-entry-type.md): its sample below is missing, or a
/// format drops or garbles it, and a test here fails.
/// </summary>
public sealed class EntryTypeRoundTripTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 18, 30, 15, TimeSpan.FromHours(5.5));

    /// <summary>One fully filled-in entry of each type, keyed by its name in the journal contract.</summary>
    public static readonly IReadOnlyDictionary<string, JournalEntry> Samples = new Dictionary<string, JournalEntry>
    {
        ["workout"] = new WorkoutEntry(At, "run", 45.5, 7, 8.2, true, true, false, true, EntrySource.Fit, 151, 178),
        ["fluid"] = new FluidEntry(At, 0.75, true),
        ["caffeine"] = new CaffeineEntry(At, 95),
        ["sleep"] = new SleepEntry(new DateOnly(2026, 2, 28), 6.5),
        ["stress"] = new StressEntry(new DateOnly(2026, 3, 1), 6),
        ["medication"] = new MedicationEntry("salbutamol", "asthma_bronchodilator", new DateOnly(2026, 2, 20), new DateOnly(2026, 3, 10)),
        ["episode"] = new EpisodeEntry(At, "spasm", ["calf", "foot"], 20, 3, "after the hill; \"sharp\""),
        ["assessment"] = new AssessmentEntry(At, [new("episode.kind", new ChoiceAnswer("spasm")), new("hydration.heavy_sweating", new BoolAnswer(true))],
            "self_care", ["dehydration", "fatigue"]),
    };

    private readonly string folder = Directory.CreateTempSubdirectory("twitchwise-types-").FullName;

    public static TheoryData<string> Types() => [.. JournalCodec.Types];

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Samples_EveryEntryTypeInTheCode_HasOneAndIsNamedInTheContractList()
    {
        var recordTypes = typeof(JournalEntry).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(JournalEntry)) && !t.IsAbstract).ToHashSet();

        Assert.Equal(recordTypes.OrderBy(t => t.Name), Samples.Values.Select(e => e.GetType()).OrderBy(t => t.Name));
        Assert.Equal(JournalCodec.Types.Order(), Samples.Keys.Order());
        Assert.All(Samples, s => Assert.Equal(s.Key, JournalCodec.TypeOf(s.Value)));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void JsonLines_EachType_ReadsBackTheSameEntry(string type)
    {
        var read = new JournalCodec(KnowledgeBase.Default).Read(new StringReader(JournalCodec.WriteLine(Samples[type]) + "\n"));

        Assert.Empty(read.Problems);
        Assert.Equal(Samples[type], Assert.Single(read.Entries));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Csv_EachType_ReadsBackTheSameEntry(string type)
    {
        var csv = new StringWriter();
        JournalCsv.Write(csv, [Samples[type]]);
        var read = new JournalCsv(KnowledgeBase.Default).Read(new StringReader(csv.ToString()));

        Assert.Empty(read.Problems);
        Assert.Equal(Samples[type], Assert.Single(read.Entries));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Database_EachType_LoadsBackTheSameEntry(string type)
    {
        var options = JournalDatabaseOptions.Sqlite(Path.Combine(folder, "journal.db"));
        using (var db = JournalDatabase.Open(options))
        {
            db.AddAll([Samples[type]]);
        }

        using var reopened = JournalDatabase.Open(options);
        var loaded = Assert.Single(reopened.Load(new JournalCodec(KnowledgeBase.Default)));
        Assert.Equal(Samples[type], loaded with { Id = 0 });
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Text_EachType_HasAWhenAndADescription(string type)
    {
        Assert.False(string.IsNullOrWhiteSpace(EntryText.When(Samples[type])));
        Assert.False(string.IsNullOrWhiteSpace(EntryText.Describe(Samples[type])));
    }
}
