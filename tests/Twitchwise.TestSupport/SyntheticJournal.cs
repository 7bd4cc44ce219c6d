using Twitchwise.Domain.Journal;

namespace Twitchwise.TestSupport;

/// <summary>
/// Seeded, generated journals: one day at a time, each factor of spec/journal.md is switched on or off at random and
/// independently, and the entries are written so that a correct reading of the contract finds it. An episode is logged
/// with probability <see cref="BaseRate"/>, or <see cref="PlantedRate"/> on days that have the planted factor.
/// The generator decides a day's factors from its own dice, never through the code under test.
/// Shared with the benchmark project (linked), so both use the same kind of journal.
/// </summary>
public static class SyntheticJournal
{
    public const double BaseRate = 0.15;
    public const double PlantedRate = 0.6;

    public static readonly DateOnly Start = new(2025, 1, 1);
    public static readonly TimeSpan Offset = TimeSpan.FromHours(1);

    /// <summary>The factors this generator can plant: each decided by its own coin for the day.</summary>
    public static readonly IReadOnlyList<string> PlantableFactors =
        ["short_sleep", "high_caffeine", "hard_session", "low_fluids", "sweat_no_electrolytes", "high_stress"];

    /// <summary>A workout read from a watch years before the journal was kept: it must not stretch or change the insights.</summary>
    public static readonly WorkoutEntry OldImport =
        new(new DateTimeOffset(2017, 6, 10, 7, 0, 0, TimeSpan.FromHours(2)), "run", 42, DistanceKm: 8.1, Source: EntrySource.Fit);

    /// <summary>
    /// <paramref name="days"/> logged days. With <paramref name="gaps"/>, the person stops logging now and then: after each
    /// block of 5-20 logged days come 5-60 days with nothing logged at all (episodes then go unlogged too), so the calendar
    /// spans far more than <paramref name="days"/>. The gaps have their own dice, so a day's factors are the same either way.
    /// </summary>
    public static List<JournalEntry> Generate(int seed, int days, string? planted = null, bool gaps = false)
    {
        var random = new Random(seed);
        var gapDice = new Random(seed ^ 0x5eed);
        var entries = new List<JournalEntry>();
        var offset = 0;
        var blockLeft = gapDice.Next(5, 21);
        for (var i = 0; i < days; i++)
        {
            if (gaps && blockLeft-- == 0)
            {
                offset += gapDice.Next(5, 61);
                blockLeft = gapDice.Next(5, 21) - 1;
            }

            var day = Start.AddDays(i + offset);
            var has = new Dictionary<string, bool>
            {
                ["short_sleep"] = random.NextDouble() < 0.3,
                ["high_caffeine"] = random.NextDouble() < 0.25,
                ["hard_session"] = random.NextDouble() < 0.25,
                ["low_fluids"] = random.NextDouble() < 0.3,
                ["sweat_no_electrolytes"] = random.NextDouble() < 0.3,
                ["high_stress"] = random.NextDouble() < 0.25,
            };

            // Sleep: the night before this day, so the entry is dated the day before.
            var sleep = has["short_sleep"] ? 4.5 + random.NextDouble() * 2.4 : 7 + random.NextDouble() * 2;
            entries.Add(new SleepEntry(day.AddDays(-1), Math.Round(sleep, 1)));

            var coffees = has["high_caffeine"] ? 4 + random.Next(3) : random.Next(4);
            for (var c = 0; c < coffees; c++)
            {
                entries.Add(new CaffeineEntry(At(day, 8 + c * 2), 100));
            }

            if (coffees == 0)
            {
                // An explicit zero: a day without a caffeine entry is unknown, not caffeine-free.
                entries.Add(new CaffeineEntry(At(day, 8), 0));
            }

            // A long or hot session without electrolytes makes the sweat factor; otherwise any session gets electrolytes
            // or stays short and cool, and some days have no session at all.
            var workout = has["hard_session"] || has["sweat_no_electrolytes"] || random.NextDouble() < 0.4;
            if (workout)
            {
                var rpe = has["hard_session"] ? 8 + random.Next(3) : 3 + random.Next(5);
                var sweaty = has["sweat_no_electrolytes"] || random.NextDouble() < 0.3;
                var minutes = sweaty ? 60 + random.Next(60) : 20 + random.Next(39);
                var electrolytes = sweaty && !has["sweat_no_electrolytes"];
                entries.Add(new WorkoutEntry(At(day, 7), "run", minutes, rpe, Hot: false, Electrolytes: electrolytes, Source: EntrySource.Manual));
            }

            var liters = has["low_fluids"] ? 0.6 + random.NextDouble() * 0.8 : 1.6 + random.NextDouble() * 1.4;
            entries.Add(new FluidEntry(At(day, 12), Math.Round(liters / 2, 2)));
            entries.Add(new FluidEntry(At(day, 19), Math.Round(liters / 2, 2)));

            entries.Add(new StressEntry(day, has["high_stress"] ? 7 + random.Next(4) : random.Next(7)));

            var rate = planted is not null && has[planted] ? PlantedRate : BaseRate;
            if (random.NextDouble() < rate)
            {
                entries.Add(new EpisodeEntry(At(day, 18), random.NextDouble() < 0.5 ? "twitch" : "spasm", ["calf"], 20, 1));
            }
        }

        return entries;
    }

    /// <summary>The last logged day of <paramref name="entries"/>, for a clock that stands on it.</summary>
    public static DateOnly LastDay(IEnumerable<JournalEntry> entries) => entries.Where(e => e is not WorkoutEntry { Source: EntrySource.Fit }).Max(e => e.Day);

    /// <summary>The last day of a journal of <paramref name="days"/> days, for a clock that stands on it.</summary>
    public static DateOnly LastDay(int days) => Start.AddDays(days - 1);

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour % 24, 0)), Offset);
}
