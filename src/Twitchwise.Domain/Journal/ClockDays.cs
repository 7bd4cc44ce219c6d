namespace Twitchwise.Domain.Journal;

/// <summary>Today's date by a clock, in the clock's own time zone: the person's day, for "last Tuesday", a plan or a report.</summary>
public static class ClockDays
{
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>
    /// The person's own date as their device gives it (YYYY-MM-DD), when it can be: a web server's zone is not the
    /// person's, and "since Saturday" counted from the server's date is a day out for half the world at some hour. A date
    /// is taken only within a day of the UTC date (every zone on Earth is, UTC-12 to UTC+14); otherwise the clock's own day.
    /// </summary>
    public static DateOnly PersonToday(this TimeProvider clock, string? device) =>
        device is { } text && JournalCodec.ParseDate(text) is { } day && IsPlausibleToday(clock, day) ? day : clock.Today();

    public static bool IsPlausibleToday(this TimeProvider clock, DateOnly day)
    {
        var utc = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return day >= utc.AddDays(-1) && day <= utc.AddDays(1);
    }
}
