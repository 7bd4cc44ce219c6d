using System.Globalization;
using System.Text.RegularExpressions;

namespace Twitchwise.Domain.Intake;

/// <summary>
/// A clock time in the text (Start inclusive, End exclusive) and how long before the time said to be now it was (null for
/// now itself and for times after it).
/// </summary>
internal sealed record ClockTimeAgo(int Start, int End, double? SecondsBeforeNow);

/// <summary>
/// How long something went on between two clock times, the later told as its end ("from 11pm till half past midnight"):
/// Start and End are the earlier clock's place, where what went on is named ("cramp woke me at 3:10").
/// </summary>
internal sealed record ClockSpan(int Start, int End, double Seconds, int EndsStart, int EndsEnd);

/// <summary>
/// Clock times told instead of lengths: "cramped at 2:10 ... it's 2:35 and it still won't let go", "woke at 3am with it,
/// still there at 6", "from 11 am ... now it is 12.30 pm". A time marked as now ("it's 2:35", "7:30 now", "still there
/// at 6") makes every clock time before it in the description a time ago, so the reader takes "at 2:10" as "25 minutes
/// ago". Without a time said to be now, none is returned. A clock without "am" or "pm" on both sides is
/// read within twelve hours ("at 11 ... 12.30 pm" is an hour and a half); the morning, afternoon or evening after a bare
/// hour says which half of the day it is.
/// </summary>
internal static partial class ClockTimes
{
    private const int MinutesPerDay = 24 * 60;

    // The hours said in words, twelve first so that a word's place in the list is its hour on a twelve-hour clock. The
    // lexicon's number words are tokens read by Quantities; a clock is read from the raw text, so it keeps its own twelve.
    private const string HourWordPattern = "twelve|one|two|three|four|five|six|seven|eight|nine|ten|eleven";
    private static readonly string[] HourWords = HourWordPattern.Split('|');

    // Words before a time ("at 6", "from 11"), and the words saying it is now ("it's 9.30").
    private const string TimeWords = "at|from|since|till|until|around|about|just after|just before|gone";
    private const string NowWords = "now|it's|its|it is|it was";

    /// <summary>
    /// "from 10:45pm ... until 11pm", "woke me at quarter to four and it didn't let go till half past four", "woke at quarter
    /// past 2 ... finally eased at 2:40", "at 03:10 ... it was 03:22 before I could stand on it": a clock time told as an end
    /// ("till", "eased at", "it was ... before") with the clock before it (within two sentences, itself no end and no
    /// session's end) is a length, under twelve hours.
    /// </summary>
    public static IReadOnlyList<ClockSpan> Spans(string text)
    {
        var clocks = Find(text);
        var spans = new List<ClockSpan>();
        for (var b = 1; b < clocks.Count; b++)
        {
            var end = clocks[b];
            if (!EndedBy(text, end))
            {
                continue;
            }

            var start = clocks.Take(b).LastOrDefault(c => !EndedBy(text, c) && !SessionEndBefore().IsMatch(TextBefore(text, c)));
            if (start is not null && end.Start - start.End <= SpanReach && Before(start, end) is { } seconds)
            {
                spans.Add(new(start.Start, start.End, seconds, end.Start, end.End));
            }
        }

        return spans;
    }

    // Characters from the end of the earlier clock time to the later: two sentences of a story.
    private const int SpanReach = 200;

    /// <summary>The 40 characters of text before a clock time.</summary>
    private static string TextBefore(string text, Clock clock) => text[Math.Max(0, clock.Start - 40)..clock.Start];

    /// <summary>A clock time told as when something ended: "till 11", "eased at 2:40", "it was 03:22 before I could".</summary>
    private static bool EndedBy(string text, Clock clock) =>
        EndBefore().IsMatch(TextBefore(text, clock)) ||
        (ItWasBefore().IsMatch(TextBefore(text, clock)) && BeforeAfter().IsMatch(text[clock.End..]));

    public static IReadOnlyList<ClockTimeAgo> Read(string text)
    {
        var clocks = Find(text);
        var now = clocks.LastOrDefault(c => c.IsNow);
        return now is null ? [] : clocks.Select(c => new ClockTimeAgo(c.Start, c.End, c.Start < now.Start || SaidAsPast(text, c) ? Before(c, now) : null)).ToList();
    }

    /// <summary>"It's 9pm now and practice ended at 6": a time after now in the text, told as past by the verb before it.</summary>
    private static bool SaidAsPast(string text, Clock clock) => PastBefore().IsMatch(text[Math.Max(0, clock.Start - 30)..clock.Start]);

