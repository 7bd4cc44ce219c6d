using System.Text.RegularExpressions;
using Twitchwise.Domain.Journal;

namespace Twitchwise.Web.Tests.Journal;

/// <summary>/journal/insights on generated journals: the factor table, and the SVG charts with the planted factor's days marked.</summary>
public sealed partial class InsightsPageTests : IDisposable
{
    private readonly JournalApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Insights_PlantedHighStress_ChartMarksExactlyTheHighStressDays()
    {
        var entries = SyntheticJournal.Generate(seed: 7, days: 120, planted: "high_stress");

        var html = await Insights(entries, "?factor=high_stress");

        // Told from the generated entries themselves, not through the insights code.
        var stressDays = entries.OfType<StressEntry>().Where(s => s.Level >= 7).Select(s => JournalCodec.FormatDate(s.On)).ToHashSet();
        var marked = FactorDay().Matches(html).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.NotEmpty(stressDays);
        Assert.Equal(stressDays, marked);
        var episodeDays = entries.OfType<EpisodeEntry>().Select(e => JournalCodec.FormatDate(e.Day)).ToHashSet();
        Assert.Equal(episodeDays, EpisodeDay().Matches(html).Select(m => m.Groups[1].Value).ToHashSet());
        Assert.Contains("<svg class=\"chart\" id=\"episodes-chart\"", html);
        Assert.Contains("aria-labelledby=\"episodes-chart-title episodes-chart-desc\"", html);
        Assert.Matches("<tr id=\"factor-high_stress\">.*?<td class=\"verdict\">linked</td>", Regex.Replace(html, @"\s+", " "));
    }

    [Fact]
    public async Task Insights_JournalWithWorkouts_DrawsLoadWithAcuteAndChronicLines()
    {
        var html = await Insights(SyntheticJournal.Generate(seed: 3, days: 60));

        Assert.Contains("<svg class=\"chart\" id=\"load-chart\"", html);
        Assert.Matches("<polyline class=\"acute\"[^>]* points=\"(\\d+(\\.\\d)?,\\d+(\\.\\d)? ){59}\\d", html);
        Assert.Matches("<polyline class=\"chronic\"", html);
        Assert.Contains("acute load (7-day)", html);
    }

    [Fact]
    public async Task Insights_EpisodesEveryFewDaysForTwoWeeksWithoutWorkouts_ShowsBothDoctorFlagsWithAdvice()
    {
        var now = DateTimeOffset.Now;

        var html = await Insights([.. Enumerable.Range(0, 6).Select(i => new EpisodeEntry(now.AddDays(-3 * i), "twitch", ["eyelid"]))]);

        Assert.Contains("<li class=\"flag\" id=\"flag-persistent_two_weeks\">", html);
        Assert.Contains("deserves a check-up", html);
        Assert.Contains("id=\"flag-outside_exercise\"", html);
        Assert.Contains("<span class=\"tag level-doctor\">", html);
    }

    [Fact]
    public async Task Insights_EmptyJournal_SaysSoAndDrawsNoChart()
    {
        var html = await Insights([]);

        Assert.Contains("The journal is empty.", html);
        Assert.DoesNotContain("<svg", html);
    }

    /// <summary>The insights page over a journal holding just <paramref name="entries"/>.</summary>
    private async Task<string> Insights(IReadOnlyList<JournalEntry> entries, string query = "")
    {
        using (var journal = app.OpenJournal())
        {
            journal.AddAll(entries);
        }

        return await app.CreateClient().GetStringAsync("/journal/insights" + query);
    }

    [GeneratedRegex("class=\"factor-day\" data-day=\"([0-9-]+)\"")]
    private static partial Regex FactorDay();

    [GeneratedRegex("class=\"episode-day\" data-day=\"([0-9-]+)\"")]
    private static partial Regex EpisodeDay();
}
