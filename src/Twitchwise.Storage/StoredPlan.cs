using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Twitchwise.Domain.Plans;

namespace Twitchwise.Storage;

/// <summary>
/// A training plan as stored: only the person's choices (template, start, days, time, the criteria they logged as met),
/// never the sessions. The sessions are remade from these and the journal on every read (<see cref="PlanEngine"/>), so
/// a workout logged or imported later updates the plan without a second copy of the truth.
/// </summary>
public sealed class StoredPlan
{
    public long Id { get; set; }

    /// <summary>A random id, fixed for the plan's life: calendar UIDs are made from it.</summary>
    public required string Key { get; set; }

    public required string Template { get; set; }

    public DateOnly Start { get; set; }

    /// <summary>The training days as three-letter names, comma-separated: "mon,wed,sat".</summary>
    public required string Days { get; set; }

    /// <summary>The time of day sessions go in the calendar, "HH:mm".</summary>
    public required string TimeOfDay { get; set; }

    /// <summary>The IANA time zone the times are in (the person's when the plan was made).</summary>
    public required string TimeZone { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The secret in the private calendar address; null until one is made. A new one makes the old address stop working.</summary>
    public string? CalendarToken { get; set; }

    /// <summary>The criteria logged as met, as JSON: {"calf_raises": "2026-03-13"}.</summary>
    public string Criteria { get; set; } = "{}";

    public IReadOnlyList<DayOfWeek> DayList => Days.Split(',').Select(d => PlanLoader.ParseDay(d)!.Value).ToList();

    public TimeOnly Time => TimeOnly.ParseExact(TimeOfDay, "HH:mm", CultureInfo.InvariantCulture);

    public Dictionary<string, DateOnly> CriteriaMet =>
        JsonSerializer.Deserialize(Criteria, StorageJson.Default.DictionaryStringString)!.ToDictionary(p => p.Key, p => DateOnly.ParseExact(p.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    public void SetCriterionMet(string id, DateOnly day)
    {
        var met = CriteriaMet;
        met[id] = day;
        Criteria = JsonSerializer.Serialize(met.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            StorageJson.Default.DictionaryStringString);
    }

    public static StoredPlan Create(PlanTemplate template, DateOnly start, IReadOnlyList<DayOfWeek> days, TimeOnly at, string timeZone, DateTimeOffset now) => new()
    {
        Key = Guid.NewGuid().ToString("N"),
        Template = template.Id,
        Start = start,
        Days = string.Join(',', days.Order().Select(PlanLoader.DayName)),
        TimeOfDay = at.ToString("HH:mm", CultureInfo.InvariantCulture),
        TimeZone = timeZone,
        CreatedUtc = now.UtcDateTime,
    };

    /// <summary>256 random bits, URL-safe: the secret of a private calendar address.</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    internal static void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<StoredPlan>(b =>
    {
        b.ToTable("plans");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).HasColumnName("id");
        b.Property(p => p.Key).HasColumnName("key").HasMaxLength(36);
        b.Property(p => p.Template).HasColumnName("template").HasMaxLength(64);
        b.Property(p => p.Start).HasColumnName("start");
        b.Property(p => p.Days).HasColumnName("days").HasMaxLength(40);
        b.Property(p => p.TimeOfDay).HasColumnName("time_of_day").HasMaxLength(5);
        b.Property(p => p.TimeZone).HasColumnName("time_zone").HasMaxLength(64);
        b.Property(p => p.CreatedUtc).HasColumnName("created_utc");
        b.Property(p => p.CalendarToken).HasColumnName("calendar_token").HasMaxLength(64);
        b.Property(p => p.Criteria).HasColumnName("criteria");
        b.HasIndex(p => p.CalendarToken).IsUnique();
        b.Ignore(p => p.DayList);
        b.Ignore(p => p.Time);
        b.Ignore(p => p.CriteriaMet);
    });
}

/// <summary>The plan commands and pages share these: the current plan is the latest made.</summary>
public static class PlanStorage
{
    public static StoredPlan? CurrentPlan(this JournalContext db) => db.Plans.OrderByDescending(p => p.Id).FirstOrDefault();

    public static StoredPlan? PlanByToken(this JournalContext db, string token) =>
        string.IsNullOrEmpty(token) ? null : db.Plans.FirstOrDefault(p => p.CalendarToken == token);
}

/// <summary>The JSON kept in plan rows (criteria met), read and written by generated code, which needs no reflection (trimming and Native AOT, decision 0019).</summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class StorageJson : JsonSerializerContext;
