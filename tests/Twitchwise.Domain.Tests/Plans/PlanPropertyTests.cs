using FsCheck;
using FsCheck.Fluent;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Plans;

namespace Twitchwise.Domain.Tests.Plans;

/// <summary>The single-session rule holds for every plan, over 10,000 random journals, templates, days and start days.</summary>
public sealed class PlanPropertyTests
{
    private const int Runs = 10_000;
    private static readonly PlanLibrary Library = PlanLibrary.Default;
    private static readonly PlanEngine Engine = new(Library);
    private static readonly DateOnly Today = new(2026, 6, 15);
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(Runs).WithQuietOnSuccess(true);

    /// <summary>
    /// A random history: up to 40 sessions of run, walk or cycle from 70 days before today to 10 after (a watch can
    /// import a workout dated later than the plan's "today"), 1 to 200 minutes, several on one day allowed.
    /// </summary>
    private static readonly Gen<WorkoutEntry[]> Histories =
        Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(
            Gen.Choose(-70, 10).SelectMany(day => Gen.Elements("run", "walk", "cycle").SelectMany(sport => Gen.Choose(1, 200).Select(minutes =>
                new WorkoutEntry(new DateTimeOffset(Today.AddDays(day).ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero), sport, minutes)))), n));

    private sealed record Case(PlanTemplate Template, DayOfWeek[] Days, DateOnly Start, WorkoutEntry[] History, Dictionary<string, DateOnly> Met);

    private static readonly Gen<Case> Cases =
        from template in Gen.Elements(Library.Templates.ToArray())
        from picks in Gen.ArrayOf(Gen.Elements(true, false), template.DefaultDays.Count)
        from startOffset in Gen.Choose(-60, 7)
        from history in Histories
        from metPicks in Gen.ArrayOf(Gen.Choose(-80, 20), Library.Criteria.Count)
        let days = template.DefaultDays.Where((_, i) => picks[i]).DefaultIfEmpty(template.DefaultDays[0]).ToArray()
        let met = Library.Criteria.Select((c, i) => (c.Id, Offset: metPicks[i])).Where(m => m.Offset < 0 || m.Offset % 2 == 0)
            .ToDictionary(m => m.Id, m => Today.AddDays(m.Offset))
        select new Case(template, days, Today.AddDays(startOffset), history, met);

    [Fact]
    public void Make_AnyHistory_NoSessionIsLongerThan110PercentOfTheLongestOfItsSportInThe30DaysBefore()
    {
        var runs = 0;
        var checkedSessions = 0;
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            runs++;
            var plan = Engine.Make(c.Template, c.Start, c.Days, Today, c.History, c.Met);
            var ahead = plan.Sessions.Where(s => s.Status is SessionStatus.Due or SessionStatus.Planned).ToList();
            foreach (var s in plan.Sessions.Skip(1))
            {
                // What the person did (the journal) and, for sessions still ahead, what the plan asks of them before.
                var from = s.Day.AddDays(-TrainingLoad.LongSessionWindowDays);
                var done = c.History.Where(w => w.Sport == s.Sport && w.Day >= from && w.Day < s.Day).Select(w => w.Minutes);
                var planned = s.Day >= Today ? ahead.Where(p => p.Sport == s.Sport && p.Day >= from && p.Day < s.Day).Select(p => p.Minutes) : [];
                var longest = done.Concat(planned).DefaultIfEmpty(0).Max();
                if (longest > 0)
                {
                    Assert.True(s.Minutes <= longest * 1.10 + 1e-9,
                        $"{c.Template.Id} session {s.Number} on {s.Day}: {s.Minutes} min {s.Sport}, longest of the 30 days before {longest}");
                }
                else
                {
                    // Nothing to go on is not fitness: back at the template's beginner level.
                    Assert.True(s.Minutes <= c.Template.BeginnerMinutes(s.Sport), $"{c.Template.Id} session {s.Number}: {s.Minutes} min with no history");
                }

                checkedSessions++;
            }

            // The plan moves one step at a time, on the chosen days only, in order.
            Assert.All(plan.Sessions.Zip(plan.Sessions.Skip(1)), p =>
            {
                Assert.True(p.Second.Day > p.First.Day);
                Assert.InRange(p.Second.Step - p.First.Step, 0, 1);
            });
            Assert.All(plan.Sessions, s => Assert.Contains(s.Day.DayOfWeek, c.Days));
        }).Check(Config);

        Assert.Equal(Runs, runs);
        Assert.True(checkedSessions > Runs * 5, $"only {checkedSessions} sessions checked");
    }
}
