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

    [GeneratedRegex(@"\b(?:since|started on|began on|starting on|start of it was)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Began();

    [GeneratedRegex(@"\b(?:today's|today is|today it's|it's|it is)\s+the\s+(\d{1,2})(?:st|nd|rd|th)(?:\s+today)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Today();

    public static DaysSinceADate? Read(string text)
    {
        text = text.Replace('\u2019', '\'');
        var began = Began().Match(text);
        var today = Today().Match(text);
        if (!began.Success || !today.Success || today.Index < began.Index ||
            (!today.Value.EndsWith("today", StringComparison.OrdinalIgnoreCase) && !today.Value.StartsWith("today", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var from = int.Parse(began.Groups[1].Value, CultureInfo.InvariantCulture);
        var to = int.Parse(today.Groups[1].Value, CultureInfo.InvariantCulture);
        if (from is < 1 or > 31 || to is < 1 or > 31 || from == to)
        {
            return null;
        }

        var days = to > from ? to - from : to + DaysPerMonth - from;
        return new(began.Index, began.Index + began.Length, days);
    }
}
