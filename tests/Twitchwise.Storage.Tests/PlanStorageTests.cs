using Twitchwise.Domain.Plans;

namespace Twitchwise.Storage.Tests;

/// <summary>A plan's choices survive the database on both providers; sessions are never stored.</summary>
public abstract class PlanStorageTests
{
    protected static void SaveAndReadBack(TestDatabase database)
    {
        var template = PlanLibrary.Default.Template("return_after_cramp_or_strain")!;
        var plan = StoredPlan.Create(template, new DateOnly(2026, 3, 2), [DayOfWeek.Saturday, DayOfWeek.Monday, DayOfWeek.Wednesday],
            new TimeOnly(18, 30), "Europe/London", new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        plan.SetCriterionMet("hop_pain_free", new DateOnly(2026, 3, 13));
        plan.SetCriterionMet("calf_raises", new DateOnly(2026, 3, 12));
        plan.CalendarToken = StoredPlan.NewToken();
        using (var db = JournalDatabase.Open(database.Options))
        {
            db.Plans.Add(plan);
            db.SaveChanges();
        }

        using var again = JournalDatabase.Open(database.Options);
        var read = again.CurrentPlan()!;

        Assert.Equal(plan.Key, read.Key);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Saturday], read.DayList);
        Assert.Equal(new TimeOnly(18, 30), read.Time);
        Assert.Equal("""{"calf_raises":"2026-03-12","hop_pain_free":"2026-03-13"}""", read.Criteria);
        Assert.Equal(new DateOnly(2026, 3, 13), read.CriteriaMet["hop_pain_free"]);
        Assert.Equal(read.Key, again.PlanByToken(plan.CalendarToken)!.Key);
        Assert.Null(again.PlanByToken(StoredPlan.NewToken()));
        Assert.Null(again.PlanByToken(""));
    }
}

public sealed class SqlitePlanStorageTests : PlanStorageTests
{
    [Fact]
    public void SavePlan_OnSqlite_ReadsBackItsChoices()
    {
        using var database = TestDatabase.Sqlite();
        SaveAndReadBack(database);
    }
}

public sealed class PostgresPlanStorageTests : PlanStorageTests
{
    [PostgresFact]
    public void SavePlan_OnPostgres_ReadsBackItsChoices()
    {
        using var database = TestDatabase.Postgres();
        SaveAndReadBack(database);
    }
}
