using System.Text.Json;
using Twitchwise.Domain.Assessment;

namespace Twitchwise.Domain.Journal;

// The insights as spec/journal.md spells them (snake_case ids and fields). The CLI and a later web API map through here.

public sealed record InsightsDto(
    int Days,
    string? From,
    string? To,
    int EpisodeDays,
    IReadOnlyList<FactorResult> Factors,
    TrainingLoadDto TrainingLoad,
    IReadOnlyList<FlagDto> Flags,
    IReadOnlyList<string> Summary,
    string Disclaimer)
{
    /// <summary>The period asked for; <c>from</c>/<c>to</c> are the logged days within it.</summary>
    public required string PeriodFrom { get; init; }

    public required string PeriodTo { get; init; }

    /// <summary>Days in from-to on which something was logged by hand; only these count for any factor.</summary>
    public required int LoggedDays { get; init; }

    public required int Episodes { get; init; }

    /// <summary>The linked factors in plain words.</summary>
    public required IReadOnlyList<string> Linked { get; init; }
}

/// <summary>The latest day's loads, the method's parameters, and the days of the last four weeks that were flagged.</summary>
public sealed record TrainingLoadDto(
    string Method,
    int AcuteDays,
    int ChronicDays,
    double SpikeRatio,
    LoadDayDto? Latest,
    IReadOnlyList<LoadDayDto> FlaggedDays,
    IReadOnlyList<LongSessionDto> LongSessions)
{
    /// <summary>Training-load notes in words: the single-session rule first, the ratio described with its caveat.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    public string RatioCaveat => TrainingLoad.RatioCaveat;
}

public sealed record LoadDayDto(string Day, double Load, double Acute, double Chronic, double? Ratio, bool Spike, bool LongSession);

public sealed record LongSessionDto(string Day, string Sport, double Minutes, double PreviousLongest, double IncreasePercent);

public sealed record FlagDto(string Id, string Level, string Text, string Evidence);

public static class InsightsJson
{
    /// <summary>How far back the flagged load days and long sessions are listed: recent warnings are the useful ones.</summary>
    public const int RecentLoadDays = 28;

    public static InsightsDto ToDto(this InsightsReport r)
    {
        var recentFrom = r.To?.AddDays(1 - RecentLoadDays);
        return new(
            r.Days,
            r.From is { } f ? JournalCodec.FormatDate(f) : null,
            r.To is { } t ? JournalCodec.FormatDate(t) : null,
            r.EpisodeDays,
            r.Factors,
            new TrainingLoadDto(
                "session load = rpe x minutes; acute and chronic loads are exponentially weighted averages with lambda = 2/(N+1), N = 7 and 28 days",
                TrainingLoad.AcuteDays, TrainingLoad.ChronicDays, TrainingLoad.SpikeRatio,
                r.TrainingLoad.Latest is { } latest ? ToDto(latest) : null,
                r.TrainingLoad.Days.Where(d => (d.Spike || d.LongSession) && d.Day >= recentFrom).Select(ToDto).ToList(),
                r.TrainingLoad.LongSessions.Where(s => s.Day >= recentFrom)
                    .Select(s => new LongSessionDto(JournalCodec.FormatDate(s.Day), s.Sport, s.Minutes, s.PreviousLongest, Math.Round(s.IncreasePercent, 1))).ToList())
            {
                Notes = r.TrainingNotes,
            },
            r.Flags.Select(x => new FlagDto(x.Id, AssessmentJson.LevelId(x.Level), x.Text, x.Evidence)).ToList(),
            r.Summary,
            AssessmentJson.Disclaimer)
        {
            PeriodFrom = JournalCodec.FormatDate(r.PeriodFrom),
            PeriodTo = JournalCodec.FormatDate(r.PeriodTo),
            LoggedDays = r.LoggedDays,
            Episodes = r.Episodes,
            Linked = r.Linked,
        };
    }

    public static string Serialize(InsightsReport report) => JsonSerializer.Serialize(report.ToDto(), AssessmentJson.Contract.InsightsDto);

    private static LoadDayDto ToDto(TrainingLoadDay d) =>
        new(JournalCodec.FormatDate(d.Day), Math.Round(d.Load, 1), Math.Round(d.Acute, 1), Math.Round(d.Chronic, 1), Round(d.Ratio), d.Spike, d.LongSession);

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 3) : null;
}
