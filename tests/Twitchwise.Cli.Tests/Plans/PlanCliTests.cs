using System.Text.Json;
using Ical.Net;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Cli.Tests.Plans;

/// <summary>The plan commands as a person uses them: the real command tree, a real SQLite journal, a fixed "today".</summary>
public sealed class PlanCliTests : IDisposable
{
    // Sunday 8 March 2026, 21:00 at +01:00: "today" for every command here.
    private static readonly DateOnly Today = new(2026, 3, 8);
    private readonly string folder = Directory.CreateTempSubdirectory("twitchwise-plan-").FullName;

    private string Db => Path.Combine(folder, "journal.db");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void New_NewRunnerWithAnEmptyJournal_StartsAtTheBeginnerLevelAndNextSaysWhatToDo()
    {
        var made = Ok("plan", "new", "run_walk_start", "--start", "2026-03-09");

        Assert.Contains("Made a plan: Run/walk start (nine weeks to 30 minutes of running), 27 sessions from 2026-03-09.", made, StringComparison.Ordinal);
        Assert.Contains("starts at its beginner level", made, StringComparison.Ordinal);
        var next = Ok("plan", "next");
        Assert.StartsWith("Next: Mon 2026-03-09, week 1: run 20 min.\nWalk briskly for 5 minutes, then 6 rounds of 1 minute easy running", next.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("  - Warm up for 5 minutes first", next, StringComparison.Ordinal);
        Assert.Contains("Why: NHS, Couch to 5K.", next, StringComparison.Ordinal);
    }

    [Fact]
    public void New_ReturningRunner_StartsWhereTheirRunsAllowAndAnOverdoneRunIsFlaggedWithItsJump()
    {
        Ok("log", "workout", "run", "25", "--at", "2026-02-20 18:00");
        Ok("log", "workout", "run", "30", "--at", "2026-02-27 18:00");

        using var plan = JsonDocument.Parse(Ok("plan", "new", "run_walk_start", "--start", "2026-03-02", "--days", "mon,thu,sat", "--format", "json"));
        var first = plan.RootElement.GetProperty("sessions")[0];
        Assert.Equal((8, 33.0), (first.GetProperty("step").GetInt32(), first.GetProperty("minutes").GetDouble()));
        Assert.Equal(["mon", "thu", "sat"], plan.RootElement.GetProperty("days").EnumerateArray().Select(d => d.GetString()));

        Ok("log", "workout", "run", "33", "--at", "2026-03-02 18:00");
        Ok("log", "workout", "run", "50", "--at", "2026-03-05 18:00");
        var shown = Ok("plan", "show");

        Assert.Contains("#1   Mon 2026-03-02  run 33 min  done (33 min)", shown, StringComparison.Ordinal);
        Assert.Contains("#2   Thu 2026-03-05  run 33 min  longer (50 min) - 52% longer than your longest run of the 30 days before", shown, StringComparison.Ordinal);
        Assert.Contains("#3   Sat 2026-03-07  run 33 min  missed", shown, StringComparison.Ordinal);
        Assert.Contains("Week 1 is repeated: a session was missed.", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void ReturnAfterCramp_RunningOpensOnlyOnceTheTestsAreLoggedAsMet()
    {
        Ok("plan", "new", "return_after_cramp_or_strain", "--start", "2026-02-23");
        foreach (var day in new[] { "2026-02-23", "2026-02-25", "2026-02-28" })
        {
            Ok("log", "workout", "walk", "20", "--at", day + " 18:00");
        }

        foreach (var day in new[] { "2026-03-02", "2026-03-04", "2026-03-07" })
        {
            Ok("log", "workout", "walk", "22", "--at", day + " 18:00");
        }

        var waiting = Ok("plan", "next");
        Assert.StartsWith("Next: Mon 2026-03-09, week 3: walk 22 min.", waiting, StringComparison.Ordinal);
        Assert.Contains("  hop_pain_free: You can hop 10 times on the affected leg without pain.", waiting, StringComparison.Ordinal);

        Ok("plan", "met", "walk_pain_free", "--day", "2026-03-06");
        Ok("plan", "met", "calf_raises", "--day", "2026-03-07");
        Assert.Contains("Logged as met on 2026-03-08: You can hop 10 times", Ok("plan", "met", "hop_pain_free"), StringComparison.Ordinal);

        Assert.StartsWith("Next: Mon 2026-03-09, week 3: run 12 min.\nWalk for 4 minutes, then 4 rounds of 1 minute very easy jogging",
            Ok("plan", "next").ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void New_LatestAssessmentAtDoctorLevel_RefusesSayingSeeADoctorFirstAndStoresNoPlan()
    {
        var file = Path.Combine(folder, "assessment.jsonl");
        File.WriteAllText(file, """{"type":"assessment","at":"2026-03-07T10:00:00+01:00","answers":{"episode.kind":"spasm"},"level":"doctor","causes":[]}""" + "\n");
        Ok("import", file);

        var (_, error) = Run(CliApp.Failed, ["plan", "new", "walking_start", "--db", Db]);

        Assert.StartsWith("See a doctor first: your latest assessment, on 2026-03-07, was at the 'doctor' level.", error, StringComparison.Ordinal);
        Assert.Contains("You have no plan yet.", Run(CliApp.Failed, ["plan", "show", "--db", Db]).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_AgainAfterLoggingTheWeek_ParsesBackKeepingEveryUidAndUpdatingWhatMoved()
    {
        Ok("plan", "new", "walking_start", "--start", "2026-03-02", "--time", "07:30");
        var ics = Path.Combine(folder, "plan.ics");
        var exported = Ok("plan", "export", "--ics", ics);
        var first = Calendar.Load(File.ReadAllText(ics))!;
        Assert.Contains($"Exported {first.Events.Count} sessions to ", exported, StringComparison.Ordinal);

        // Nothing was logged, so week 1 (mon, tue, thu, fri and today, sun) repeats; logging it moves the plan a week on.
        foreach (var day in new[] { "2026-03-02", "2026-03-03", "2026-03-05", "2026-03-06" })
        {
            Ok("log", "workout", "walk", "10", "--at", day + " 07:30");
        }

        Ok("plan", "export", "--ics", ics);
        var second = Calendar.Load(File.ReadAllText(ics))!;

        Assert.Equal(first.Events.Count - 5, second.Events.Count);
        Assert.Equal(first.Events.Select(e => e.Uid).Take(second.Events.Count), second.Events.Select(e => e.Uid));
        Assert.All(second.Events, e => Assert.NotNull(e.DtStamp));
        var monday = second.Events.Single(e => e.Uid!.EndsWith("-1@twitchwise", StringComparison.Ordinal));
        Assert.Equal("Walk 10 min (week 1) - done", monday.Summary);
        Assert.Equal(new DateTime(2026, 3, 2, 7, 30, 0), monday.DtStart!.Value);
        Assert.Equal("Walk 10 min (week 2)", Event(first, 7).Summary);
        Assert.Equal("Walk 11 min (week 2)", Event(second, 7).Summary);
        Assert.Equal(Event(first, 7).DtStart, Event(second, 7).DtStart);
        Assert.False(File.Exists(ics + ".tmp"));
    }

    private static Ical.Net.CalendarComponents.CalendarEvent Event(Calendar calendar, int number) =>
        calendar.Events.Single(e => e.Uid!.EndsWith($"-{number}@twitchwise", StringComparison.Ordinal));

    [Theory]
    [InlineData(new[] { "plan", "new", "couch_to_marathon" }, "There is no template 'couch_to_marathon'; choose one of: run_walk_start, walking_start")]
    [InlineData(new[] { "plan", "new", "run_walk_start", "--days", "mon,tue,sat" }, "--days: this plan needs a rest day between sessions, but mon and tue follow each other.")]
    [InlineData(new[] { "plan", "new", "run_walk_start", "--days", "mon,funday" }, "--days: 'funday' is not a day")]
    [InlineData(new[] { "plan", "new", "walking_start", "--time", "7pm" }, "--time '7pm' is not a time of day")]
    [InlineData(new[] { "plan", "new", "walking_start", "--start", "someday" }, "--start 'someday' is not a day")]
    public void New_BadInput_IsRefusedNamingWhatIsWrongAndStoresNothing(string[] args, string message)
    {
        var (_, error) = Run(CliApp.InvalidInput, [.. args, "--db", Db]);

        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Db), "a refused plan must not even create the journal");
    }

    [Fact]
    public void Met_ATestThePlanDoesNotHave_IsRefusedListingItsTests()
    {
        Ok("plan", "new", "return_after_cramp_or_strain");

        var (_, error) = Run(CliApp.InvalidInput, ["plan", "met", "can_fly", "--db", Db]);

        Assert.Equal("'can_fly' is not a test of your plan; it has: walk_pain_free, calf_raises, hop_pain_free, easy_jog_no_pain_next_day.\n", error.ReplaceLineEndings("\n"));
    }

    private string Ok(params string[] args) => Run(0, [.. args, "--db", Db]).Out;

    private (string Out, string Error) Run(int expectedExit, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(TextReader.Null, output, error, InputIsTerminal: false, ColorEnabled: false,
            _ => null, FixedClock.OnDay(Today), new Lazy<KnowledgeBase>(() => KnowledgeBase.Default));

        var exit = CliApp.Run(args, context);

        Assert.True(exit == expectedExit, $"'{string.Join(' ', args)}' exited {exit}, expected {expectedExit}. stderr: {error}");
        return (output.ToString(), error.ToString());
    }
}
