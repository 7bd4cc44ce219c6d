using System.Xml.Linq;

namespace Twitchwise.Domain.Import;

/// <summary>
/// Reads GPX 1.0 and 1.1: every track with times is a workout, or part of one. Routes and untimed tracks are plans
/// or drawn paths, not something the user did, so a file with nothing else is refused.
/// </summary>
/// <remarks>
/// Recorders split one outing into several tracks when paused or restarted (Garmin's "ACTIVE LOG", "ACTIVE LOG #2",
/// ...). Tracks of the same type that follow each other within <see cref="LongestPauseMinutes"/> are one workout:
/// a two-hour walk round a lake is one session for the training load, not seven, some of them seconds long.
/// </remarks>
internal static class GpxReader
{
    /// <summary>
    /// Moving time counts an interval between two consecutive points of a segment when it lasts at most
    /// <see cref="LongestMovingGapSeconds"/> and its average speed is at least <see cref="SlowestMovingSpeed"/>:
    /// slower means standing (GPS drift), a longer gap means the recorder was paused or lost the signal.
    /// When no interval is short enough to judge (a sparsely sampled track), moving time is unknown.
    /// </summary>
    private const double SlowestMovingSpeed = 0.5;
    private const double LongestMovingGapSeconds = 60;

    /// <summary>Faster on average than any human-powered workout (even a fast road ride): a drive or a flight.</summary>
    private const double FastestWorkoutKmPerHour = 60;

    /// <summary>A break between two tracks up to this long is a pause in one workout; longer, a new workout.</summary>
    private const double LongestPauseMinutes = 30;

    private sealed record TimedTrack(List<List<TrackPoint>> Segments, string? Type, ImportedWorkout Workout);

    private sealed record TrackPoint(double Lat, double Lon, DateTimeOffset Time, int? HeartRate);

    public static ImportResult Read(string fileName, XElement gpx)
    {
        var tracks = new List<TimedTrack>();
        foreach (var track in gpx.Children("trk"))
        {
            var segments = new List<List<TrackPoint>>();
            var (firstTimed, lastTimed) = ((bool?)null, false);
            foreach (var segment in track.Children("trkseg"))
            {
                var points = new List<TrackPoint>();
                foreach (var element in segment.Children("trkpt"))
                {
                    var (point, problem) = ReadPoint(element);
                    if (problem is not null)
                    {
                        return new RefusedFile(fileName, problem);
                    }

                    firstTimed ??= point is not null;
                    lastTimed = point is not null;
                    if (point is not null)
                    {
                        points.Add(point);
                    }
                }

                segments.Add(points);
            }

            if (segments.Sum(s => s.Count) == 0)
            {
                continue;
            }

            // The ends of a track fix its duration; a point without a time in between is only a missing sample.
            if (firstTimed != true || !lastTimed)
            {
                return new RefusedFile(
                    fileName,
                    $"the track at {track.Where()} has no time on its first or last point, so its duration is unknown");
            }

            var type = track.Child("type")?.Value;
            var workout = ToWorkout(segments, type);
            if (workout.ElapsedMinutes < 1.0 / 60)
            {
                return new RefusedFile(fileName, $"the times of the track at {track.Where()} do not advance (all within a second of {workout.Start:u})");
            }

            var kmPerHour = workout.DistanceKm!.Value / (workout.ElapsedMinutes / 60);
            if (kmPerHour > FastestWorkoutKmPerHour)
            {
                return new RefusedFile(
                    fileName,
                    $"the track at {track.Where()} averages {kmPerHour:F0} km/h, faster than any workout: it records a drive or a flight");
            }

            tracks.Add(new TimedTrack(segments, type, workout));
        }

        if (tracks.Count > 0)
        {
            return new ImportedFile(fileName, JoinPauses(tracks));
        }

        var reason = (gpx.Children("trk").Any(), gpx.Children("rte").Any(), gpx.Children("wpt").Any()) switch
        {
            (true, _, _) => "its tracks have no times, so it shows a path, not a workout",
            (false, true, _) => "has routes but no timed track: a route is a plan, not a workout",
            (false, false, true) => "has only waypoints, no track: waypoints mark places, not a workout",
            _ => "has no track, so there is no workout in it",
        };
        return new RefusedFile(fileName, reason);
    }

