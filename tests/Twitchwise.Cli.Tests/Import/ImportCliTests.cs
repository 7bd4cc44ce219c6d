using System.Text.Json;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Cli.Tests.Import;

/// <summary>
/// <c>twitchwise import</c> on the real files of tests/testdata, as a new user runs it: in-process, each test with
/// its own SQLite file and a clock at +01:00. Which activity file imports and why the others are refused is pinned file
/// by file in the domain tests (ActivityFileReaderTests); here it is the end to end: counts, duplicates, the summary.
/// </summary>
public sealed class ImportCliTests : IDisposable
{
    /// <summary>
    /// The domain table's activity files that are refused, with the words of their reason. Everything else in the
    /// testdata folder that is no activity (licences, README, the *-records.csv references, the NegEx text) is refused
    /// as neither a journal export nor an activity file.
    /// </summary>
    private static readonly Dictionary<string, string> RefusedActivities = new()
    {
        ["fit/DeveloperData.fit"] = "no sessions and no timed records",
        ["fit/MonitoringFile.fit"] = "not an activity",
        ["fit/Settings.fit"] = "not an activity",
        ["fit/Settings2.fit"] = "not an activity",
        ["fit/WeightScaleMultiUser.fit"] = "not an activity",
        ["fit/WeightScaleSingleUser.fit"] = "not an activity",
        ["fit/WorkoutCustomTargetValues.fit"] = "not an activity",
        ["fit/WorkoutIndividualSteps.fit"] = "not an activity",
        ["fit/WorkoutRepeatGreaterThanStep.fit"] = "not an activity",
        ["fit/WorkoutRepeatSteps.fit"] = "not an activity",
        ["fit/activity-activity-filecrc.fit"] = "CRC mismatch",
        ["fit/activity-filecrc.fit"] = "CRC mismatch",
        ["fit/activity-settings-corruptheader.fit"] = "no \".FIT\" signature",
        ["fit/activity-settings-nodata.fit"] = "truncated",
        ["fit/activity-unexpected-eof.fit"] = "truncated",
        ["fit/antfs-dump.63.fit"] = "power-on",
        ["fit/compressed-speed-distance.fit"] = "power-on",
        ["fit/nametest.FIT"] = "not an activity",
        ["fit/nick.fit"] = "CRC mismatch",
        ["fit/strava-android-app-201.10-b1218918.fit"] = "corrupt data",
        ["gpx/Mojstrovka.gpx"] = "do not advance",
        ["gpx/cerknicko-jezero-without-elevations.gpx"] = "no time",
        ["gpx/cerknicko-without-times.gpx"] = "no time",
        ["gpx/custom_schema_locations.gpx"] = "no track",
        ["gpx/default_schema_locations.gpx"] = "no track",
        ["gpx/first_and_last_elevation.gpx"] = "km/h",
        ["gpx/gpx-with-node-with-comments.gpx"] = "do not advance",
        ["gpx/gpx1.0_with_all_fields.gpx"] = "do not advance",
        ["gpx/gpx1.1_with_all_fields.gpx"] = "do not advance",
        ["gpx/gpx1.1_with_extensions.gpx"] = "only waypoints",
        ["gpx/gpx1.1_with_extensions_without_namespaces.gpx"] = "only waypoints",
        ["gpx/gpx_with_garmin_extension.gpx"] = "only waypoints",
        ["gpx/route.gpx"] = "a route is a plan",
        ["gpx/track-with-extremes.gpx"] = "no times",
        ["gpx/track-with-less-sec-time.gpx"] = "do not advance",
        ["gpx/track-with-small-floats.gpx"] = "no times",
        ["gpx/track_with_dilution_errors.gpx"] = "no times",
        ["gpx/unicode.gpx"] = "only waypoints",
        ["gpx/unicode2.gpx"] = "no times",
        ["gpx/unicode_with_bom.gpx"] = "only waypoints",
        ["gpx/unicode_with_bom_noencoding.gpx"] = "only waypoints",
    };

