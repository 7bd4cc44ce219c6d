using Twitchwise.Domain.Journal;

namespace Twitchwise.Storage;

/// <summary>
/// One journal entry as stored: its contract JSON line (<see cref="Body"/>) plus the columns that queries need.
/// Keeping the exchange line itself makes export lossless by construction (offsets, left-out fields and all) and lets
/// the contract grow without a schema migration; the typed entry is always read back through the same strict codec.
/// </summary>
public sealed class StoredEntry
{
    public long Id { get; set; }

    /// <summary>The contract's type id: workout, fluid, caffeine, sleep, stress, medication, episode or assessment.</summary>
    public required string Type { get; set; }

    /// <summary>The day the entry belongs to, in its own offset; range queries (<c>journal --from --to</c>) use it.</summary>
    public DateOnly Day { get; set; }

    /// <summary>The entry's instant in UTC, to list a day's entries in the order they happened.</summary>
    public DateTime SortUtc { get; set; }

    public required string Body { get; set; }

    public static StoredEntry From(JournalEntry entry) => new()
    {
        Type = JournalCodec.TypeOf(entry),
        Day = entry.Day,
        SortUtc = entry.SortTime.UtcDateTime,
        Body = JournalCodec.WriteLine(entry),
    };

    /// <summary>The typed entry, with its database id.</summary>
    public JournalEntry ToEntry(JournalCodec codec)
    {
        var problems = new List<JournalProblem>();
        var entry = codec.ReadLine(Body, 1, problems)
            ?? throw new InvalidDataException($"Journal entry #{Id} cannot be read back: {string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}"))}");
        return entry with { Id = Id };
    }
}

/// <summary>The training load of one day, as computed by the last <c>insights</c> run; see <see cref="TrainingLoad"/>.</summary>
public sealed class StoredLoadDay
{
    public DateOnly Day { get; set; }

    public double Load { get; set; }

    public double Acute { get; set; }

    public double Chronic { get; set; }

    public double? Ratio { get; set; }

    public bool Spike { get; set; }

    public bool LongSession { get; set; }

    public static StoredLoadDay From(TrainingLoadDay d) => new()
    {
        Day = d.Day,
        Load = d.Load,
        Acute = d.Acute,
        Chronic = d.Chronic,
        Ratio = d.Ratio,
        Spike = d.Spike,
        LongSession = d.LongSession,
    };
}
