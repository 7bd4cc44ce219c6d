using System.Globalization;
using System.Text.RegularExpressions;

namespace Twitchwise.Domain.Intake;

/// <summary>Days from a day of the month when something began to the day said to be today, and where the start was said.</summary>
internal sealed record DaysSinceADate(int Start, int End, int Days);

/// <summary>
/// Dates told instead of a length: "twitching since the 3rd. Today's the 19th" is 16 days; "started on the 28th, today is
/// the 2nd" crossed into a new month (read as a 30-day month, as "a month" is 30 days). Without a day said to be today,
/// nothing is returned: the month's date alone says nothing of how long ago.
/// </summary>
internal static partial class DaysOfTheMonth
{
    private const int DaysPerMonth = 30;

    [GeneratedRegex(@"\b(?:since|started on|began on|starting on)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Began();

    // "today's the 19th", "it's the 19th today" ("it's the 19th" alone may be any day told of).
    [GeneratedRegex(@"\b(?:today's|today is|today it's)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b|\b(?:it's|it is)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\s+today\b", RegexOptions.IgnoreCase)]
    private static partial Regex Today();

    public static DaysSinceADate? Read(string text)
    {
        text = text.Replace('\u2019', '\'');
        var began = Began().Match(text);
        var today = began.Success ? Today().Match(text, began.Index + began.Length) : Match.Empty;
        if (!today.Success)
        {
            return null;
        }

        var from = int.Parse(began.Groups[1].Value, CultureInfo.InvariantCulture);
        var to = int.Parse(today.Groups[1].Success ? today.Groups[1].Value : today.Groups[2].Value, CultureInfo.InvariantCulture);
        if (from is < 1 or > 31 || to is < 1 or > 31 || from == to)
        {
            return null;
        }

        var days = to > from ? to - from : to + DaysPerMonth - from;
        return new(began.Index, began.Index + began.Length, days);
    }
}
