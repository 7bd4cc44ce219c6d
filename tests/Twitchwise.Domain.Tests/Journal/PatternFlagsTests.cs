using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Tests.Journal;

public class PatternFlagsTests
{
    private static readonly DateOnly Day0 = new(2026, 3, 1);

    private static EpisodeEntry Episode(int day) =>
        new(new DateTimeOffset(Day0.AddDays(day).ToDateTime(new TimeOnly(18, 0)), TimeSpan.FromHours(1)), "twitch", ["eyelid"]);

    private static WorkoutEntry Workout(int day) =>
        new(new DateTimeOffset(Day0.AddDays(day).ToDateTime(new TimeOnly(7, 0)), TimeSpan.FromHours(1)), "run", 30, 5);

    private static IEnumerable<string> Flags(IEnumerable<JournalEntry> entries, int today) =>
        PatternFlags.Find(entries.ToList(), Day0.AddDays(today), KnowledgeBase.Default).Select(f => f.Id);

    [Fact]
    public void Find_EpisodesEveryFewDaysAcross14Days_FlagsPersistentTwoWeeks()
    {
        // Days 0, 4, 8, 13: a span of 14 days with no week free, each day also a workout day.
        var entries = new[] { 0, 4, 8, 13 }.SelectMany(d => new JournalEntry[] { Episode(d), Workout(d) });

        Assert.Equal(["persistent_two_weeks"], Flags(entries, today: 13));
    }

    [Fact]
    public void Find_EpisodesAcross13Days_DoesNotFlag()
    {
        var entries = new[] { 0, 6, 12 }.SelectMany(d => new JournalEntry[] { Episode(d), Workout(d) });

        Assert.Empty(Flags(entries, today: 12));
    }

    [Fact]
    public void Find_AWeekWithoutEpisodes_StartsTheCountAgain()
    {
        // Days 0-5, then nothing for 8 days (gap 8 > 7), then days 14-20: the current run spans 7 days only.
        var days = Enumerable.Range(0, 6).Concat(Enumerable.Range(14, 7));
        var entries = days.SelectMany(d => new JournalEntry[] { Episode(d), Workout(d) });

        Assert.Empty(Flags(entries, today: 20));
    }

    [Fact]
    public void Find_PersistentEpisodesThatEndedLongAgo_DoNotFlag()
    {
        var entries = Enumerable.Range(0, 20).SelectMany(d => new JournalEntry[] { Episode(d), Workout(d) });

        Assert.Empty(Flags(entries, today: 40));
    }

    [Fact]
    public void Find_EpisodesOnThreeRestDaysInTheLastTwoWeeks_FlagsOutsideExercise()
    {
        // Workouts on days 10 and 20; episodes on 11 (day after a workout: exercise-related), 14, 16 and 18 (rest days).
        JournalEntry[] entries = [Workout(10), Workout(20), Episode(11), Episode(14), Episode(16), Episode(18)];

        var flag = Assert.Single(PatternFlags.Find(entries, Day0.AddDays(20), KnowledgeBase.Default));

        Assert.Equal("outside_exercise", flag.Id);
        Assert.Equal(TriageLevel.Doctor, flag.Level);
        Assert.Contains("3 days", flag.Evidence, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(flag.Text));
    }

    [Fact]
    public void Find_TwoRestDayEpisodesOrOlderOnes_DoNotFlagOutsideExercise()
    {
        // Days 2 and 3 are outside the 14 days up to day 20; only 16 and 18 are inside.
        JournalEntry[] entries = [Episode(2), Episode(3), Episode(16), Episode(18)];

        Assert.Empty(Flags(entries, today: 20));
    }
}
