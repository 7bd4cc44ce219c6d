using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Plans;

namespace Twitchwise.Domain.Tests.Plans;

/// <summary>Plans for a new runner, a returning runner and a person after a cramp, and how they adapt as they are followed.</summary>
public sealed class PlanEngineTests
{
    private static readonly PlanLibrary Library = PlanLibrary.Default;
    private static readonly PlanEngine Engine = new(Library);
    private static readonly DayOfWeek[] MonWedSat = [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Saturday];

    // Monday 2 March 2026: every plan here starts on it.
    private static readonly DateOnly Start = new(2026, 3, 2);

    private static WorkoutEntry Workout(string day, double minutes, string sport = "run") =>
        new(new DateTimeOffset(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(18, 0)), TimeSpan.FromHours(1)), sport, minutes);

    private static TrainingPlan Make(string template, DateOnly today, IReadOnlyList<JournalEntry> journal, Dictionary<string, DateOnly>? met = null) =>
        Engine.Make(Library.Template(template)!, Start, MonWedSat, today, journal, met ?? []);

    [Fact]
    public void Make_NewRunnerWithNothingLogged_StartsAtTheBeginnerLevelAndSaysSo()
    {
        var plan = Make("run_walk_start", Start, []);

        Assert.Equal(27, plan.Sessions.Count);
        Assert.Equal([20, 20, 20, 22, 22, 22, 24], plan.Sessions.Take(7).Select(s => s.Minutes));
        Assert.Equal(new DateOnly(2026, 5, 2), plan.Sessions[^1].Day);
        Assert.Equal(35, plan.Sessions[^1].Minutes);
        Assert.True(plan.Finished);
        Assert.Equal(SessionStatus.Due, plan.Next!.Status);
        Assert.Contains(plan.Notes, n => n.Contains("beginner level", StringComparison.Ordinal) && n.Contains("Not logging is not the same as not training", StringComparison.Ordinal));
        Assert.Equal(["warm_up", "cool_down", "drink_to_thirst", "rest_between"], plan.Next.Routines.Select(r => r.Id));
    }

    [Fact]
    public void Make_ReturningRunnerWithThirtyMinuteRuns_StartsWhereTheRuleAllows()
    {
        var plan = Make("run_walk_start", Start, [Workout("2026-02-20", 25), Workout("2026-02-27", 30)]);

        Assert.Equal(8, plan.Sessions[0].Step);
        Assert.Equal(33, plan.Sessions[0].Minutes);
        Assert.Contains(plan.Notes, n => n.Contains("was 30 min, so the plan starts at week 8", StringComparison.Ordinal));
    }

    [Fact]
    public void Make_LongRunsWithoutHistory_AreHeldByTheRuleAndTheWeekRepeats()
    {
        // The event build-up's first week is 30, 30 and a 40-minute long run; with nothing logged, 40 is more than 110% of 30.
        var plan = Engine.Make(Library.Template("longer_event_build")!, Start, [DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Sunday], Start, [], new Dictionary<string, DateOnly>());

        Assert.Equal([30, 30, 33, 30, 30, 36], plan.Sessions.Take(6).Select(s => s.Minutes));
        Assert.StartsWith("Held at 33 min, not 40: your longest run in the 30 days before is 30 min", plan.Sessions[2].Note, StringComparison.Ordinal);
        Assert.Equal(1, plan.Sessions[5].Step);
        Assert.Contains("Week 1 is repeated: a session was held back by the single-session rule.", plan.Sessions[3].Note, StringComparison.Ordinal);
        // Each session says its own length: an easy 30-minute run, and a long run held at 33, never the template's 40.
        Assert.Contains("for 30 minutes", plan.Sessions[0].Text, StringComparison.Ordinal);
        Assert.Contains("for 33 minutes", plan.Sessions[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Make_AMissedSession_RepeatsTheWeekAndMovesThePlan()
    {
        JournalEntry[] journal =
        [
            Workout("2026-03-02", 20), Workout("2026-03-04", 21), Workout("2026-03-07", 19),
            Workout("2026-03-09", 22), /* Wednesday 11 March missed */ Workout("2026-03-14", 22),
        ];

        var plan = Make("run_walk_start", new DateOnly(2026, 3, 16), journal);

        Assert.Equal([SessionStatus.Done, SessionStatus.Done, SessionStatus.Done, SessionStatus.Done, SessionStatus.Missed, SessionStatus.Done, SessionStatus.Due],
            plan.Sessions.Take(7).Select(s => s.Status));
        var next = plan.Next!;
        Assert.Equal((new DateOnly(2026, 3, 16), 2, 22.0), (next.Day, next.Step, next.Minutes));
        Assert.Equal("Week 2 is repeated: a session was missed.", next.Note);
        Assert.Equal(new DateOnly(2026, 5, 9), plan.Sessions[^1].Day);
    }

    [Fact]
    public void Make_AShorterSession_RepeatsTheWeek()
    {
        var plan = Make("run_walk_start", new DateOnly(2026, 3, 9), [Workout("2026-03-02", 20), Workout("2026-03-04", 20), Workout("2026-03-07", 12)]);

        Assert.Equal(SessionStatus.Shorter, plan.Sessions[2].Status);
        Assert.Equal(12, plan.Sessions[2].LoggedMinutes);
        Assert.Equal((1, 20.0), (plan.Next!.Step, plan.Next.Minutes));
        Assert.Equal("Week 1 is repeated: a session was shorter than planned.", plan.Next.Note);
    }

    [Fact]
    public void Make_AnOverdoneSession_IsFlaggedWithItsJumpAndThePlanStillMovesOneStep()
    {
        var plan = Make("run_walk_start", new DateOnly(2026, 3, 9), [Workout("2026-03-02", 20), Workout("2026-03-04", 20), Workout("2026-03-07", 40)]);

        var overdone = plan.Sessions[2];
        Assert.Equal(SessionStatus.Longer, overdone.Status);
        Assert.Equal(100, overdone.JumpPercent!.Value, precision: 6);
        Assert.Null(plan.Sessions[1].JumpPercent);
        Assert.Equal((2, 22.0), (plan.Next!.Step, plan.Next.Minutes));
    }

    [Theory]
    [InlineData("doctor")]
    [InlineData("urgent")]
    [InlineData("emergency")]
    public void Make_LatestAssessmentAboveSelfCare_PausesThePlanAndSaysSeeADoctorFirst(string level)
    {
        JournalEntry[] journal =
        [
            Workout("2026-03-02", 20),
            new AssessmentEntry(new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.FromHours(1)), [new("episode.kind", new ChoiceAnswer("spasm"))], level, []),
        ];

        var plan = Make("run_walk_start", new DateOnly(2026, 3, 9), journal);

        Assert.StartsWith("See a doctor first: your latest assessment, on 2026-03-03, was at the '" + level + "' level.", plan.Paused, StringComparison.Ordinal);
        Assert.Null(plan.Next);
        Assert.All(plan.Sessions, s => Assert.True(s.Day < new DateOnly(2026, 3, 9)));
    }

    [Fact]
    public void Make_ANewerSelfCareAssessment_LiftsThePause()
    {
        JournalEntry[] journal =
        [
            new AssessmentEntry(new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero), [], "doctor", []),
            new AssessmentEntry(new DateTimeOffset(2026, 3, 6, 9, 0, 0, TimeSpan.Zero), [], "self_care", []),
        ];

        var plan = Make("run_walk_start", new DateOnly(2026, 3, 9), journal);

        Assert.Null(plan.Paused);
        Assert.NotNull(plan.Next);
    }

    [Fact]
    public void Make_ReturnAfterStrain_StaysOnWalksUntilTheTestsAreLoggedAsMet()
    {
        JournalEntry[] walks =
        [
            .. new[] { "2026-03-02", "2026-03-04", "2026-03-07" }.Select(d => Workout(d, 20, "walk")),
            .. new[] { "2026-03-09", "2026-03-11", "2026-03-14", "2026-03-16", "2026-03-18", "2026-03-21" }.Select(d => Workout(d, 22, "walk")),
        ];
        var today = new DateOnly(2026, 3, 23);

        var waiting = Make("return_after_cramp_or_strain", today, walks);

        Assert.Equal("walk", waiting.Next!.Sport);
        Assert.Equal(2, waiting.Next.Step);
        Assert.Equal(["walk_pain_free", "calf_raises", "hop_pain_free"], waiting.WaitingFor.Select(c => c.Id));
        Assert.DoesNotContain(waiting.Sessions, s => s.Sport == "run");
        // Nothing beyond can be planned until the tests are met: this week and one repeat are shown, no more.
        Assert.Equal(new DateOnly(2026, 4, 4), waiting.Sessions[^1].Day);

        var met = new Dictionary<string, DateOnly> { ["walk_pain_free"] = new(2026, 3, 12), ["calf_raises"] = new(2026, 3, 13), ["hop_pain_free"] = new(2026, 3, 13) };
        var opened = Make("return_after_cramp_or_strain", today, walks, met);

        var firstRun = opened.Sessions.First(s => s.Sport == "run");
        Assert.Equal((new DateOnly(2026, 3, 16), 3, 12.0), (firstRun.Day, firstRun.Step, firstRun.Minutes));
        Assert.Equal(SessionStatus.Missed, firstRun.Status);
        Assert.Equal(["easy_jog_no_pain_next_day"], opened.WaitingFor.Select(c => c.Id));
    }

    [Theory]
    [InlineData("run_walk_start", new[] { DayOfWeek.Monday, DayOfWeek.Tuesday }, "rest day between sessions, but mon and tue follow each other")]
    [InlineData("run_walk_start", new[] { DayOfWeek.Sunday, DayOfWeek.Saturday }, "rest day between sessions, but sat and sun follow each other")]
    [InlineData("run_walk_start", new[] { DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Sunday }, "at most 3 sessions a week")]
    [InlineData("walking_start", new DayOfWeek[0], "at least one day")]
    [InlineData("walking_start", new[] { DayOfWeek.Monday, DayOfWeek.Tuesday }, null)]
    public void CheckDays_NamesWhatIsWrong(string template, DayOfWeek[] days, string? problem)
    {
        var t = Library.Template(template)!;

        var found = PlanEngine.CheckDays(days, t.SessionsPerWeek, t.NoConsecutiveDays);

        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.Contains(problem, found, StringComparison.Ordinal);
        }
    }
}
