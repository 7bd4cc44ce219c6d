using Twitchwise.Domain.Journal;

namespace Twitchwise.Domain.Tests.Journal;

public class WorkoutDuplicatesTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 7, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("run", 0, true)]
    [InlineData("run", 60, true)]
    [InlineData("run", -60, true)]
    [InlineData("run", 61, false)]
    [InlineData("run", -61, false)]
    [InlineData("cycle", 10, false)]
    public void IsDuplicate_WorkoutNearAKnownOne_IsADuplicateOnlyForTheSameSportWithinAMinute(string sport, int seconds, bool duplicate)
    {
        var known = new WorkoutDuplicates([new WorkoutEntry(Start, "run", 45), new WorkoutEntry(Start.AddHours(5), "run", 30)]);

        Assert.Equal(duplicate, known.IsDuplicate(new WorkoutEntry(Start.AddSeconds(seconds), sport, 44)));
    }

    [Fact]
    public void IsDuplicate_SameInstantInAnotherOffset_IsADuplicate()
    {
        var known = new WorkoutDuplicates([new WorkoutEntry(Start, "run", 45)]);

        Assert.True(known.IsDuplicate(new WorkoutEntry(Start.ToUniversalTime().AddSeconds(30), "run", 45)));
    }
}
