namespace Twitchwise.Domain.Import;

/// <summary>Turns decoded FIT content into workouts: one per session, or one from the records when a device wrote no session.</summary>
internal static class FitWorkouts
{
    private const int ActivityFileType = 4;
    private const int TransitionSport = 3;

    /// <summary>Names of the FIT <c>file</c> enum, so a refusal can say what the file is instead.</summary>
    private static readonly Dictionary<int, string> FileTypeNames = new()
    {
        [1] = "device", [2] = "settings", [3] = "sport settings", [5] = "workout", [6] = "course",
        [7] = "schedules", [9] = "weight scale", [10] = "totals", [11] = "goals", [14] = "blood pressure",
        [15] = "monitoring", [20] = "activity summary", [28] = "daily monitoring", [32] = "monitoring",
        [34] = "segment", [35] = "segment list", [40] = "data-field configuration",
    };

    public static ImportResult ToResult(string fileName, FitContent content)
    {
        if (!content.FileTypes.Contains(ActivityFileType))
        {
            var kinds = content.FileTypes.Select(Describe).Distinct();
            return new RefusedFile(fileName, $"not an activity: the FIT file holds {string.Join(" and ", kinds)}");
        }

        // A multisport transition (sport 3) is the changeover between legs, not a workout of its own.
        var sessions = content.Sessions.Where(s => s.Sport != TransitionSport).ToList();
        var workouts = sessions.Count > 0
            ? sessions.Select(session => FromSession(session, content.Records)).ToList()
            : FromRecords(content.Records);
        if (workouts.Count == 0)
        {
            return new RefusedFile(fileName, "the activity has no sessions and no timed records");
        }

        if (workouts.Any(w => w is null))
        {
            return new RefusedFile(
                fileName,
                "the activity's times count from the device's power-on (its clock was not set), so the workout cannot be dated");
        }

        return new ImportedFile(fileName, workouts.Select(w => w!).ToList());
    }

    private static string Describe(int? fileType) => fileType switch
    {
        null => "no file_id message",
        { } known when FileTypeNames.TryGetValue(known, out var name) => $"{name} data (file type {known})",
        { } other => $"file type {other}",
    };

    private static ImportedWorkout? FromSession(FitSession session, IReadOnlyList<FitRecord> records)
    {
        var start = FitTime.ToUtc(session.StartTime ?? records.FirstOrDefault(r => r.Timestamp is not null)?.Timestamp);
        if (start is null)
        {
            return null;
        }

        var elapsedSeconds = session.ElapsedSeconds ?? session.TimerSeconds
            ?? ((double?)session.Timestamp - session.StartTime) ?? 0;
        return new ImportedWorkout(
            Sport: FitSports.ToWorkoutSport(session.Sport, session.SubSport),
            Start: start.Value,
            ElapsedMinutes: elapsedSeconds / 60,
            MovingMinutes: session.TimerSeconds / 60,
            DistanceKm: session.DistanceMeters / 1000,
            AverageHeartRate: HeartRateOrNull(session.AverageHeartRate),
            MaxHeartRate: HeartRateOrNull(session.MaxHeartRate),
            Source: ActivityFileFormat.Fit);
    }

    /// <summary>Some devices write 0 when no heart-rate strap was paired; that is no reading, not a heart rate.</summary>
    private static int? HeartRateOrNull(int? beatsPerMinute) => beatsPerMinute is > 0 ? beatsPerMinute : null;

    private static List<ImportedWorkout?> FromRecords(IReadOnlyList<FitRecord> records)
    {
        var timed = records.Where(r => r.Timestamp is not null).ToList();
        if (timed.Count < 2)
        {
            return [];
        }

        var heartRates = timed.Where(r => HeartRateOrNull(r.HeartRate) is not null).Select(r => r.HeartRate!.Value).ToList();
        var distances = timed.Where(r => r.DistanceMeters is not null).Select(r => r.DistanceMeters!.Value).ToList();
        var start = timed[0].Time;
        return
        [
            start is null ? null : new ImportedWorkout(
                Sport: WorkoutSports.Other,
                Start: start.Value,
                ElapsedMinutes: (timed[^1].Timestamp!.Value - timed[0].Timestamp!.Value) / 60.0,
                MovingMinutes: null,
                DistanceKm: distances.Count > 0 ? distances.Max() / 1000 : null,
                AverageHeartRate: heartRates.Count > 0 ? (int)Math.Round(heartRates.Average(), MidpointRounding.AwayFromZero) : null,
                MaxHeartRate: heartRates.Count > 0 ? heartRates.Max() : null,
                Source: ActivityFileFormat.Fit),
        ];
    }
}

/// <summary>The FIT <c>sport</c> enum mapped onto the <c>exercise.type</c> options.</summary>
internal static class FitSports
{
    private const int StrengthTrainingSubSport = 20;

    public static string ToWorkoutSport(int? sport, int? subSport) => sport switch
    {
        1 => WorkoutSports.Run,
        2 or 21 => WorkoutSports.Cycle, // cycling, e-biking
        5 => WorkoutSports.Swim,
        11 or 17 => WorkoutSports.Walk, // walking, hiking
        4 or 10 when subSport == StrengthTrainingSubSport => WorkoutSports.Strength, // fitness equipment, training
        6 or 7 or 9 or 71 or 72 or 73 or 74 or 75 => WorkoutSports.TeamSport, // basketball, soccer, american football, cricket, rugby, hockey, lacrosse, volleyball
        _ => WorkoutSports.Other,
    };
}
