using Twitchwise.Domain.Journal;

namespace Twitchwise.Domain.Import;

/// <summary>What one activity file gives the journal: its workouts as journal entries, or why it was refused.</summary>
public sealed record ActivityEntries(string File, IReadOnlyList<WorkoutEntry> Workouts, string? Refusal);

/// <summary>
/// Turns the workouts of an activity file into <c>workout</c> journal entries. <c>minutes</c> is the elapsed time,
/// start to finish: session-RPE load and the long-session check count the whole session, pauses included, the way people
/// log a session by hand, and every format has it (moving time is missing from many files). <c>rpe</c> stays unknown:
/// a device cannot tell how hard a session felt, and a guessed effort would make the training load look surer than it is.
/// </summary>
public static class ActivityJournal
{
    public static ActivityEntries Read(string fileName, ReadOnlySpan<byte> content, TimeZoneInfo zone, JournalValidator validator)
    {
        var result = ActivityFileReader.Read(fileName, content);
        if (result is not ImportedFile imported)
        {
            return new(fileName, [], ((RefusedFile)result).Reason);
        }

        var entries = new List<WorkoutEntry>(imported.Workouts.Count);
        foreach (var workout in imported.Workouts)
        {
            var entry = ToEntry(workout, zone);
            // A file is refused whole when one of its workouts breaks the journal's rules: better none than a partial day.
            if (validator.Validate(entry) is [var first, ..])
            {
                return new(fileName, [], $"the workout starting {JournalCodec.FormatTime(entry.Start)} cannot be kept: {first}");
            }

            entries.Add(entry);
        }

        return new(fileName, entries, null);
    }

    /// <summary>
    /// The start is shown in <paramref name="zone"/> (the user's own), since devices record UTC and the journal's days
    /// are local days. Minutes and kilometres are rounded to what a person can use (0.01 min, 1 m).
    /// </summary>
    public static WorkoutEntry ToEntry(ImportedWorkout workout, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTime(workout.Start, zone),
            workout.Sport,
            Math.Round(workout.ElapsedMinutes, 2),
            DistanceKm: workout.DistanceKm is { } km ? Math.Round(km, 3) : null,
            Source: workout.Source switch
            {
                ActivityFileFormat.Fit => EntrySource.Fit,
                ActivityFileFormat.Gpx => EntrySource.Gpx,
                _ => EntrySource.Tcx,
            },
            AvgHr: workout.AverageHeartRate,
            MaxHr: workout.MaxHeartRate);
}
