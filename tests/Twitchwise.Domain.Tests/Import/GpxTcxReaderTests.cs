using System.Text;
using Twitchwise.Domain.Import;

namespace Twitchwise.Domain.Tests.Import;

public sealed class GpxTcxReaderTests
{
    private static ImportResult Read(string name, string xml, bool byteOrderMark = false) =>
        ActivityFileReader.Read(name, [.. byteOrderMark ? Encoding.UTF8.Preamble : [], .. Encoding.UTF8.GetBytes(xml)]);

    private static string Gpx(string version, string body) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><gpx version="{version}" xmlns="http://www.topografix.com/GPX/{version.Replace('.', '/')}" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">{body}</gpx>""";

    private static string Point(double lat, string time, int? hr = null) =>
        $"""<trkpt lat="{lat.ToString(System.Globalization.CultureInfo.InvariantCulture)}" lon="14.0"><time>{time}</time>"""
        + (hr is null ? "" : $"<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>{hr}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>")
        + "</trkpt>";

    [Theory]
    [InlineData("1.0", false)]
    [InlineData("1.1", true)]
    public void Read_GpxTimedTrack_GivesOneWorkoutWithDistanceMovingTimeAndHeartRate(string version, bool byteOrderMark)
    {
        // 0.01 degree of latitude is about 1.112 km; the 10-minute stop in the middle is not moving time.
        var xml = Gpx(version, "<trk><type>running</type><trkseg>"
            + Point(45.00, "2024-05-01T06:00:00Z", 120) + Point(45.001, "2024-05-01T06:00:30Z", 140)
            + Point(45.001, "2024-05-01T06:10:30Z", 150) + Point(45.002, "2024-05-01T06:11:00Z", 160)
            + "</trkseg></trk>");

        var workout = Assert.Single(Assert.IsType<ImportedFile>(Read("run.gpx", xml, byteOrderMark)).Workouts);

        Assert.Equal(WorkoutSports.Run, workout.Sport);
        Assert.Equal(DateTimeOffset.Parse("2024-05-01T06:00:00Z", System.Globalization.CultureInfo.InvariantCulture), workout.Start);
        Assert.Equal(11, workout.ElapsedMinutes, 6);
        Assert.Equal(1, workout.MovingMinutes!.Value, 6);
        Assert.Equal(0.2224, workout.DistanceKm!.Value, 3);
        Assert.Equal((143, 160), (workout.AverageHeartRate, workout.MaxHeartRate));
        Assert.Equal(ActivityFileFormat.Gpx, workout.Source);
    }

    [Fact]
    public void Read_GpxOutingSplitIntoTracksByPauses_IsOneWorkoutAndALaterOutingAnother()
    {
        // A run recorded as three tracks (stopped for 5 and for 30 minutes), then a ride an hour later.
        static string Track(string type, params string[] points) => $"<trk><type>{type}</type><trkseg>{string.Concat(points)}</trkseg></trk>";
        var xml = Gpx("1.1",
            Track("running", Point(45.000, "2024-05-01T06:00:00Z", 120), Point(45.001, "2024-05-01T06:00:30Z", 140))
            + Track("running", Point(45.001, "2024-05-01T06:05:30Z", 150), Point(45.002, "2024-05-01T06:06:00Z", 160))
            + Track("running", Point(45.002, "2024-05-01T06:36:00Z", 130), Point(45.003, "2024-05-01T06:36:30Z", 130))
            + Track("cycling", Point(45.003, "2024-05-01T07:36:30Z"), Point(45.013, "2024-05-01T07:46:30Z")));

        var workouts = Assert.IsType<ImportedFile>(Read("morning.gpx", xml)).Workouts;

        Assert.Equal(2, workouts.Count);
        var run = workouts[0];
        Assert.Equal(WorkoutSports.Run, run.Sport);
        Assert.Equal(36.5, run.ElapsedMinutes, 6);
        Assert.Equal(1.5, run.MovingMinutes!.Value, 6);
        Assert.Equal(0.3336, run.DistanceKm!.Value, 3); // the three pieces run, not the gaps between them
        Assert.Equal((138, 160), (run.AverageHeartRate, run.MaxHeartRate));
        Assert.Equal((WorkoutSports.Cycle, 10.0), (workouts[1].Sport, workouts[1].ElapsedMinutes));
    }

