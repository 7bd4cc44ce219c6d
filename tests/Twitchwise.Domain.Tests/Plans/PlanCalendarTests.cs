using Ical.Net;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;
using Twitchwise.Domain.Plans;

namespace Twitchwise.Domain.Tests.Plans;

/// <summary>The .ics a calendar imports: parsed back with Ical.Net and checked for what RFC 5545 requires.</summary>
public sealed class PlanCalendarTests
{
    private static readonly PlanLibrary Library = PlanLibrary.Default;
    private static readonly DateOnly Start = new(2026, 3, 2);
    private static readonly DateTimeOffset Stamp = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static TrainingPlan Plan(DateOnly today, params JournalEntry[] journal) =>
        new PlanEngine(Library).Make(Library.Template("run_walk_start")!, Start, [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Saturday], today, journal, new Dictionary<string, DateOnly>());

    [Fact]
    public void Write_ParsesBackWithOneEventPerSessionAndTheRfc5545Essentials()
    {
        var plan = Plan(Start);

        var text = PlanCalendar.Write(plan, "k1", new TimeOnly(18, 30), "Europe/London", Stamp, KnowledgeBase.Default);
        var calendar = Calendar.Load(text)!;

        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nVERSION:2.0\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nPRODID:" + PlanCalendar.ProductId + "\r\n", text, StringComparison.Ordinal);
        // Content lines are folded at 75 octets.
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Equal(plan.Sessions.Count, calendar.Events.Count);
        Assert.Single(calendar.TimeZones, z => z.TzId == "Europe/London");
        Assert.All(calendar.Events, e =>
        {
            Assert.False(string.IsNullOrEmpty(e.Uid));
            Assert.Equal(Stamp.UtcDateTime, e.DtStamp!.Value);
            Assert.Equal("Europe/London", e.DtStart!.TzId);
        });
        var first = calendar.Events.Single(e => e.Uid == "k1-1@twitchwise");
        Assert.Equal(new DateTime(2026, 3, 2, 18, 30, 0), first.DtStart!.Value);
        Assert.Equal("Run 20 min (week 1)", first.Summary);
        Assert.Contains("6 rounds of 1 minute easy running", first.Description, StringComparison.Ordinal);
        Assert.Contains("Warm up for 5 minutes", first.Description, StringComparison.Ordinal);
        Assert.Contains("Sources: NHS, Couch to 5K;", first.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SamePlanAfterAMissedWeek_KeepsTheUidsSoCalendarsMoveEventsInsteadOfAddingCopies()
    {
        var before = Calendar.Load(PlanCalendar.Write(Plan(Start), "k1", new TimeOnly(7, 0), "UTC", Stamp, KnowledgeBase.Default))!;
        // A week later, nothing was logged: week 1 is repeated and every later session moves a week on.
        var after = Calendar.Load(PlanCalendar.Write(Plan(Start.AddDays(7)), "k1", new TimeOnly(7, 0), "UTC", Stamp.AddDays(7), KnowledgeBase.Default))!;

        var beforeUids = before.Events.Select(e => e.Uid).ToList();
        Assert.Equal(beforeUids, after.Events.Select(e => e.Uid).Take(beforeUids.Count));
        var fourth = (Before: before.Events.Single(e => e.Uid == "k1-4@twitchwise"), After: after.Events.Single(e => e.Uid == "k1-4@twitchwise"));
        Assert.Equal(new DateTime(2026, 3, 9, 7, 0, 0), fourth.Before.DtStart!.Value);
        Assert.Equal("Run 22 min (week 2)", fourth.Before.Summary);
        Assert.Equal("Run 20 min (week 2)", fourth.After.Summary);
        Assert.Equal("Run 20 min (week 1) - missed", after.Events.Single(e => e.Uid == "k1-1@twitchwise").Summary);
        Assert.DoesNotContain(after.Events, e => e.Uid!.StartsWith("k2", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_UnknownTimeZone_GivesFloatingLocalTimes()
    {
        var text = PlanCalendar.Write(Plan(Start), "k1", new TimeOnly(7, 0), "test", Stamp, KnowledgeBase.Default);
        var calendar = Calendar.Load(text)!;

        Assert.Empty(calendar.TimeZones);
        Assert.Contains("\r\nDTSTART:20260302T070000\r\n", text, StringComparison.Ordinal);
        Assert.All(calendar.Events, e => Assert.True(e.DtStart!.TzId is null && !e.DtStart.IsUtc));
    }
}
