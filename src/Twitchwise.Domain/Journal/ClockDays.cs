namespace Twitchwise.Domain.Journal;

/// <summary>Today's date by a clock, in the clock's own time zone: the person's day, for "last Tuesday", a plan or a report.</summary>
public static class ClockDays
{
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
