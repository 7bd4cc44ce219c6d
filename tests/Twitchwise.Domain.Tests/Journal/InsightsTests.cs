using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;
using Xunit.Abstractions;

namespace Twitchwise.Domain.Tests.Journal;

public class InsightsTests(ITestOutputHelper output)
{
    private const int JournalDays = 150;
    private static readonly DateOnly Day0 = new(2026, 3, 1);

    /// <summary>Far enough back to cover every generated journal: the period is narrowed to the logged days.</summary>
    private static readonly DateOnly LongAgo = new(2000, 1, 1);

    private static InsightsReport Analyze(List<JournalEntry> entries, int days = JournalDays) =>
        new Insights(KnowledgeBase.Default, FixedClock.OnDay(SyntheticJournal.LastDay(days))).Analyze(entries, LongAgo);

    private static List<string> LinkedIds(InsightsReport report) => report.Factors.Where(f => f.Significant).Select(f => f.Id).ToList();

    /// <summary>The insights over everything from 2000 on, the clock on the last logged day.</summary>
    private static InsightsReport AnalyzeAll(List<JournalEntry> entries) =>
        new Insights(KnowledgeBase.Default, FixedClock.OnDay(SyntheticJournal.LastDay(entries))).Analyze(entries, LongAgo);

    public static TheoryData<string> PlantedFactors() => [.. SyntheticJournal.PlantableFactors];

    public static TheoryData<string, bool> PlantedFactorsWithAndWithoutGaps()
    {
        var data = new TheoryData<string, bool>();
        foreach (var factor in SyntheticJournal.PlantableFactors)
        {
            data.Add(factor, false);
            data.Add(factor, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PlantedFactors))]
    public void Analyze_OneFactorRaisesEpisodesFrom15To60Percent_FlagsExactlyThatFactor(string planted)
    {
        var report = Analyze(SyntheticJournal.Generate(seed: 1, JournalDays, planted));

        Assert.Equal(JournalDays, report.Days);
        Assert.Equal([planted], report.Factors.Where(f => f.Significant).Select(f => f.Id));
        var factor = report.Factors.Single(f => f.Id == planted);
        Assert.True(factor.CiLow > 1, $"{planted}: interval {factor.CiLow}-{factor.CiHigh} should lie above 1");
        Assert.InRange(factor.RateRatio!.Value, 2, 8);
    }

    // One seed can still show an extra factor: Benjamini-Hochberg allows a 5% false discovery rate, and with one real
    // effect a null factor needs only p <= 2 x 0.05 / 8. So over many seeds the real factor must always be found and
    // stand alone in the large majority (measured: 86-97 of 100 per factor).
    // With gaps: the same 150 logged days spread over blocks of 5-20 days with 5-60 unlogged days between, plus a 2017 run.
    [Theory]
    [MemberData(nameof(PlantedFactorsWithAndWithoutGaps))]
    public void Analyze_PlantedFactorOver100Seeds_IsFoundNearlyAlwaysAndMostlyAlone(string planted, bool gaps)
    {
        var flagged = Enumerable.Range(1, 100)
            .Select(seed => LinkedIds(AnalyzeAll([.. SyntheticJournal.Generate(seed, JournalDays, planted, gaps), .. gaps ? [SyntheticJournal.OldImport] : Array.Empty<JournalEntry>()])))
            .ToList();
        output.WriteLine($"{planted}, gaps {gaps}: found in {flagged.Count(ids => ids.Contains(planted))} of 100, alone in {flagged.Count(ids => ids.SequenceEqual([planted]))}");

        Assert.True(flagged.Count(ids => ids.Contains(planted)) >= 95, $"{planted} was found in {flagged.Count(ids => ids.Contains(planted))} of 100");
        Assert.True(flagged.Count(ids => ids.SequenceEqual([planted])) >= 80, $"{planted} stood alone in {flagged.Count(ids => ids.SequenceEqual([planted]))} of 100");
    }

