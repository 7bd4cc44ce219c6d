using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;
using Twitchwise.Storage;
using Twitchwise.Web.Journal;

namespace Twitchwise.Web.Pages.Journal;

/// <summary>
/// The insights of <c>twitchwise insights</c> on a page: the summary, the factor table, the journal's own reasons to see
/// a doctor, and two charts (episodes with one factor's days marked; session load with acute and chronic lines).
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class InsightsModel(JournalContext journal, JournalCodec codec, KnowledgeBase knowledge, TimeProvider clock) : PageModel
{
    public InsightsReport Report { get; private set; } = null!;

    /// <summary>The factor whose days the episode chart marks.</summary>
    public FactorResult? Marked { get; private set; }

    public string? EpisodeChart { get; private set; }

    public string? LoadChart { get; private set; }

    public void OnGet(string? factor)
    {
        var entries = journal.Load(codec);
        Report = new Insights(knowledge, clock).Analyze(entries);
        // As the CLI does: the stored day-by-day load is the one of the latest insights.
        journal.ReplaceTrainingLoad(Report.TrainingLoad.Days);
        if (Insights.DayTable.Build(entries) is not { } table)
        {
            return;
        }

        Marked = Report.Factors.FirstOrDefault(f => f.Id == factor) ?? MostNotable(Report.Factors);
        var has = Insights.Factors.First(f => f.Id == Marked.Id).Has;
        var episodes = entries.OfType<EpisodeEntry>().CountBy(e => e.Day).ToDictionary();
        var days = Enumerable.Range(0, table.Count)
            .Select(d => new EpisodeDay(table.From.AddDays(d), episodes.GetValueOrDefault(table.From.AddDays(d)), has(table, d)))
            .ToList();
        EpisodeChart = SvgCharts.Episodes("episodes-chart", days, Marked.Id, Marked.Description);
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

    public static string Ratio(double? value) => value?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "–";
}
