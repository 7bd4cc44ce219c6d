namespace Twitchwise.TestSupport;

/// <summary>A clock that stands still at one instant, in a fixed time zone, so that "today" is the same on every machine.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.CreateCustomTimeZone("test", now.Offset, "test", "test");

    public static FixedClock OnDay(DateOnly day, TimeSpan? offset = null) =>
        new(new DateTimeOffset(day.ToDateTime(new TimeOnly(21, 0)), offset ?? TimeSpan.FromHours(1)));

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => zone;
}
