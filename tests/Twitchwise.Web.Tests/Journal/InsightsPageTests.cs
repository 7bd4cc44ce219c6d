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

        var html = await Insights(entries, "?factor=high_stress&from=2025-01-01&to=2025-04-30");

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
        var html = await Insights(SyntheticJournal.Generate(seed: 3, days: 60), "?from=2025-01-01&to=2025-03-01");

        Assert.Contains("<svg class=\"chart\" id=\"load-chart\"", html);
        Assert.Matches("<polyline class=\"acute\"[^>]* points=\"(\\d+(\\.\\d)?,\\d+(\\.\\d)? ){59}\\d", html);
        Assert.Matches("<polyline class=\"chronic\"", html);
        Assert.Contains("acute load (7-day)", html);
        Assert.Contains(TrainingLoad.RatioCaveat, html);
    }

    [Fact]
    public async Task Insights_GetRequest_WritesNothingToTheJournal()
    {
        await Insights(SyntheticJournal.Generate(seed: 3, days: 60), "?from=2025-01-01&to=2025-03-01");

        using var journal = app.OpenJournal();
        Assert.Empty(journal.TrainingLoad);
    }

    [Fact]
    public async Task Insights_OneDayLogged_SaysWhatMoreToLogInsteadOfATableOrCharts()
    {
        var html = await Insights([new SleepEntry(DateOnly.FromDateTime(DateTime.Now).AddDays(-1), 6)]);

        Assert.Contains("To compare Short sleep: 2 days more with it and 3 days more without it, each with a sleep entry for the night before logged", html);
        Assert.DoesNotContain("<table", html);
        Assert.DoesNotContain("<svg", html);
    }

    [Theory]
    [InlineData("?from=2025-13-01", "A day must be written YYYY-MM-DD")]
    [InlineData("?from=2025-03-01&to=2025-01-01", "The start of the period was after its end")]
    public async Task Insights_BadPeriod_SaysWhyAndShowsTheDefault(string query, string message)
    {
        var html = await Insights([], query);

        Assert.Contains(message, html);
    }

    [Fact]
    public async Task Insights_ChosenPeriod_ShowsPlainNamesAndOnlyThoseDays()
    {
        var html = await Insights([.. SyntheticJournal.Generate(seed: 7, days: 120, planted: "high_stress"), SyntheticJournal.OldImport],
            "?from=2017-01-01&to=2025-04-30");

        Assert.Contains("<th scope=\"row\">High stress<span", html);
        Assert.Contains("value=\"2017-01-01\"", html);
        Assert.Contains("Episodes per day, 2025-01-01 to 2025-04-30", html);
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