    /// <summary>Tracks in time order, those of the same type with a short pause between them joined into one workout.</summary>
    private static List<ImportedWorkout> JoinPauses(List<TimedTrack> tracks)
    {
        var workouts = new List<ImportedWorkout>();
        var ordered = tracks.OrderBy(t => t.Workout.Start).ToList();
        for (var first = 0; first < ordered.Count;)
        {
            var last = first;
            var end = ordered[first].Workout.Start.AddMinutes(ordered[first].Workout.ElapsedMinutes);
            while (last + 1 < ordered.Count
                   && ordered[last + 1].Type == ordered[first].Type
                   && (ordered[last + 1].Workout.Start - end).TotalMinutes <= LongestPauseMinutes)
            {
                last++;
                var next = ordered[last].Workout;
                end = Max(end, next.Start.AddMinutes(next.ElapsedMinutes));
            }

            workouts.Add(first == last
                ? ordered[first].Workout
                : ToWorkout([.. ordered[first..(last + 1)].SelectMany(t => t.Segments)], ordered[first].Type));
            first = last + 1;
        }

        return workouts;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>A timed point, null for a point without a time, or a problem naming the line.</summary>
    private static (TrackPoint? Point, string? Problem) ReadPoint(XElement element)
    {
        var lat = ActivityXml.ParseNumber(element.Attribute("lat")?.Value);
        var lon = ActivityXml.ParseNumber(element.Attribute("lon")?.Value);
        if (lat is not (>= -90 and <= 90) || lon is not (>= -180 and <= 180))
        {
            return (null, $"the track point at {element.Where()} has no valid lat/lon");
        }

        var timeText = element.Child("time")?.Value;
        if (string.IsNullOrWhiteSpace(timeText))
        {
            return (null, null);
        }

        if (ActivityXml.ParseTime(timeText) is not { } time)
        {
            return (null, $"the track point at {element.Where()} has an unreadable time '{timeText}'");
        }

        // Garmin's TrackPointExtension (and most others) put heart rate in an <hr> element under <extensions>.
        var heartRate = element.Child("extensions")?.DescendantsNamed("hr").Select(hr => ActivityXml.ParseNumber(hr.Value)).FirstOrDefault();
        return (new TrackPoint(lat.Value, lon.Value, time, heartRate is > 0 and < 255 ? (int)heartRate : null), null);
    }

    private static ImportedWorkout ToWorkout(List<List<TrackPoint>> segments, string? type)
    {
        var all = segments.SelectMany(s => s).ToList();
        var start = all.Min(p => p.Time);
        var end = all.Max(p => p.Time);
        double distance = 0, moving = 0;
        var judgedAnyInterval = false;
        foreach (var segment in segments)
        {
            for (var i = 1; i < segment.Count; i++)
            {
                var (from, to) = (segment[i - 1], segment[i]);
                var meters = ActivityXml.DistanceMeters(from.Lat, from.Lon, to.Lat, to.Lon);
                var seconds = (to.Time - from.Time).TotalSeconds;
                distance += meters;
                if (seconds is > 0 and <= LongestMovingGapSeconds)
                {
                    judgedAnyInterval = true;
                    if (meters / seconds >= SlowestMovingSpeed)
                    {
                        moving += seconds;
                    }
                }
            }
        }

        var heartRates = all.Where(p => p.HeartRate is not null).Select(p => p.HeartRate!.Value).ToList();
        return new ImportedWorkout(
            Sport: WorkoutSports.FromName(type),
            Start: start,
            ElapsedMinutes: (end - start).TotalMinutes,
            MovingMinutes: judgedAnyInterval ? moving / 60 : null,
            DistanceKm: distance / 1000,
            AverageHeartRate: heartRates.Count > 0 ? (int)Math.Round(heartRates.Average(), MidpointRounding.AwayFromZero) : null,
            MaxHeartRate: heartRates.Count > 0 ? heartRates.Max() : null,
            Source: ActivityFileFormat.Gpx);
    }
}
