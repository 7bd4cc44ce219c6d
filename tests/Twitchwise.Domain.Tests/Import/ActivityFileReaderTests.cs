using System.Globalization;
using Twitchwise.Domain.Import;

namespace Twitchwise.Domain.Tests.Import;

/// <summary>
/// Every activity file in tests/testdata (fit, gpx, tcx) against the outcome we expect for it. The files are
/// found at run time and the table is explicit, so a new file, a missing file or a changed outcome fails loudly.
/// FIT starts match the file names or the records CSVs (which are in PDT, UTC-7); distances and times are the
/// device's own session totals or, for GPX, the haversine sum over the track.
/// </summary>
public sealed class ActivityFileReaderTests
{
    public sealed record Workout(string Sport, string Start, double Minutes, double? Km, int? AverageHeartRate);

    public sealed record Expected(string? RefusalContains, IReadOnlyList<Workout> Workouts);

    private static Expected Imports(params Workout[] workouts) => new(null, workouts);

    private static Expected Refused(string reason) => new(reason, []);

    private static Workout W(string sport, string start, double minutes, double? km, int? averageHeartRate) =>
        new(sport, start, minutes, km, averageHeartRate);

    /// <summary>
    /// Three variants of one recording (with, without and with zero elevations): a walk round the lake that the recorder
    /// split into seven tracks at its pauses (14:23 to 16:23, gaps of 5 to 15 minutes), so one workout.
    /// </summary>
    private static readonly Expected CerknickoLake = Imports(
        W(WorkoutSports.Other, "2010-08-05T14:23:59Z", minutes: 119.83, km: 4.575, averageHeartRate: null));