    [Fact]
    public void Read_GpxWithOnlyARoute_IsRefusedAsAPlan()
    {
        var xml = Gpx("1.1", """<rte><rtept lat="45" lon="14"/><rtept lat="45.1" lon="14"/></rte>""");

        var refused = Assert.IsType<RefusedFile>(Read("plan.gpx", xml));

        Assert.Equal("has routes but no timed track: a route is a plan, not a workout", refused.Reason);
    }

    [Fact]
    public void Read_GpxPointWithUnreadableTime_IsRefusedNamingTheLine()
    {
        var xml = Gpx("1.1", "<trk><trkseg>\n" + Point(45, "2024-05-01T06:00:00Z") + "\n" + Point(45.001, "yesterday") + "</trkseg></trk>");

        var refused = Assert.IsType<RefusedFile>(Read("odd.gpx", xml));

        Assert.Equal("the track point at line 3 has an unreadable time 'yesterday'", refused.Reason);
    }

    [Theory]
    [InlineData("cycling", WorkoutSports.Cycle)]
    [InlineData("Hiking", WorkoutSports.Walk)]
    [InlineData("swimming", WorkoutSports.Swim)]
    [InlineData("kayaking", WorkoutSports.Other)]
    public void Read_GpxTrackType_MapsToExerciseType(string type, string expected)
    {
        var xml = Gpx("1.1", $"<trk><type>{type}</type><trkseg>" + Point(45, "2024-05-01T06:00:00Z") + Point(45.001, "2024-05-01T06:01:00Z") + "</trkseg></trk>");

        Assert.Equal(expected, Assert.Single(Assert.IsType<ImportedFile>(Read("t.gpx", xml)).Workouts).Sport);
    }

    [Fact]
    public void Read_TcxWithTwoLaps_SumsLapsAndWeightsHeartRateByLapTime()
    {
        const string Xml = """
            <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
              <Activities><Activity Sport="Biking"><Id>2024-05-01T06:00:00Z</Id>
                <Lap StartTime="2024-05-01T06:00:00Z"><TotalTimeSeconds>600</TotalTimeSeconds><DistanceMeters>4000</DistanceMeters>
                  <AverageHeartRateBpm><Value>120</Value></AverageHeartRateBpm><MaximumHeartRateBpm><Value>150</Value></MaximumHeartRateBpm></Lap>
                <Lap StartTime="2024-05-01T06:15:00Z"><TotalTimeSeconds>1200</TotalTimeSeconds><DistanceMeters>9000</DistanceMeters>
                  <AverageHeartRateBpm><Value>150</Value></AverageHeartRateBpm><MaximumHeartRateBpm><Value>171</Value></MaximumHeartRateBpm></Lap>
              </Activity></Activities>
            </TrainingCenterDatabase>
            """;

        var workout = Assert.Single(Assert.IsType<ImportedFile>(Read("ride.tcx", Xml)).Workouts);

        Assert.Equal(WorkoutSports.Cycle, workout.Sport);
        Assert.Equal(35, workout.ElapsedMinutes, 6);
        Assert.Equal(30, workout.MovingMinutes!.Value, 6);
        Assert.Equal(13.0, workout.DistanceKm);
        Assert.Equal((140, 171), (workout.AverageHeartRate, workout.MaxHeartRate));
        Assert.Equal(ActivityFileFormat.Tcx, workout.Source);
    }

    [Fact]
    public void Read_TcxWithoutActivities_IsRefused()
    {
        const string Xml = """<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Courses/></TrainingCenterDatabase>""";

        var refused = Assert.IsType<RefusedFile>(Read("course.tcx", Xml));

        Assert.Equal("has courses but no activity: a course is a plan, not a workout", refused.Reason);
    }
}
