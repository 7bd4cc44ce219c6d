using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Plans;

/// <summary>
/// A plan as an iCalendar file (RFC 5545), written with Ical.Net: one VEVENT per session. The UID is the plan's key
/// and the session's number, so re-exporting the same plan (or refreshing a subscription) updates events that moved
/// instead of adding copies. Times are local to the plan's time zone, which is written with the file.
/// </summary>
public static class PlanCalendar
{
    public const string ProductId = "-//Twitchwise//Training plans//EN";

    public static string Uid(string planKey, PlanSession session) => $"{planKey}-{session.Number}@twitchwise";

    /// <param name="planKey">The stored plan's key: the same key gives the same UIDs.</param>
    /// <param name="at">The time of day sessions are put at.</param>
    /// <param name="timeZoneId">An IANA time zone id (Europe/London), written as a VTIMEZONE; any other gives floating local times.</param>
    /// <param name="stamp">When this file is written (DTSTAMP).</param>
    public static string Write(TrainingPlan plan, string planKey, TimeOnly at, string timeZoneId, DateTimeOffset stamp, KnowledgeBase kb)
    {
        // A zone Ical.Net cannot describe gets floating times: 18:00 wherever the calendar is, which is what the person meant.
        var zone = timeZoneId is "UTC" or "Etc/UTC" ? "UTC" : NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId) is null ? null : timeZoneId;
        var calendar = new Calendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", $"Twitchwise: {plan.Template.Title}");
        if (zone is not null and not "UTC")
        {
            calendar.AddTimeZone(new VTimeZone(zone));
        }

        var dtStamp = new CalDateTime(stamp.UtcDateTime, "UTC");
        foreach (var s in plan.Sessions)
        {
            var startsAt = zone is null ? new CalDateTime(s.Day.ToDateTime(at)) : new CalDateTime(s.Day.ToDateTime(at), zone);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(planKey, s),
                DtStamp = dtStamp,
                DtStart = startsAt,
                Duration = Duration.FromMinutes((int)Math.Ceiling(s.Minutes) + 10),
                Summary = $"{Capital(s.Sport)} {PlanEngine.Number(s.Minutes)} min (week {s.Week})" + StatusSuffix(s.Status),
                Description = Describe(s, kb),
                Categories = ["Twitchwise", plan.Template.Id],
                Status = s.Status == SessionStatus.Missed ? "CANCELLED" : "CONFIRMED",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>What to do, the routine that goes with it, why, and the sources: the same text the CLI shows.</summary>
    public static string Describe(PlanSession s, KnowledgeBase kb)
    {
        var text = new StringBuilder();
        text.Append(s.Text).Append('\n');
        if (s.Note is not null)
        {
            text.Append(s.Note).Append('\n');
        }

        foreach (var r in s.Routines)
        {
            text.Append("- ").Append(r.Text).Append('\n');
        }

        text.Append("Sources: ").Append(string.Join("; ", s.Sources.Concat(s.Routines.SelectMany(r => r.Sources)).Distinct()
            .Select(id => kb.TryGetSource(id, out var source) ? source.Title : id)));
        text.Append("\nNot medical advice; stop and see a doctor if something feels wrong.");
        return text.ToString();
    }

    private static string StatusSuffix(SessionStatus status) => status switch
    {
        SessionStatus.Done => " - done",
        SessionStatus.Shorter => " - done, shorter",
        SessionStatus.Longer => " - done, longer",
        SessionStatus.Missed => " - missed",
        _ => "",
    };

    private static string Capital(string sport) => sport.Length == 0 ? sport : char.ToUpperInvariant(sport[0]) + sport[1..].Replace('_', ' ');
}
