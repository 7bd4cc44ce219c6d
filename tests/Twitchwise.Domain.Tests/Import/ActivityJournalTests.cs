using Twitchwise.Domain.Import;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Tests.Import;

public class ActivityJournalTests
{
    private static readonly JournalValidator Validator = new(KnowledgeBase.Default);
    private static readonly TimeZoneInfo Vienna = TimeZoneInfo.CreateCustomTimeZone("plus-one", TimeSpan.FromHours(1), "plus-one", "plus-one");

    [Fact]
    public void Read_FitRun_GivesAWorkoutEntryInTheUsersZoneWithElapsedMinutesHeartRateAndNoRpe()
    {
        var read = ActivityJournal.Read("run.fit", File.ReadAllBytes(TestPaths.TestData("fit", "2013-02-06-12-11-14.fit")), Vienna, Validator);

        var workout = Assert.Single(read.Workouts);
        Assert.Null(read.Refusal);
        Assert.Equal(new DateTimeOffset(2013, 2, 6, 13, 11, 14, TimeSpan.FromHours(1)), workout.Start);
        Assert.Equal(TimeSpan.FromHours(1), workout.Start.Offset);
        Assert.Equal(("run", 43.75, 4.835, 147, EntrySource.Fit), (workout.Sport, workout.Minutes, workout.DistanceKm, workout.AvgHr, workout.Source));
        Assert.Null(workout.Rpe);
        Assert.Empty(Validator.Validate(workout));
    }

    [Fact]
    public void ToEntry_ImplausibleHeartRate_IsRefusedByTheJournalsRules()
    {
        var workout = new ImportedWorkout("run", new DateTimeOffset(2026, 3, 1, 6, 0, 0, TimeSpan.Zero), 30, 28, 5, 320, 330, ActivityFileFormat.Fit);

        var problems = Validator.Validate(ActivityJournal.ToEntry(workout, TimeZoneInfo.Utc));

        Assert.Contains(problems, p => p.Field == "avg_hr");
    }

    [Fact]
    public void Read_TruncatedFit_IsRefusedWithTheReadersReason()
    {
        var read = ActivityJournal.Read("eof.fit", File.ReadAllBytes(TestPaths.TestData("fit", "activity-unexpected-eof.fit")), Vienna, Validator);

        Assert.Empty(read.Workouts);
        Assert.StartsWith("truncated", read.Refusal, StringComparison.Ordinal);
    }
}
