using System.Xml.Linq;

namespace Twitchwise.Domain.Import;

/// <summary>Reads Garmin Training Center XML: every Activity is one workout, summed over its laps.</summary>
internal static class TcxReader
{
    private sealed record Lap(double? TimerSeconds, double? DistanceMeters, double? AverageHeartRate, double? MaxHeartRate, DateTimeOffset? Start);

    public static ImportResult Read(string fileName, XElement database)
    {
        var activities = database.Child("Activities")?.Children("Activity").ToList() ?? [];
        if (activities.Count == 0)
        {
            return new RefusedFile(
                fileName,
                database.Child("Courses") is not null
                    ? "has courses but no activity: a course is a plan, not a workout"
                    : "has no activity, so there is no workout in it");
        }

        var workouts = new List<ImportedWorkout>();
        foreach (var activity in activities)
        {
            var start = ActivityXml.ParseTime(activity.Child("Id")?.Value);
            if (start is null)
            {
                return new RefusedFile(fileName, $"the activity at {activity.Where()} has no readable start time in <Id>");
            }

            workouts.Add(ToWorkout(activity, start.Value));
        }

        return new ImportedFile(fileName, workouts);
    }

    private static ImportedWorkout ToWorkout(XElement activity, DateTimeOffset start)
    {
        var laps = activity.Children("Lap").Select(lap => new Lap(
            ActivityXml.ParseNumber(lap.Child("TotalTimeSeconds")?.Value),
            ActivityXml.ParseNumber(lap.Child("DistanceMeters")?.Value),
            ActivityXml.ParseNumber(lap.Child("AverageHeartRateBpm")?.Child("Value")?.Value),
            ActivityXml.ParseNumber(lap.Child("MaximumHeartRateBpm")?.Child("Value")?.Value),
            ActivityXml.ParseTime(lap.Attribute("StartTime")?.Value))).ToList();
        var trackpoints = activity.DescendantsNamed("Trackpoint").Select(point => (
            Time: ActivityXml.ParseTime(point.Child("Time")?.Value),
            HeartRate: ActivityXml.ParseNumber(point.Child("HeartRateBpm")?.Child("Value")?.Value))).ToList();

        // The activity lasts until its last trackpoint or the end of its last lap, whichever is later.
        var ends = trackpoints.Select(p => p.Time)
            .Concat(laps.Select(l => l.Start + TimeSpan.FromSeconds(l.TimerSeconds ?? 0)))
            .OfType<DateTimeOffset>()
            .Append(start);
        var timedLaps = laps.Where(l => l.TimerSeconds is not null).ToList();
        var pointRates = trackpoints.Select(p => p.HeartRate).OfType<double>().ToList();
        return new ImportedWorkout(
            Sport: WorkoutSports.FromName(activity.Attribute("Sport")?.Value),
            Start: start,
            ElapsedMinutes: (ends.Max() - start).TotalMinutes,
            // TotalTimeSeconds is the lap's timer time, which stops while the device is paused.
            MovingMinutes: timedLaps.Count > 0 ? timedLaps.Sum(l => l.TimerSeconds!.Value) / 60 : null,
            DistanceKm: laps.Any(l => l.DistanceMeters is not null) ? laps.Sum(l => l.DistanceMeters ?? 0) / 1000 : null,
            AverageHeartRate: AverageHeartRate(laps, pointRates),
            MaxHeartRate: laps.Select(l => l.MaxHeartRate).OfType<double>().Concat(pointRates)
                .Select(rate => (int?)Math.Round(rate, MidpointRounding.AwayFromZero)).Max(),
            Source: ActivityFileFormat.Tcx);
    }

    /// <summary>The laps' averages weighted by lap time when every lap has one; otherwise the mean of the trackpoints.</summary>
    private static int? AverageHeartRate(List<Lap> laps, List<double> pointRates)
    {
        if (laps.Count > 0 && laps.All(l => l.AverageHeartRate is not null && l.TimerSeconds > 0))
        {
            var weighted = laps.Sum(l => l.AverageHeartRate!.Value * l.TimerSeconds!.Value) / laps.Sum(l => l.TimerSeconds!.Value);
            return (int)Math.Round(weighted, MidpointRounding.AwayFromZero);
        }

        return pointRates.Count > 0 ? (int)Math.Round(pointRates.Average(), MidpointRounding.AwayFromZero) : null;
    }
}
