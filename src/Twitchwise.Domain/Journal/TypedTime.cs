using System.Globalization;

namespace Twitchwise.Domain.Journal;

/// <summary>Times and days as people type them (CLI options) or browsers send them (<c>datetime-local</c>, <c>date</c> inputs).</summary>
public static class TypedTime
{
    /// <summary>
    /// A time as people type it: <c>HH:mm</c> (today), <c>YYYY-MM-DD HH:mm</c> or ISO 8601, with or without an offset.
    /// Without one the local time zone's offset for that moment is used, and kept with the entry.
    /// </summary>
    public static DateTimeOffset? Parse(string? text, TimeProvider clock)
    {
        var now = clock.GetLocalNow();
        if (string.IsNullOrWhiteSpace(text))
        {
            return new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, now.Offset);
        }

        text = text.Trim();
        if (JournalCodec.ParseTime(text.Replace(' ', 'T')) is { } exact)
        {
            return exact;
        }

        DateTime local;
        if (TimeOnly.TryParseExact(text, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            local = DateOnly.FromDateTime(now.DateTime).ToDateTime(time);
        }
        else if (!DateTime.TryParseExact(text.Replace('T', ' '), ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"], CultureInfo.InvariantCulture,
                     DateTimeStyles.None, out local))
        {
            return null;
        }

        return new DateTimeOffset(local, clock.LocalTimeZone.GetUtcOffset(local));
    }

    /// <summary>A day: <c>YYYY-MM-DD</c>, <c>today</c> or <c>yesterday</c>; null text gives <paramref name="fallback"/> days from today.</summary>
    public static DateOnly? ParseDay(string? text, TimeProvider clock, int fallback = 0)
    {
        var today = clock.Today();
        return text?.Trim().ToLowerInvariant() switch
        {
            null or "" => today.AddDays(fallback),
            "today" => today,
            "yesterday" => today.AddDays(-1),
            var s => JournalCodec.ParseDate(s),
        };
    }

}