    /// <summary>
    /// Files whose every workout is one imported before in the same run (files in name order): the same recording twice,
    /// the same ride on a watch and a bike computer (53 s apart), the same run with and without heart rate.
    /// </summary>
    private static readonly Dictionary<string, int> AllDuplicates = new()
    {
        ["fit/activity-settings.fit"] = 1, // = Activity.fit
        ["fit/garmin-fenix-5-bike.fit"] = 1, // = garmin-edge-820-bike.fit
        ["gpx/cerknicko-jezero-with-elevations-zero.gpx"] = 1, // = cerknicko-jezero-no-creator.gpx
        ["gpx/cerknicko-jezero.gpx"] = 1,
        ["tcx/test.tcx"] = 1, // = no_hr.tcx
    };

    // 22 FIT files with 27 workouts, 7 GPX files with 26 tracks making 7 outings, 3 TCX files with 3 laps (the domain table).
    private const int ReadableFiles = 32;
    private const int WorkoutsRead = 37;

    private readonly string folder = Directory.CreateTempSubdirectory("twitchwise-import-").FullName;

    private string Db => Path.Combine(folder, "journal.db");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Import_WholeTestdataFolder_ImportsEveryReadableFileAndRefusesTheRestNamingThem()
    {
        var testdata = TestPaths.TestData();
        var nonActivities = Directory.EnumerateFiles(testdata, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(testdata, f).Replace('\\', '/'))
            .Where(f => f.Contains("LICENSE", StringComparison.Ordinal) || f.EndsWith(".csv", StringComparison.Ordinal) || !f.Contains('/') || f.StartsWith("negex/", StringComparison.Ordinal) || f.StartsWith("scowl/", StringComparison.Ordinal))
            .ToList();

        var (exit, output, _) = Run("import", testdata, "--format", "json");

        Assert.Equal(CliApp.InvalidInput, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var results = root.GetProperty("results").EnumerateArray().ToDictionary(
            r => Path.GetRelativePath(testdata, r.GetProperty("file").GetString()!).Replace('\\', '/'), r => r);
        Assert.Equal(ReadableFiles + RefusedActivities.Count + nonActivities.Count, root.GetProperty("files").GetInt32());
        Assert.Equal(ReadableFiles - AllDuplicates.Count, root.GetProperty("imported_files").GetInt32());
        Assert.Equal(AllDuplicates.Count, root.GetProperty("duplicate_files").GetInt32());
        Assert.Equal(RefusedActivities.Count + nonActivities.Count, root.GetProperty("refused_files").GetInt32());
        Assert.Equal(WorkoutsRead, root.GetProperty("added").GetInt32() + root.GetProperty("duplicates").GetInt32());
        Assert.Equal(AllDuplicates.Values.Sum(), root.GetProperty("duplicates").GetInt32());
        foreach (var (file, reason) in RefusedActivities)
        {
            Assert.Equal("refused", results[file].GetProperty("outcome").GetString());
            Assert.Contains(reason, results[file].GetProperty("reason").GetString(), StringComparison.Ordinal);
        }

        Assert.All(nonActivities, file => Assert.StartsWith("not a journal export", results[file].GetProperty("reason").GetString(), StringComparison.Ordinal));
        Assert.All(AllDuplicates, d => Assert.Equal(d.Value, results[d.Key].GetProperty("duplicates").GetInt32()));
        Assert.Equal(root.GetProperty("added").GetInt32(), Export().Count(l => l.StartsWith("{\"type\":\"workout\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Import_WholeTestdataFolderTwice_AddsNothingAndReportsEveryWorkoutAsDuplicate()
    {
        var testdata = TestPaths.TestData();
        Run("import", testdata);
        var before = Export();

        var (exit, output, error) = Run("import", testdata);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains("Imported 0 entries", output, StringComparison.Ordinal);
        Assert.Contains($"Skipped {WorkoutsRead} duplicates", output, StringComparison.Ordinal);
        Assert.Contains($"({ReadableFiles} files held nothing new)", output, StringComparison.Ordinal);
        Assert.Contains("activity-unexpected-eof.fit: truncated", error, StringComparison.Ordinal);
        Assert.Equal(before, Export());
    }

    [Fact]
    public void Import_TruncatedFileAmongGoodOnes_IsRefusedWithReasonAndTheOthersImport()
    {
        var files = Directory.CreateDirectory(Path.Combine(folder, "watch")).FullName;
        foreach (var name in new[] { "fit/garmin-fenix-5-run.fit", "fit/activity-unexpected-eof.fit", "tcx/sup_activity_1.tcx" })
        {
            File.Copy(TestPaths.TestData(name), Path.Combine(files, Path.GetFileName(name)));
        }

        var (exit, output, error) = Run("import", files);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains("Imported 2 workouts from 2 of 3 files", output, StringComparison.Ordinal);
        Assert.Contains("Refused 1 file", error, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine(files, "activity-unexpected-eof.fit")}: truncated: data ends inside the record at byte 751", error, StringComparison.Ordinal);
        Assert.Equal(2, Export().Count);
    }

    [Fact]
    public void Import_TcxWithHeartRate_BecomesAWorkoutWithSourceHeartRateAndNoRpe()
    {
        var (exit, output, _) = Run("import", TestPaths.TestData("tcx", "test.tcx"));

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("Imported 1 workout from", output, StringComparison.Ordinal);
        // 21:29:53 UTC is 22:29:53 at the clock's +01:00: the journal's days are the user's days.
        var line = Assert.Single(Export());
        Assert.Matches("""^\{"type":"workout","start":"2012-12-26T22:29:53\+01:00","sport":"run","minutes":33\.21,"distance_km":4\.689,"avg_hr":160,"max_hr":\d+,"source":"tcx"\}$""", line);
    }

    [Fact]
    public void Import_WorkoutLoggedByHandWithinAMinute_IsSkippedAsDuplicate()
    {
        Assert.Equal(CliApp.Ok, Run("log", "workout", "run", "33", "--rpe", "6", "--at", "2012-12-26T22:30:30+01:00").Exit);

        var (exit, output, _) = Run("import", TestPaths.TestData("tcx", "no_hr.tcx"));

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("Imported 0 entries", output, StringComparison.Ordinal);
        Assert.Contains("Skipped 1 duplicate,", output, StringComparison.Ordinal);
        Assert.Contains("\"rpe\":6", Assert.Single(Export()), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_JournalExportAndActivityFilesInOneFolder_ImportsBothAndAJournalWithABadLineIsRefusedWhole()
    {
        var mixed = Directory.CreateDirectory(Path.Combine(folder, "mixed")).FullName;
        File.Copy(TestPaths.TestData("fit", "garmin-fenix-5-walk.fit"), Path.Combine(mixed, "walk.fit"));
        File.WriteAllText(Path.Combine(mixed, "a-good.jsonl"), """
            {"type":"caffeine","at":"2026-03-01T09:00:00+01:00","mg":95}
            {"type":"sleep","night_of":"2026-02-28","hours":6.5}
            """);
        File.WriteAllText(Path.Combine(mixed, "b-bad.jsonl"), """
            {"type":"caffeine","at":"2026-03-02T09:00:00+01:00","mg":95}
            {"type":"sleep","night_of":"2026-03-01","hours":25}
            """);

        var (exit, output, error) = Run("import", mixed);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains("Imported 3 entries from 2 of 3 files", output, StringComparison.Ordinal);
        Assert.Contains("b-bad.jsonl: 1 problem, and a journal file is imported whole or not at all", error, StringComparison.Ordinal);
        Assert.Contains("line 2, hours: 25 is out of range", error, StringComparison.Ordinal);
        Assert.DoesNotContain(Export(), l => l.Contains("2026-03-02", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_CsvThenImportIntoAFreshJournal_GivesBackTheSameJsonLines()
    {
        var lines = SyntheticJournal.Generate(seed: 3, days: 40).Select(JournalCodec.WriteLine).Concat(
        [
            """{"type":"episode","at":"2026-03-01T18:30:00+01:00","kind":"twitch","locations":["calf","foot"],"seconds":20,"pain":0,"notes":""}""",
            """{"type":"episode","at":"2026-03-01T19:30:00+01:00","kind":"spasm","locations":["calf"],"notes":"after the \"hill\", then; a, b\nnext line"}""",
            """{"type":"assessment","at":"2026-03-02T10:00:00+05:30","answers":{"symptom.weakness":false,"episode.kind":"spasm","episode.locations":["calf","foot"]},"level":"self_care","causes":["fatigue","dehydration"]}""",
            """{"type":"medication","name":"salbutamol, inhaled","class":"asthma_bronchodilator","started":"2026-02-20","stopped":"2026-03-01"}""",
        ]);
        File.WriteAllLines(Path.Combine(folder, "start.jsonl"), lines);
        var start = Run("import", Path.Combine(folder, "start.jsonl"));
        Assert.True(start.Exit == CliApp.Ok, start.Error);
        Run("import", TestPaths.TestData("tcx", "test.tcx"));
        var first = Run("export").Out;
        var csv = Path.Combine(folder, "journal.csv");
        Assert.Contains("as CSV", Run("export", "--out", csv).Out, StringComparison.Ordinal);

        var fresh = Path.Combine(folder, "fresh.db");
        var (exit, output, _) = Run(["import", csv, "--db", fresh]);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains($"Imported {first.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length} entries", output, StringComparison.Ordinal);
        Assert.Equal(first, Run(["export", "--db", fresh]).Out);
        Assert.StartsWith("type,start,at,day,night_of,sport,minutes,rpe,distance_km,avg_hr,max_hr,", File.ReadAllText(csv), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_CsvWithBadCells_IsRefusedNamingLineAndColumnAndStoresNothing()
    {
        var csv = Path.Combine(folder, "bad.csv");
        File.WriteAllText(csv, """
            type,start,at,night_of,sport,minutes,mg,hours
            caffeine,,2026-03-01T09:00:00+01:00,,,,95,
            workout,2026-03-01T07:00:00+01:00,,,run,fast,,
            sleep,,,2026-02-28,,,200,6.5
            workout,2026-03-02T07:00:00+01:00,,,jogging,30,,
            """);

        var (exit, _, error) = Run("import", csv);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains("Nothing imported", error, StringComparison.Ordinal);
        Assert.Contains("line 3, minutes: \"fast\" is not a number", error, StringComparison.Ordinal);
        Assert.Contains("line 4, mg: a sleep entry has no mg; leave this cell empty", error, StringComparison.Ordinal);
        Assert.Contains("line 5, sport: \"jogging\" is not an option", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Db) && Export().Count > 0, "a refused CSV must leave the journal empty");
    }

    [Fact]
    public void Import_NoSuchPath_IsRefusedAndTheOtherFilesStillImport()
    {
        var (exit, output, error) = Run("import", Path.Combine(folder, "missing.fit"), TestPaths.TestData("tcx", "no_hr.tcx"));

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains("Imported 1 workout from 1 of 2 files", output, StringComparison.Ordinal);
        Assert.Contains("missing.fit: no such file or folder", error, StringComparison.Ordinal);
    }

    private List<string> Export() => Run("export").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

    private CliRunner.Outcome Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var withDb = args.Contains("--db") ? args : [.. args, "--db", Db];
        var context = new CliContext(TextReader.Null, output, error, InputIsTerminal: false, ColorEnabled: false, _ => null,
            FixedClock.OnDay(new DateOnly(2026, 3, 8)), new Lazy<KnowledgeBase>(() => KnowledgeBase.Default));
        var exit = CliApp.Run(withDb, context);
        return new(exit, output.ToString(), error.ToString());
    }
}
