using Twitchwise.Domain.Journal;

namespace Twitchwise.Web.Journal;

/// <summary>The period picker of the insights and report pages: two date inputs, by default the last 90 days.</summary>
public static class JournalPeriod
{
    /// <summary>The days chosen, or the default period and an error in words when they cannot be used.</summary>
    public static (DateOnly? From, DateOnly? To, string? Error) Read(string? from, string? to, TimeProvider clock)
    {
        DateOnly? first = string.IsNullOrWhiteSpace(from) ? null : JournalCodec.ParseDate(from.Trim());
        DateOnly? last = string.IsNullOrWhiteSpace(to) ? null : JournalCodec.ParseDate(to.Trim());
        if (!string.IsNullOrWhiteSpace(from) && first is null || !string.IsNullOrWhiteSpace(to) && last is null)
        {
            return (null, null, "A day must be written YYYY-MM-DD; showing the last 90 days instead.");
        }

        var today = clock.Today();
        if ((first ?? (last ?? today).AddDays(1 - Insights.DefaultPeriodDays)) > (last ?? today))
        {
            return (null, null, "The start of the period was after its end; showing the last 90 days instead.");
        }

        return (first, last, null);
    }
}
