using BenchmarkDotNet.Attributes;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Benchmarks;

/// <summary>
/// <c>twitchwise insights</c> over ten years of daily logging (about 23,000 entries): the per-day table, every factor's
/// comparison with Fisher's exact test, training load and pattern flags. Target: under 100 ms.
/// Run: <c>dotnet run -c Release --project bench/Twitchwise.Benchmarks -- --filter '*InsightsBenchmark*'</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class InsightsBenchmark
{
    private const int TenYears = 3653;

    private List<JournalEntry> entries = [];
    private Insights insights = null!;

    [GlobalSetup]
    public void Setup()
    {
        entries = SyntheticJournal.Generate(seed: 42, days: TenYears, planted: "short_sleep");
        insights = new Insights(KnowledgeBase.Default, FixedClock.OnDay(SyntheticJournal.LastDay(TenYears)));
    }

    [Benchmark]
    public InsightsReport TenYearDailyJournal() => insights.Analyze(entries, SyntheticJournal.Start);
}
