using System.Globalization;
namespace Twitchwise.Domain.Journal;

/// <summary>One journal entry in a few words, for the CLI's <c>log</c> confirmations and <c>journal</c> listing and the web journal's list.</summary>
public static class EntryText
{
    public static string When(JournalEntry entry) => entry switch
    {
        WorkoutEntry e => Time(e.Start),
        FluidEntry e => Time(e.At),
        CaffeineEntry e => Time(e.At),
        EpisodeEntry e => Time(e.At),
        AssessmentEntry e => Time(e.At),
        SleepEntry e => $"{JournalCodec.FormatDate(e.NightOf)} night",
        StressEntry e => JournalCodec.FormatDate(e.On),
        MedicationEntry e => JournalCodec.FormatDate(e.Started),
        // C# cannot check a type switch for exhaustiveness; EntryTypeRoundTripTests reaches this arm for a new type.
        _ => throw Unknown(entry),
    };

    public static string Describe(JournalEntry entry) => entry switch
    {
        WorkoutEntry e => Join(e.Sport, $"{N(e.Minutes)} min", e.Rpe is { } r ? $"rpe {r}" : null, e.DistanceKm is { } d ? $"{N(d)} km" : null,
            e.AvgHr is { } hr ? $"avg hr {hr}" : null, e.Hot == true ? "hot" : null, e.Electrolytes == true ? "electrolytes" : null, e.Source is { } s and not EntrySource.Manual ? $"from {JournalCodec.SourceId(s)}" : null),
        FluidEntry e => Join($"{N(e.Liters)} l", e.Electrolytes == true ? "with electrolytes" : null),
        CaffeineEntry e => $"{N(e.Mg)} mg",
        SleepEntry e => $"{N(e.Hours)} h of sleep",
        StressEntry e => $"stress {e.Level}/10",
        MedicationEntry e => Join($"{e.Name} ({e.Class})", $"since {JournalCodec.FormatDate(e.Started)}",
            e.Stopped is { } stopped ? $"stopped {JournalCodec.FormatDate(stopped)}" : null),
        EpisodeEntry e => Join($"{e.Kind} in {string.Join(" and ", e.Locations)}", e.Seconds is { } s ? $"{N(s)} s" : null,
            e.Pain is { } p ? $"pain {p}/10" : null, string.IsNullOrEmpty(e.Notes) ? null : $"\"{e.Notes}\""),
        AssessmentEntry e => Join($"level {e.Level}", e.Causes.Count > 0 ? $"causes: {string.Join(", ", e.Causes.Take(3))}" : null, $"{e.Answers.Count} answers"),
        _ => throw Unknown(entry),
    };

    private static ArgumentException Unknown(JournalEntry entry) =>
        new($"No text for entry type {entry.GetType().Name}; see docs/adding-an-entry-type.md.", nameof(entry));

    private static string Time(DateTimeOffset t) => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Join(params string?[] parts) => string.Join(", ", parts.Where(p => p is not null));
}
