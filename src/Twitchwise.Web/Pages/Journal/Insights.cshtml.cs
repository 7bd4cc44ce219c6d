using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;
using Twitchwise.Storage;
using Twitchwise.Web.Journal;

namespace Twitchwise.Web.Pages.Journal;

/// <summary>
/// The insights of <c>twitchwise insights</c> on a page, over a chosen period: the summary, the factor table, the
/// journal's own reasons to see a doctor, and two charts (episodes with one factor's days marked; session load with
/// acute and chronic lines). A GET only reads: nothing is written to the journal.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class InsightsModel(JournalContext journal, JournalCodec codec, KnowledgeBase knowledge, TimeProvider clock) : PageModel
{
    public InsightsReport Report { get; private set; } = null!;

    /// <summary>The period picker's problem in words (a day that is not one, or from after to); the default period is shown then.</summary>
    public string? PeriodError { get; private set; }

    /// <summary>The factor whose days the episode chart marks.</summary>
    public FactorResult? Marked { get; private set; }

    public string? EpisodeChart { get; private set; }

    public string? LoadChart { get; private set; }

    /// <summary>True when at least one factor has enough days to compare: below that the page says what to log instead of a table.</summary>
    public bool Comparable => Report.Factors.Any(f => f.EnoughData);

    public void OnGet(string? factor, string? from, string? to)
    {
        var entries = journal.Load(codec);
        var insights = new Insights(knowledge, clock);
        var (first, last, error) = JournalPeriod.Read(from, to, clock);
        PeriodError = error;
        Report = insights.Analyze(entries, first, last);
        if (!Comparable || Insights.DayTable.Build(entries, Report.From!.Value, Report.To!.Value) is not { } table)
        {
            return;
        }

        Marked = Report.Factors.FirstOrDefault(f => f.Id == factor) ?? MostNotable(Report.Factors);
        var has = Insights.Factors.First(f => f.Id == Marked.Id).Has;
        var episodes = entries.OfType<EpisodeEntry>().CountBy(e => e.Day).ToDictionary();
        var days = Enumerable.Range(0, table.Count)
            .Select(d => new EpisodeDay(table.From.AddDays(d), episodes.GetValueOrDefault(table.From.AddDays(d)), table.Logged[d] ? has(table, d) : null))
            .ToList();
        EpisodeChart = SvgCharts.Episodes("episodes-chart", days, Marked.Name.ToLowerInvariant(), Marked.Description);
        if (Report.TrainingLoad.Days.Any(d => d.Load > 0))
        {
            LoadChart = SvgCharts.Load("load-chart", Report.TrainingLoad.Days);
        }
    }

    /// <summary>A linked factor first, then the strongest ratio with enough data, so the chart opens on what matters most.</summary>
    private static FactorResult MostNotable(IReadOnlyList<FactorResult> factors) =>
        factors.OrderByDescending(f => f.Significant).ThenByDescending(f => f.EnoughData).ThenByDescending(f => f.RateRatio ?? 0).First();

    /// <summary>"40 (25%)": how many days, and on what share of them an episode was logged.</summary>
    public static string Days(int days, double? episodeRate) =>
        episodeRate is { } r ? $"{days} ({r.ToString("0%", System.Globalization.CultureInfo.InvariantCulture)})" : $"{days}";

    public static string Ratio(double? value) => value?.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) ?? "–";
}