    private static readonly Dictionary<string, Expected> Outcomes = new()
    {
        ["fit/2013-02-06-12-11-14.fit"] = Imports(
            W(WorkoutSports.Run, "2013-02-06T12:11:14Z", minutes: 43.75, km: 4.835, averageHeartRate: 147)),
        ["fit/2015-10-13-08-43-15.fit"] = Imports(
            W(WorkoutSports.Cycle, "2015-10-13T15:43:15Z", minutes: 27.05, km: 11.536, averageHeartRate: null)),
        ["fit/20170518-191602-1740899583.fit"] = Imports(
            W(WorkoutSports.Other, "2017-05-18T16:37:30Z", minutes: 28.46, km: 0.0, averageHeartRate: 132)),
        ["fit/2019-02-17-062644-ELEMNT-297E-195-0.fit"] = Imports(
            W(WorkoutSports.Cycle, "2019-02-17T06:26:44Z", minutes: 393.25, km: 78.941, averageHeartRate: 124)),
        ["fit/Activity.fit"] = Imports(
            W(WorkoutSports.Run, "2012-04-09T21:22:26Z", minutes: 0.23, km: 0.006, averageHeartRate: null)),
        ["fit/DeveloperData.fit"] = Refused("the activity has no sessions and no timed records"),
        ["fit/Edge810-Vector-2013-08-16-15-35-10.fit"] = Imports(
            W(WorkoutSports.Cycle, "2013-08-16T18:05:10Z", minutes: 78.33, km: 41.339, averageHeartRate: 154)),
        ["fit/MonitoringFile.fit"] = Refused("not an activity: the FIT file holds monitoring data"),
        ["fit/Settings.fit"] = Refused("not an activity: the FIT file holds settings data"),
        ["fit/Settings2.fit"] = Refused("not an activity: the FIT file holds settings data"),
        ["fit/WeightScaleMultiUser.fit"] = Refused("not an activity: the FIT file holds weight scale data"),
        ["fit/WeightScaleSingleUser.fit"] = Refused("not an activity: the FIT file holds weight scale data"),
        ["fit/WorkoutCustomTargetValues.fit"] = Refused("not an activity: the FIT file holds workout data"),
        ["fit/WorkoutIndividualSteps.fit"] = Refused("not an activity: the FIT file holds workout data"),
        ["fit/WorkoutRepeatGreaterThanStep.fit"] = Refused("not an activity: the FIT file holds workout data"),
        ["fit/WorkoutRepeatSteps.fit"] = Refused("not an activity: the FIT file holds workout data"),
        ["fit/activity-activity-filecrc.fit"] = Refused("file CRC mismatch (chained file at byte 771): stored 0xB1D5, computed 0xA1D5"),
        ["fit/activity-filecrc.fit"] = Refused("file CRC mismatch: stored 0xB1D5, computed 0xA1D5"),
        ["fit/activity-large-fenxi2-multisport.fit"] = Imports(
            W(WorkoutSports.Other, "2015-08-29T08:00:01Z", minutes: 195.64, km: 25.072, averageHeartRate: null),
            W(WorkoutSports.Run, "2015-08-29T10:36:00Z", minutes: 38.25, km: 2.245, averageHeartRate: null),
            W(WorkoutSports.Run, "2015-08-29T11:14:21Z", minutes: 112.74, km: 12.74, averageHeartRate: null),
            W(WorkoutSports.Cycle, "2015-08-29T13:11:37Z", minutes: 53.52, km: 28.928, averageHeartRate: null)),
        ["fit/activity-settings-corruptheader.fit"] = Refused("no \".FIT\" signature in the header (chained file at byte 771)"),
        ["fit/activity-settings-nodata.fit"] = Refused("truncated: data ends inside the record at byte 783"),
        ["fit/activity-settings.fit"] = Imports(
            W(WorkoutSports.Run, "2012-04-09T21:22:26Z", minutes: 0.23, km: 0.006, averageHeartRate: null)),
        ["fit/activity-small-fenix2-run.fit"] = Imports(
            W(WorkoutSports.Run, "2015-08-15T14:45:08Z", minutes: 47.2, km: 9.008, averageHeartRate: null)),
        ["fit/activity-unexpected-eof.fit"] = Refused("truncated: data ends inside the record at byte 751"),
        ["fit/antfs-dump.63.fit"] = Refused("times count from the device's power-on"),
        ["fit/compressed-speed-distance.fit"] = Refused("times count from the device's power-on"),
        ["fit/coros-pace-2-cycling-misaligned-fields.fit"] = Imports(
            W(WorkoutSports.Cycle, "2020-10-25T11:10:19Z", minutes: 211.98, km: 32.146, averageHeartRate: null)),
        ["fit/developer-types-sample.fit"] = Imports(
            W(WorkoutSports.Run, "2017-01-17T17:06:47Z", minutes: 57.07, km: 6.754, averageHeartRate: null)),
        ["fit/elemnt-bolt-no-application-id-inside-developer-data-id.fit"] = Imports(
            W(WorkoutSports.Cycle, "2017-08-21T08:18:00Z", minutes: 2.33, km: 0.964, averageHeartRate: null)),
        ["fit/event_timestamp.fit"] = Imports(
            W(WorkoutSports.Swim, "2017-06-13T13:42:30Z", minutes: 76.12, km: 2.606, averageHeartRate: 142)),
        ["fit/garmin-edge-500-activity.fit"] = Imports(
            W(WorkoutSports.Cycle, "2011-09-25T13:00:21Z", minutes: 211.52, km: 92.622, averageHeartRate: 162)),
        ["fit/garmin-edge-820-bike.fit"] = Imports(
            W(WorkoutSports.Cycle, "2017-06-12T16:10:15Z", minutes: 1.08, km: 0.457, averageHeartRate: 116)),
        ["fit/garmin-fenix-5-bike.fit"] = Imports(
            W(WorkoutSports.Cycle, "2017-06-12T16:09:22Z", minutes: 1.01, km: 0.46, averageHeartRate: 101)),
        ["fit/garmin-fenix-5-run.fit"] = Imports(
            W(WorkoutSports.Run, "2017-06-11T14:34:09Z", minutes: 0.95, km: 0.158, averageHeartRate: 90)),
        ["fit/garmin-fenix-5-walk.fit"] = Imports(
            W(WorkoutSports.Walk, "2017-06-11T14:32:51Z", minutes: 0.76, km: 0.068, averageHeartRate: 75)),
        ["fit/nametest.FIT"] = Refused("not an activity: the FIT file holds settings data"),
        ["fit/nick.fit"] = Refused("file CRC mismatch: stored 0x0040, computed 0x1AD2"),
        ["fit/null_compressed_speed_dist.fit"] = Imports(
            W(WorkoutSports.Cycle, "2017-10-05T00:04:06Z", minutes: 30.12, km: 13.4, averageHeartRate: null)),
        ["fit/sample-activity-indoor-trainer.fit"] = Imports(
            W(WorkoutSports.Cycle, "2011-11-02T12:54:19Z", minutes: 37.7, km: 0.0, averageHeartRate: 148)),
        ["fit/sample-activity.fit"] = Imports(
            W(WorkoutSports.Cycle, "2011-06-26T21:18:39Z", minutes: 195.69, km: 88.797, averageHeartRate: 166)),
        ["fit/sample_mulitple_header.fit"] = Imports(
            W(WorkoutSports.Swim, "2018-05-27T07:33:01Z", minutes: 33.13, km: 1.645, averageHeartRate: 165),
            W(WorkoutSports.Cycle, "2018-05-27T08:08:58Z", minutes: 73.7, km: 40.909, averageHeartRate: 172),
            W(WorkoutSports.Run, "2018-05-27T09:23:41Z", minutes: 47.51, km: 9.806, averageHeartRate: 176)),
        ["fit/strava-android-app-201.10-b1218918.fit"] = Refused("corrupt data at byte 7471: a data message uses local message type 11, which was never defined"),
        ["gpx/Mojstrovka.gpx"] = Refused("the times of the track at line 10 do not advance"),
        ["gpx/around-visnjan-with-car.gpx"] = Imports(
            W(WorkoutSports.Other, "2020-12-18T06:15:50Z", minutes: 8.57, km: 2.733, averageHeartRate: null)),
        ["gpx/cerknicko-jezero-no-creator.gpx"] = CerknickoLake,
        ["gpx/cerknicko-jezero-with-elevations-zero.gpx"] = CerknickoLake,
        ["gpx/cerknicko-jezero-without-elevations.gpx"] = Refused("the track at line 918 has no time on its first or last point"),
        ["gpx/cerknicko-jezero.gpx"] = CerknickoLake,
        ["gpx/cerknicko-without-times.gpx"] = Refused("the track at line 924 has no time on its first or last point"),
        ["gpx/custom_schema_locations.gpx"] = Refused("has no track, so there is no workout in it"),
        ["gpx/default_schema_locations.gpx"] = Refused("has no track, so there is no workout in it"),
        ["gpx/first_and_last_elevation.gpx"] = Refused("the track at line 4 averages 98 km/h"),
        ["gpx/gpx-with-node-with-comments.gpx"] = Refused("the times of the track at line 3 do not advance"),
        ["gpx/gpx1.0_with_all_fields.gpx"] = Refused("the times of the track at line 76 do not advance"),
        ["gpx/gpx1.1_with_all_fields.gpx"] = Refused("the times of the track at line 114 do not advance"),
        ["gpx/gpx1.1_with_extensions.gpx"] = Refused("has only waypoints, no track"),
        ["gpx/gpx1.1_with_extensions_without_namespaces.gpx"] = Refused("has only waypoints, no track"),
        ["gpx/gpx_with_garmin_extension.gpx"] = Refused("has only waypoints, no track"),
        ["gpx/korita-zbevnica.gpx"] = Imports( // two tracks five minutes apart: one outing
            W(WorkoutSports.Other, "2010-10-03T09:36:30Z", minutes: 223.02, km: 6.262, averageHeartRate: null)),
        ["gpx/route.gpx"] = Refused("has routes but no timed track: a route is a plan, not a workout"),
        ["gpx/track-with-empty-segment.gpx"] = Imports(
            W(WorkoutSports.Other, "2013-07-06T17:26:26Z", minutes: 1.27, km: 0.086, averageHeartRate: null)),
        ["gpx/track-with-extremes.gpx"] = Refused("its tracks have no times"),
        ["gpx/track-with-less-sec-time.gpx"] = Refused("the times of the track at line 3 do not advance"),
        ["gpx/track-with-small-floats.gpx"] = Refused("its tracks have no times"),
        ["gpx/track_with_dilution_errors.gpx"] = Refused("its tracks have no times"),
        ["gpx/track_with_speed.gpx"] = Imports(
            W(WorkoutSports.Other, "2009-03-02T14:05:52Z", minutes: 0.22, km: 0.019, averageHeartRate: null)),
        ["gpx/unicode.gpx"] = Refused("has only waypoints, no track"),
        ["gpx/unicode2.gpx"] = Refused("its tracks have no times"),
        ["gpx/unicode_with_bom.gpx"] = Refused("has only waypoints, no track"),
        ["gpx/unicode_with_bom_noencoding.gpx"] = Refused("has only waypoints, no track"),
        ["tcx/no_hr.tcx"] = Imports(
            W(WorkoutSports.Run, "2012-12-26T21:29:53Z", minutes: 33.21, km: 4.689, averageHeartRate: null)),
        ["tcx/sup_activity_1.tcx"] = Imports(
            W(WorkoutSports.Other, "2022-07-16T16:08:25Z", minutes: 18.56, km: 1.158, averageHeartRate: 88)),
        ["tcx/test.tcx"] = Imports(
            W(WorkoutSports.Run, "2012-12-26T21:29:53Z", minutes: 33.21, km: 4.689, averageHeartRate: 160)),
    };

