using Twitchwise.Domain.Journal;

namespace Twitchwise.Domain.Tests.Journal;

// Expected numbers were worked out by hand (and checked in a calculator) from
// ewma[d] = λ·load[d] + (1 − λ)·ewma[d − 1], λ = 2/8 (acute) and 2/29 (chronic), starting at 0.
public class TrainingLoadTests
{
    private static readonly DateOnly Day0 = new(2026, 1, 1);

    private static WorkoutEntry Run(int day, double minutes, int? rpe = 5, string sport = "run") =>
        new(new DateTimeOffset(Day0.AddDays(day).ToDateTime(new TimeOnly(7, 0)), TimeSpan.FromHours(1)), sport, minutes, rpe);

    [Fact]
    public void Compute_ThreeDays_GivesHandComputedAverages()
    {
        // Day 0: 5 x 20 = 100; day 1: rest; day 2: 8 x 25 = 200.
        var report = TrainingLoad.Compute([Run(0, 20), Run(2, 25, rpe: 8)], Day0, Day0.AddDays(2));

        Assert.Equal([100, 0, 200], report.Days.Select(d => d.Load));
        Assert.Equal([25, 18.75, 64.0625], report.Days.Select(d => Math.Round(d.Acute, 6)));
        Assert.Equal([6.896552, 6.420927, 19.771208], report.Days.Select(d => Math.Round(d.Chronic, 6)));
        Assert.All(report.Days, d => Assert.Null(d.Ratio));
    }

    [Fact]
    public void Compute_SessionWithoutRpe_AddsNoLoad()
    {
        var report = TrainingLoad.Compute([Run(0, 20, rpe: null), Run(0, 10, rpe: 4)], Day0, Day0);

        Assert.Equal(40, report.Days[0].Load);
    }

    [Fact]
    public void Compute_LoadTripledAfterFourSteadyWeeks_FlagsTheSpikeFromTheSecondDay()
    {
        // 28 days of 300 (5 x 60), then 900 a day (9 x 100).
        var workouts = Enumerable.Range(0, 28).Select(d => Run(d, 60)).Concat(Enumerable.Range(28, 10).Select(d => Run(d, 100, rpe: 9)));

        var days = TrainingLoad.Compute(workouts, Day0, Day0.AddDays(37)).Days;

        Assert.Null(days[26].Ratio);
        Assert.Equal(1.156, Math.Round(days[27].Ratio!.Value, 3));
        Assert.Equal(1.4819, Math.Round(days[28].Ratio!.Value, 4));
        Assert.Equal(1.6315, Math.Round(days[29].Ratio!.Value, 4));
        Assert.Equal(Enumerable.Range(29, 8), days.Where(d => d.Spike).Select(d => d.Day.DayNumber - Day0.DayNumber));
    }

    [Fact]
    public void Compute_SessionsAgainstTheLongestOfThePrevious30Days_FlagsOnlyThoseMoreThan10PercentLonger()
    {
        var workouts = new[]
        {
            Run(0, 60),
            Run(10, 66),                  // exactly +10%: not more than 10% longer
            Run(20, 73),                  // > 66 x 1.1 = 72.6
            Run(25, 200, sport: "cycle"), // first ride: nothing to compare with
            Run(45, 50),                  // the 73 of day 20 is in the window
            Run(51, 80),                  // day 20 left the window (51 - 30 = 21): longest is 50
            Run(90, 40),                  // nothing in the 30 days before
        };

        var report = TrainingLoad.Compute(workouts, Day0, Day0.AddDays(90));

        Assert.Equal([(20, 66.0), (51, 50.0)], report.LongSessions.Select(s => (s.Day.DayNumber - Day0.DayNumber, s.PreviousLongest)));
        Assert.Equal(60, Math.Round(report.LongSessions[1].IncreasePercent));
        Assert.True(report.Days[51].LongSession);
        Assert.False(report.Days[45].LongSession);
    }
}