    [Fact]
    public void Analyze_PureNoise_FlagsNothingInAtLeast95Of100Seeds()
    {
        var flagged = Enumerable.Range(1000, 100)
            .Count(seed => Analyze(SyntheticJournal.Generate(seed, JournalDays)).Factors.Any(f => f.Significant));
        output.WriteLine($"noise, gaps False: something linked in {flagged} of 100");

        Assert.True(flagged <= 5, $"{flagged} of 100 noise journals had a factor flagged");
    }

    [Fact]
    public void Analyze_PlantedShortSleep_SaysSoInPlainLanguage()
    {
        var report = Analyze(SyntheticJournal.Generate(1, JournalDays, "short_sleep"));

        var line = Assert.Single(report.Summary, l => l.StartsWith("On days after under 7 hours of sleep you had episodes ", StringComparison.Ordinal));
        Assert.Matches(@"(\d(\.\d)? times|twice) as often: on \d+ of \d+ such days, against \d+ of \d+ other days\.$", line);
        Assert.Equal([line], report.Linked);
        Assert.DoesNotContain(report.Summary, l => l.Contains("rate ratio", StringComparison.OrdinalIgnoreCase) || l.Contains("short_sleep", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_FactorOnTwoDaysOnly_IsNotEnoughDataNeverAnEffect()
    {
        // Two short nights, both followed by an episode, then ten good nights.
        var report = new Insights(KnowledgeBase.Default, FixedClock.OnDay(Day0.AddDays(11))).Analyze(ShortNightsThenGoodOnes(days: 12, shortNights: 2));

        var sleep = report.Factors.Single(f => f.Id == "short_sleep");
        Assert.Equal((2, 10, 2, 0), (sleep.DaysWith, sleep.DaysWithout, sleep.EpisodeDaysWith, sleep.EpisodeDaysWithout));
        Assert.False(sleep.EnoughData);
        Assert.False(sleep.Significant);
        Assert.Null(sleep.RateRatio);
        Assert.Equal("Short sleep: 1 day more with it, each with a sleep entry for the night before logged (so far 2 with, 10 without).", sleep.Needed);
        Assert.Contains(report.Summary, l => l == "To compare " + sleep.Needed);
    }

    [Fact]
    public void Analyze_OneWeekPerfectlySplit_IsNotCalledALinkWhileItsIntervalSpansOne()
    {
        // Short nights before days 0-3, each followed by an episode; good nights before days 4-6, none. Fisher: p = 1/35.
        var sleep = new Insights(KnowledgeBase.Default, FixedClock.OnDay(Day0.AddDays(6))).Analyze(ShortNightsThenGoodOnes(days: 7, shortNights: 4))
            .Factors.Single(f => f.Id == "short_sleep");

        Assert.True(sleep.PValue < 0.05);
        Assert.True(sleep.CiLow < 1);
        Assert.False(sleep.Significant);
    }

    [Fact]
    public void Analyze_DaysWithoutSleepLogged_AreLeftOutOfTheSleepComparison()
    {
        var entries = new List<JournalEntry> { new SleepEntry(Day0.AddDays(-1), 6), new StressEntry(Day0.AddDays(9), 3) };

        var report = new Insights(KnowledgeBase.Default, FixedClock.OnDay(Day0.AddDays(9))).Analyze(entries);

        var sleep = report.Factors.Single(f => f.Id == "short_sleep");
        Assert.Equal(10, report.Days);
        Assert.Equal((1, 0), (sleep.DaysWith, sleep.DaysWithout));
    }

    [Fact]
    public void Analyze_EmptyJournal_SaysWhatToLog()
    {
        var report = new Insights(KnowledgeBase.Default, FixedClock.OnDay(new DateOnly(2026, 3, 1))).Analyze([]);
        Assert.Equal((new DateOnly(2025, 12, 2), new DateOnly(2026, 3, 1)), (report.PeriodFrom, report.PeriodTo));

        Assert.Equal(0, report.Days);
        Assert.Contains("The journal is empty", Assert.Single(report.Summary), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PlantedFactors))]
    public void Analyze_45DayPlantedJournalPlusA2017Workout_LinksExactlyThePlantedFactor(string planted)
    {
        // Issue 15: one Garmin run from 2017 stretched a 45-day journal to 3,458 days and linked three more factors.
        var journal = SyntheticJournal.Generate(seed: 4, days: 45, planted);

        var alone = LinkedIds(AnalyzeAll(journal));
        var report = AnalyzeAll([.. journal, SyntheticJournal.OldImport]);

        Assert.Equal([planted], LinkedIds(report));
        Assert.Equal(alone, LinkedIds(report));
        Assert.Equal(45, report.Days);
        Assert.Equal(SyntheticJournal.Start, report.From);
        Assert.Equal(new DateOnly(2000, 1, 1), report.PeriodFrom);
    }

    [Theory]
    [MemberData(nameof(PlantedFactors))]
    public void Analyze_PlantedJournalWithLongGapsAndAnOldImport_LinkedSetDoesNotChange(string planted)
    {
        int changed = 0, found = 0;
        for (var seed = 1; seed <= 20; seed++)
        {
            var journal = SyntheticJournal.Generate(seed, JournalDays, planted, gaps: true);
            var report = AnalyzeAll([.. journal, SyntheticJournal.OldImport]);
            changed += LinkedIds(report).SequenceEqual(LinkedIds(AnalyzeAll(journal))) ? 0 : 1;
            found += LinkedIds(report).Contains(planted) ? 1 : 0;
            Assert.Equal(JournalDays, report.LoggedDays);
            Assert.True(report.Days > JournalDays + 100, $"seed {seed}: the gaps should span the calendar, got {report.Days} days");
            Assert.All(report.Factors, f => Assert.InRange(f.UsableDays, 0, JournalDays));
        }

        Assert.Equal(0, changed);
        Assert.True(found >= 18, $"{planted} was found in {found} of 20 journals with gaps");
    }

    [Fact]
    public void Analyze_NoiseJournalsWithLongGapsAndAnOldImport_LinkNothingInAtLeast95Of100Seeds()
    {
        var flagged = Enumerable.Range(1000, 100)
            .Count(seed => LinkedIds(AnalyzeAll([.. SyntheticJournal.Generate(seed, JournalDays, gaps: true), SyntheticJournal.OldImport])).Count > 0);

        output.WriteLine($"noise, gaps True: something linked in {flagged} of 100");
        Assert.True(flagged <= 5, $"{flagged} of 100 noise journals with gaps had a factor linked");
    }

    [Fact]
    public void Analyze_DaysWithoutACaffeineEntry_AreUnknownButAnExplicitZeroCounts()
    {
        var entries = new List<JournalEntry>
        {
            new StressEntry(Day0, 3), new StressEntry(Day0.AddDays(1), 3),
            new CaffeineEntry(new DateTimeOffset(Day0.AddDays(2).ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero), 0),
            new CaffeineEntry(new DateTimeOffset(Day0.AddDays(3).ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero), 500),
        };

        var caffeine = new Insights(KnowledgeBase.Default, FixedClock.OnDay(Day0.AddDays(3))).Analyze(entries).Factors.Single(f => f.Id == "high_caffeine");

        Assert.Equal((1, 1, 2), (caffeine.DaysWith, caffeine.DaysWithout, caffeine.UsableDays));
    }

    [Fact]
    public void Analyze_DefaultPeriod_IsTheLast90DaysAndAChosenPeriodNarrowsIt()
    {
        var journal = SyntheticJournal.Generate(seed: 2, JournalDays);
        var insights = new Insights(KnowledgeBase.Default, FixedClock.OnDay(SyntheticJournal.LastDay(JournalDays)));

        var byDefault = insights.Analyze(journal);
        var chosen = insights.Analyze(journal, SyntheticJournal.Start.AddDays(10), SyntheticJournal.Start.AddDays(39));

        Assert.Equal((90, SyntheticJournal.LastDay(JournalDays).AddDays(-89)), (byDefault.Days, byDefault.From!.Value));
        Assert.Equal((30, 30), (chosen.Days, chosen.LoggedDays));
        Assert.Throws<ArgumentException>(() => insights.Analyze(journal, SyntheticJournal.Start.AddDays(5), SyntheticJournal.Start));
    }

    [Fact]
    public void Analyze_ALongRun_SaysTheSingleSessionJumpBeforeTheRatioWithItsCaveat()
    {
        var entries = Enumerable.Range(0, 40)
            .Select(d => (JournalEntry)new WorkoutEntry(new DateTimeOffset(Day0.AddDays(d).ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero), "run", d == 39 ? 60 : 40, 5))
            .ToList();

        var notes = new Insights(KnowledgeBase.Default, FixedClock.OnDay(Day0.AddDays(39))).Analyze(entries).TrainingNotes;

        Assert.Equal(2, notes.Count);
        Assert.StartsWith("Big jump in one session: your run on 2026-04-09 lasted 60 min, 50% longer than your longest run in the 30 days before (40 min).", notes[0], StringComparison.Ordinal);
        Assert.Contains("Frandsen et al., BJSM 2025", notes[0], StringComparison.Ordinal);
        Assert.EndsWith(TrainingLoad.RatioCaveat, notes[1], StringComparison.Ordinal);
    }

    [Fact]
    public void RateRatio_HandComputedTable_GivesRatioAndInterval()
    {
        // 18 of 30 days against 25 of 120: RR = 0.6 / 0.2083 = 2.88; SE = √(1/18 − 1/30 + 1/25 − 1/120) = 0.2321.
        var (ratio, low, high) = Insights.RateRatio(18, 30, 25, 120);

        Assert.Equal(2.88, Math.Round(ratio, 2));
        Assert.Equal(1.83, Math.Round(low, 2));
        Assert.Equal(4.54, Math.Round(high, 2));
    }

    [Fact]
    public void RateRatio_ZeroCell_AddsHalfToEveryCell()
    {
        // (0 + 0.5)/(10 + 1) over (5 + 0.5)/(20 + 1) = 0.1736.
        var (ratio, low, high) = Insights.RateRatio(0, 10, 5, 20);

        Assert.Equal(0.1736, Math.Round(ratio, 4));
        Assert.True(low < ratio && ratio < high && double.IsFinite(high));
    }

    [Theory]
    [InlineData(3, 4, 1, 4, 0.4857)] // Fisher's tea-tasting table: 3/1 against 1/3
    [InlineData(10, 10, 0, 10, 0.0000108)]
    [InlineData(2, 10, 2, 10, 1.0)]
    public void FisherExactP_KnownTables_GiveKnownPValues(int a, int n1, int c, int n0, double expected)
    {
        Assert.Equal(expected, Insights.FisherExactP(a, n1, c, n0), 4);
    }

    /// <summary>A sleep entry for every night; the first <paramref name="shortNights"/> are short and each is followed by an episode.</summary>
    private static List<JournalEntry> ShortNightsThenGoodOnes(int days, int shortNights)
    {
        var entries = new List<JournalEntry>();
        for (var d = 0; d < days; d++)
        {
            entries.Add(new SleepEntry(Day0.AddDays(d - 1), d < shortNights ? 5.5 : 8));
            if (d < shortNights)
            {
                entries.Add(new EpisodeEntry(new DateTimeOffset(Day0.AddDays(d).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero), "twitch", ["calf"]));
            }
        }

        return entries;
    }
}