    /// <summary>How long before now a clock time was: under twelve hours, or not at all.</summary>
    private static double? Before(Clock then, Clock now)
    {
        var bothHalvesKnown = then.Pm is not null && now.Pm is not null;
        var day = bothHalvesKnown ? MinutesPerDay : MinutesPerDay / 2;
        var minutes = ((now.Minutes(bothHalvesKnown) - then.Minutes(bothHalvesKnown)) % day + day) % day;
        return minutes is > 0 and < MinutesPerDay / 2 ? minutes * 60.0 : null;
    }

    private sealed record Clock(int Start, int End, int Hour, int Minute, bool? Pm, bool IsNow)
    {
        /// <summary>Minutes since midnight when the half of the day is known, else since noon or midnight.</summary>
        public int Minutes(bool halfKnown) => ((Hour % 12) + (halfKnown && Pm == true ? 12 : 0)) * 60 + Minute;
    }

    private static List<Clock> Find(string text)
    {
        var clocks = new List<Clock>();
        foreach (Match m in ClockPattern().Matches(text))
        {
            var hourText = m.Groups["hour"].Value;
            // "midnight" and "noon" are twelve o'clock with their half of the day said.
            bool? namedHalf = hourText.ToLowerInvariant() switch
            {
                "midnight" => false,
                "noon" or "midday" => true,
                _ => null,
            };
            int hour;
            if (hourText.Length == 0)
            {
                // "quarter past": the hour of the clock time just before ("at 5 ... at quarter past").
                if (clocks.Count == 0)
                {
                    continue;
                }

                hour = clocks[^1].Hour;
            }
            else
            {
                hour = char.IsAsciiDigit(hourText[0]) ? int.Parse(hourText, CultureInfo.InvariantCulture)
                    : namedHalf is true ? 12
                    : namedHalf is false ? 0
                    : Array.IndexOf(HourWords, hourText.ToLowerInvariant());
            }

            var minute = m.Groups["minute"].Success ? int.Parse(m.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
            if (m.Groups["part"].Success)
            {
                var part = m.Groups["part"].Value.ToLowerInvariant().Replace('-', ' ');
                var minutes = part switch
                {
                    "quarter" or "a quarter" => 15,
                    "half" => 30,
                    "five" => 5,
                    "ten" => 10,
                    "twenty" => 20,
                    _ => 25,
                };
                var before = m.Groups["to"].Success;
                (hour, minute) = before ? ((hour + 11) % 12, 60 - minutes) : (hour, minutes);
                // "quarter to midnight" is in the evening, "quarter to noon" in the morning: the half before the one named.
                namedHalf = before ? !namedHalf : namedHalf;
            }

            if (hour > 23 || minute > 59 || !IsClock(m, text))
            {
                continue;
            }

            bool? pm = m.Groups["ampm"].Success ? m.Groups["ampm"].Value.StartsWith('p') || m.Groups["ampm"].Value.StartsWith('P')
                : namedHalf is { } named ? named
                : hour >= 13 ? true
                : m.Groups["half"].Success ? !m.Groups["half"].Value.EndsWith("morning", StringComparison.OrdinalIgnoreCase)
                : null;
            var isNow = NowBefore().IsMatch(text[Math.Max(0, m.Index - 40)..m.Index]) || NowAfter().IsMatch(text[(m.Index + m.Length)..]);
            clocks.Add(new(m.Index, m.Index + m.Length, hour, minute, pm, isNow));
        }

        // "started at 5 when I got back from my walk, it's 7 now": a bare hour between "it's" and "now" is the clock only after
        // a clock time told before it; alone it may be a score ("pain was 8, it's 3 now").
        if (clocks.Count > 0 && BareHourNow().Match(text, clocks[0].End) is { Success: true } bare &&
            !ScoreWords().IsMatch(text[Math.Max(0, bare.Index - 40)..bare.Index]))
        {
            var hour = int.Parse(bare.Groups["hour"].Value, CultureInfo.InvariantCulture);
            if (hour is >= 1 and <= 12)
            {
                var at = bare.Groups["hour"].Index;
                clocks.Add(new(at, at + bare.Groups["hour"].Length, hour, 0, null, true));
            }
        }

        return clocks;
    }

    /// <summary>
    /// "9.30" may be a distance and "5" a score: a dotted time, or "ten to 6", is a clock time only after a word of time or
    /// of now ("at 9.30", "it is now 10.05"), a bare hour only after a word of time ("at 6", "from 11", never "pain was 8,
    /// now it's 3"); "2:10", "3am", "4 pm" and "quarter past 5" always are.
    /// </summary>
    private static bool IsClock(Match m, string text)
    {
        var before = text[Math.Max(0, m.Index - 20)..m.Index];
        var part = m.Groups["part"].Value.ToLowerInvariant();
        // "at half eleven" is a time; "half one" alone may be anything.
        var britishHalfInWords = m.Groups["british"].Success && !char.IsAsciiDigit(m.Groups["hour"].Value[0]);
        return m.Groups["ampm"].Success || m.Groups["colon"].Success || (part is "quarter" or "a quarter" or "half" && !britishHalfInWords) ||
               (m.Groups["minute"].Success || part.Length > 0 ? TimeOrNowWordBefore() : TimeWordBefore()).IsMatch(before);
    }

    // A time: "2:10", "9.30", "3am", "12.30 pm", "at 6", "10 this morning", "quarter past 5", "twenty to 6", "quarter past",
    // "half 10".
    // A bare or dotted number followed by a unit or a count ("at 5 km", "at 9.30 pace", "at 6 weeks") is no time.
    [GeneratedRegex(
        @"(?<![\w.:/])(?:" +
        @"(?<part>a quarter|quarter|half|twenty[- ]five|twenty|ten|five)\s+(?:(?<to>to)|past|after)(?:\s+(?<hour>\d{1,2}|" + HourWordPattern + @"|midnight|noon|midday)\b)?" +
        // British "half 10", "half eleven" is half past ten or eleven (not "half 10k", "half 5 miles").
        @"|(?<part>(?<british>half))\s+(?<hour>\d{1,2}|" + HourWordPattern + @")\b(?!\s*(?:k\b|km|mile|min|hour|hr|lap|kilo|marathon|mara))" +
        // "till midnight", "at noon" (after a word of time, IsClock).
        @"|(?<hour>midnight|noon|midday)\b" +
        @"|(?<hour>\d{1,2})(?:(?<colon>:)(?<minute>[0-5]\d)|\.(?<minute>[0-5]\d))?\s*(?<ampm>am\b|pm\b|a\.m\.|p\.m\.)" +
        @"|(?<hour>\d{1,2})(?<colon>:)(?<minute>[0-5]\d)(?![\d:])" +
        @"|(?<hour>\d{1,2})(?:\.(?<minute>[0-5]\d))?(?=\s*(?:$|[,.;!?)](?:\s|$)|\s(?:and|now|with|when|but|it|so|still|this|tonight|in the|last night|o'clock)\b))" +
        @")(?:\s+(?<half>this morning|in the morning|this afternoon|in the afternoon|this evening|in the evening|tonight))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockPattern();

    [GeneratedRegex(@"\b(?:" + TimeWords + @")\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeWordBefore();

    [GeneratedRegex(@"\b(?:" + TimeWords + "|" + NowWords + @")\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeOrNowWordBefore();

    // "it's 2:35", "it is now 10.05", "now it is 12.30 pm", "and now 7.40", "still there at 6".
    [GeneratedRegex(@"(?:\b(?:it's|its|it is)(?:\s+now)?|\bnow(?:\s+(?:it's|its|it is))?|\bstill\b[^.,;!?]{0,30}\bat)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NowBefore();

    [GeneratedRegex(@"^\s*(?:now|right now)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NowAfter();

    [GeneratedRegex(@"\b(?:it's|its|it is)\s+(?<hour>\d{1,2})\s+now\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareHourNow();

    [GeneratedRegex(@"\b(?:pain|score|out of|level|rate)\b|/10", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScoreWords();

    // "till 11", "until just after 11", "till I fell asleep around half twelve", "eased at 2:40", "let go at", "from 10 to 11".
    [GeneratedRegex(@"(?:\b(?:till|til|until)\b[^.,;!?]{0,30}|\b(?:eased|eased off|let go|released|stopped|settled|went|gone|went away)\s+(?:at|by)\s+(?:about\s+|around\s+|just after\s+|nearly\s+)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndBefore();

    [GeneratedRegex(@"\b(?:it was|it's|its)\s+(?:about\s+|nearly\s+|almost\s+|gone\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItWasBefore();

    [GeneratedRegex(@"^\s*(?:before|by the time)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BeforeAfter();

    // "practice ended at 6", "got home at 7": a session's end, never the start of what went on after it.
    [GeneratedRegex(@"\b(?:ended|finished|got back|got home|got in|home)\s+(?:at\s+)?(?:about\s+|around\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SessionEndBefore();

    [GeneratedRegex(@"\b(?:ended|finished|started|began|was|were|got back|got home|got in|stopped|woke(?: me| up)?|cramped|seized|locked|twitched|kicked in|came on)\s+(?:at\s+)?(?:about\s+|around\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastBefore();
}
