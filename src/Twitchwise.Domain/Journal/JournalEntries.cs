using Twitchwise.Domain.Answers;

namespace Twitchwise.Domain.Journal;

/// <summary>Where a workout came from: typed in by hand, or read from a device or app file.</summary>
public enum EntrySource
{
    Manual,
    Fit,
    Gpx,
    Tcx,
    Csv,
}

/// <summary>
/// One journal entry as the journal contract (spec/journal.md) defines it. <see cref="Id"/> is 0 until the entry is
/// stored; it is not part of the exchange format, so an export imported elsewhere gets new ids.
/// Optional fields are null when they were left out, so that an import followed by an export gives back the same lines.
/// </summary>
public abstract record JournalEntry
{
    public long Id { get; init; }

    /// <summary>The calendar day the entry belongs to, in the entry's own time offset (where the person was).</summary>
    public abstract DateOnly Day { get; }

    /// <summary>The instant, for ordering within a day; entries about a whole day sort at its start.</summary>
    public abstract DateTimeOffset SortTime { get; }

    protected static DateOnly DayOf(DateTimeOffset time) => DateOnly.FromDateTime(time.DateTime);

    protected static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}

public sealed record WorkoutEntry(
    DateTimeOffset Start,
    string Sport,
    double Minutes,
    int? Rpe = null,
    double? DistanceKm = null,
    bool? Hot = null,
    bool? WarmedUp = null,
    bool? CooledDown = null,
    bool? Electrolytes = null,
    EntrySource? Source = null,
    int? AvgHr = null,
    int? MaxHr = null) : JournalEntry
{
    public override DateOnly Day => DayOf(Start);

    public override DateTimeOffset SortTime => Start;

    /// <summary>
    /// Session load in arbitrary units: rpe x minutes (Foster's session-RPE); unknown without an rpe. Heart rate
    /// (<see cref="AvgHr"/>, <see cref="MaxHr"/>, beats per minute, from a device) is kept but not turned into an rpe.
    /// </summary>
    public double? Load => Rpe * Minutes;
}

public sealed record FluidEntry(DateTimeOffset At, double Liters, bool? Electrolytes = null) : JournalEntry
{
    public override DateOnly Day => DayOf(At);

    public override DateTimeOffset SortTime => At;
}

public sealed record CaffeineEntry(DateTimeOffset At, double Mg) : JournalEntry
{
    public override DateOnly Day => DayOf(At);

    public override DateTimeOffset SortTime => At;
}

/// <summary>Sleep of the night that began on <see cref="NightOf"/>; it counts for the day after.</summary>
public sealed record SleepEntry(DateOnly NightOf, double Hours) : JournalEntry
{
    public override DateOnly Day => NightOf;

    public override DateTimeOffset SortTime => StartOf(NightOf).AddHours(23);
}

public sealed record StressEntry(DateOnly On, int Level) : JournalEntry
{
    public override DateOnly Day => On;

    public override DateTimeOffset SortTime => StartOf(On);
}

public sealed record MedicationEntry(string Name, string Class, DateOnly Started, DateOnly? Stopped = null) : JournalEntry
{
    public override DateOnly Day => Started;

    public override DateTimeOffset SortTime => StartOf(Started);
}

public sealed record EpisodeEntry(
    DateTimeOffset At,
    string Kind,
    IReadOnlyList<string> Locations,
    double? Seconds = null,
    int? Pain = null,
    string? Notes = null) : JournalEntry
{
    public override DateOnly Day => DayOf(At);

    public override DateTimeOffset SortTime => At;

    // Records compare lists by reference; two episodes are equal when they name the same places in the same order.
    public bool Equals(EpisodeEntry? other) =>
        other is not null && base.Equals(other) && At == other.At && Kind == other.Kind
        && Locations.SequenceEqual(other.Locations) && Seconds == other.Seconds && Pain == other.Pain && Notes == other.Notes;

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), At, Kind, Locations.Count, Seconds, Pain, Notes);
}

/// <summary>
/// A saved assessment (<c>twitchwise assess --save</c>): an entry type beyond the contract's seven. It keeps the answers
/// in the assessment contract's form and the outcome (level and cause ids, most likely first) as it was on that day.
/// </summary>
public sealed record AssessmentEntry(
    DateTimeOffset At,
    IReadOnlyList<KeyValuePair<string, AnswerValue>> Answers,
    string Level,
    IReadOnlyList<string> Causes) : JournalEntry
{
    public override DateOnly Day => DayOf(At);

    public override DateTimeOffset SortTime => At;

    public bool Equals(AssessmentEntry? other) =>
        other is not null && base.Equals(other) && At == other.At && Level == other.Level
        && Answers.SequenceEqual(other.Answers) && Causes.SequenceEqual(other.Causes);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), At, Level, Answers.Count, Causes.Count);
}
