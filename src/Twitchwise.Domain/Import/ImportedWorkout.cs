namespace Twitchwise.Domain.Import;

/// <summary>The kind of activity file a workout came from; the journal writes it as <c>source</c> in lower case.</summary>
public enum ActivityFileFormat
{
    Fit,
    Gpx,
    Tcx,
}

/// <summary>
/// One workout read from an activity file. <see cref="Sport"/> is an option id of <c>exercise.type</c>
/// (see <see cref="WorkoutSports"/>); <see cref="Start"/> is in UTC.
/// </summary>
public sealed record ImportedWorkout(
    string Sport,
    DateTimeOffset Start,
    double ElapsedMinutes,
    double? MovingMinutes,
    double? DistanceKm,
    int? AverageHeartRate,
    int? MaxHeartRate,
    ActivityFileFormat Source)
{
    /// <summary>The journal's <c>source</c> value: fit, gpx or tcx.</summary>
    public string SourceId => Source.ToString().ToLowerInvariant();
}

/// <summary>The option ids of the <c>exercise.type</c> question that an imported workout can have.</summary>
public static class WorkoutSports
{
    public const string Walk = "walk";
    public const string Run = "run";
    public const string Cycle = "cycle";
    public const string Swim = "swim";
    public const string Strength = "strength";
    public const string TeamSport = "team_sport";
    public const string Other = "other";

    /// <summary>
    /// Maps a free-text activity name (GPX <c>type</c>, TCX <c>Sport</c>) to a sport; anything unknown is "other".
    /// </summary>
    public static string FromName(string? name)
    {
        var key = (name ?? "").Trim().ToLowerInvariant();
        return key switch
        {
            "run" or "running" or "trail_running" or "trail running" => Run,
            "cycle" or "cycling" or "biking" or "bike" or "ride" or "road_biking" or "mountain_biking" => Cycle,
            "walk" or "walking" or "hike" or "hiking" => Walk,
            "swim" or "swimming" => Swim,
            _ => Other,
        };
    }
}