    public static TheoryData<string> ActivityFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in DiscoverActivityFiles())
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ActivityFiles))]
    public void Read_SharedTestFile_GivesTheExpectedOutcome(string relativePath)
    {
        Assert.True(Outcomes.TryGetValue(relativePath, out var expected), $"{relativePath} is new: add its expected outcome to the table");
        var fileName = Path.GetFileName(relativePath);

        var result = ActivityFileReader.Read(fileName, File.ReadAllBytes(TestPaths.TestData(relativePath)));

        Assert.Equal(fileName, result.File);
        if (expected.RefusalContains is { } reason)
        {
            var refused = Assert.IsType<RefusedFile>(result);
            Assert.Contains(reason, refused.Reason, StringComparison.Ordinal);
            return;
        }

        var imported = Assert.IsType<ImportedFile>(result);
        Assert.Equal(expected.Workouts.Count, imported.Workouts.Count);
        foreach (var (want, got) in expected.Workouts.Zip(imported.Workouts))
        {
            Assert.Equal(want.Sport, got.Sport);
            Assert.Equal(DateTimeOffset.Parse(want.Start, CultureInfo.InvariantCulture), got.Start);
            Assert.Equal(TimeSpan.Zero, got.Start.Offset);
            Assert.Equal(want.Minutes, got.ElapsedMinutes, 0.01);
            AssertClose(want.Km, got.DistanceKm, 0.001);
            Assert.Equal(want.AverageHeartRate, got.AverageHeartRate);
            Assert.True(got.MovingMinutes is null || got.MovingMinutes <= got.ElapsedMinutes + 0.02, "moving time exceeds elapsed time");
            Assert.Equal(Path.GetDirectoryName(relativePath), got.SourceId);
        }
    }

    [Fact]
    public void Read_SharedTestFolders_HaveNoFileMissingFromTheTable()
    {
        var missing = Outcomes.Keys.Except(DiscoverActivityFiles());

        Assert.Empty(missing);
    }

    private static IEnumerable<string> DiscoverActivityFiles() =>
        new[] { "fit", "gpx", "tcx" }.SelectMany(folder =>
            Directory.EnumerateFiles(TestPaths.TestData(folder))
                .Select(Path.GetFileName)
                .Where(name => !name!.StartsWith("LICENSE", StringComparison.Ordinal)
                    && !name.EndsWith(".csv", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(name => $"{folder}/{name}"));

    private static void AssertClose(double? expected, double? actual, double tolerance)
    {
        if (expected is null)
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        Assert.Equal(expected.Value, actual.Value, tolerance);
    }
}
