using System.Globalization;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Plans;

/// <summary>
/// How a planned session went, read from the journal: a workout of the same sport that day within 10% of the plan is
/// done, below it shorter, above it longer; none is missed. Sessions from today on are due (today) or planned.
/// </summary>
public enum SessionStatus
{
    Done,
    Shorter,
    Longer,
    Missed,
    Due,
    Planned,
}

/// <summary>
/// One dated session of a plan. <see cref="Number"/> counts from 1 at the plan's first session and names the session
/// for good (calendar UIDs), even when missed weeks move it. <see cref="Note"/> says why it differs from the template
/// (held by the single-session rule, a week repeated, the beginner level). <see cref="JumpPercent"/> is set when the
/// logged workout was more than 10% longer than the person's longest of that sport in the 30 days before.
/// </summary>
public sealed record PlanSession(
    int Number,
    DateOnly Day,
    int Week,
    int Step,
    string Sport,
    double Minutes,
    string Text,
    IReadOnlyList<string> Sources,
    IReadOnlyList<PlanRoutine> Routines,
    SessionStatus Status,
    double? LoggedMinutes,
    string? Note,
    double? JumpPercent);

/// <summary>A plan as of <see cref="Today"/>: its past sessions as they went, the ones ahead as they are planned now.</summary>
public sealed record TrainingPlan(
    PlanTemplate Template,
    DateOnly Start,
    IReadOnlyList<DayOfWeek> Days,
    DateOnly Today,
    IReadOnlyList<PlanSession> Sessions,
    IReadOnlyList<string> Notes,
    string? Paused,
    IReadOnlyList<PlanCriterion> WaitingFor,
    bool Finished)
{
    /// <summary>The next session to do (today's if not yet logged); none while the plan is paused.</summary>
    public PlanSession? Next => Paused is null ? Sessions.FirstOrDefault(s => s.Status is SessionStatus.Due or SessionStatus.Planned) : null;
}

/// <summary>
/// Makes a dated plan from a template, the days a person can train, a start day and their journal. Pure: the same
/// inputs give the same plan, so a plan is never stored as sessions, only as its choices, and is remade on every read.
/// <para>The single-session rule (Frandsen et al., BJSM 2025; <see cref="TrainingLoad.LongSessionFactor"/>): no session is
/// planned longer than 110% of the longest of the same sport in the 30 days before it, counting what the journal holds
/// and the sessions planned from today on. The plan's first session is the template's own start, and a session with
/// nothing of its sport logged or planned in the 30 days before goes back to the template's beginner level: unknown
/// history is not taken as fitness.</para>
/// <para>A week moves the plan one step on only when all its sessions were done (or longer) at full length; a missed or
/// shorter session, or one held back by the rule, repeats the week, so the plan moves instead of doubling up. A step
/// with criteria opens only once each is logged as met. A latest assessment above self-care pauses the plan.</para>
/// </summary>
public sealed class PlanEngine(PlanLibrary library)
{
    /// <summary>Done means within 10% of the planned length either way.</summary>
    private const double Tolerance = 0.10;

    /// <summary>A bound on the weeks laid out (ten years); the weeks ahead are bounded by the template's length.</summary>
    private const int MaxWeeks = 520;

    public const string SeeADoctorFirst = "See a doctor first";

    /// <summary>Checks the days a person chose against a template; null when they fit, else what is wrong in words.</summary>
    public static string? CheckDays(IReadOnlyList<DayOfWeek> days, int sessionsPerWeek, bool noConsecutiveDays)
    {
        if (days.Count == 0)
        {
            return "choose at least one day to train on";
        }

        if (days.Distinct().Count() != days.Count)
        {
            return "a day is named twice";
        }

        if (days.Count > sessionsPerWeek)
        {
            return $"this plan has at most {sessionsPerWeek} sessions a week; choose at most {sessionsPerWeek} days";
        }

        if (noConsecutiveDays && days.Count > 1)
        {
            var sorted = days.Select(d => (int)d).Order().ToList();
            for (var i = 0; i < sorted.Count; i++)
            {
                var next = i + 1 < sorted.Count ? sorted[i + 1] : sorted[0] + 7;
                if (next - sorted[i] == 1)
                {
                    return $"this plan needs a rest day between sessions, but {PlanLoader.DayName((DayOfWeek)sorted[i])} and " +
                        $"{PlanLoader.DayName((DayOfWeek)(next % 7))} follow each other";
                }
            }
        }

        return null;
    }

    /// <summary>The latest saved assessment's level, when it is above self-care: what pauses a plan, in words.</summary>
    public static string? PauseReason(IEnumerable<JournalEntry> journal)
    {
        var latest = journal.OfType<AssessmentEntry>().OrderBy(a => a.At).LastOrDefault();
        if (latest is null || LevelOf(latest.Level) is not { } level || level <= TriageLevel.SelfCare)
        {
            return null;
        }

        return $"{SeeADoctorFirst}: your latest assessment, on {JournalCodec.FormatDate(latest.Day)}, was at the '{latest.Level}' level. " +
            "The plan is paused and plans no sessions until a new assessment ('twitchwise assess --save') is at the self_care level.";
    }

    public TrainingPlan Make(
        PlanTemplate template,
        DateOnly start,
        IReadOnlyList<DayOfWeek> days,
        DateOnly today,
        IReadOnlyList<JournalEntry> journal,
        IReadOnlyDictionary<string, DateOnly> criteriaMet)
    {
        if (CheckDays(days, template.SessionsPerWeek, template.NoConsecutiveDays) is { } problem)
        {
            throw new ArgumentException(problem, nameof(days));
        }

        var workouts = journal.OfType<WorkoutEntry>().ToList();
        var paused = PauseReason(journal);
        var sessions = new List<PlanSession>();
        var notes = new List<string>();
        var step = -1;
        var repeatWhy = (string?)null;
        var waiting = new List<PlanCriterion>();
        var finished = false;
        var futureWeeks = 0;
        int? lastWeek = null;
        for (var week = 0; week < MaxWeeks && !finished && !(week > lastWeek); week++)
        {
            var weekStart = start.AddDays(7 * week);
            var weekEnd = weekStart.AddDays(6);
            if (weekStart > today && ++futureWeeks > template.Steps.Count * 2 + 4)
            {
                break;
            }

            var weekDays = Enumerable.Range(0, 7).Select(weekStart.AddDays).Where(d => days.Contains(d.DayOfWeek)).ToList();
            var full = true;
            var stopped = false;
            for (var i = 0; i < weekDays.Count; i++)
            {
                var day = weekDays[i];
                if (paused is not null && day >= today)
                {
                    stopped = true;
                    break;
                }

                if (step < 0)
                {
                    step = StartStep(template, day, workouts, notes);
                }

                var s = template.Steps[step];
                var wanted = template.LongDay && i < weekDays.Count - 1 && weekDays.Count > 1 ? s.EasyMinutes ?? s.Minutes : s.Minutes;
                var (minutes, note) = Length(template, s.Sport, wanted, day, today, workouts, sessions);
                full &= minutes >= wanted;
                note = Join(repeatWhy is not null && i == 0 ? repeatWhy : null, note);
                var (status, logged, jump) = Outcome(s.Sport, minutes, day, today, workouts);
                full &= status is SessionStatus.Done or SessionStatus.Longer or SessionStatus.Due or SessionStatus.Planned;
                sessions.Add(new(sessions.Count + 1, day, week + 1, step + 1, s.Sport, minutes, s.TextFor(minutes), s.Sources, library.RoutinesFor(minutes),
                    status, logged, note, jump));
            }

            if (stopped)
            {
                break;
            }

            if (weekDays.Count == 0 || step < 0)
            {
                continue;
            }

            repeatWhy = null;
            waiting = [];
            var weekSessions = sessions.Where(x => x.Week == week + 1).ToList();
            if (!full)
            {
                repeatWhy = weekSessions.Any(x => x.Status == SessionStatus.Missed) ? $"Week {week + 1} is repeated: a session was missed."
                    : weekSessions.Any(x => x.Status == SessionStatus.Shorter) ? $"Week {week + 1} is repeated: a session was shorter than planned."
                    : $"Week {week + 1} is repeated: a session was held back by the single-session rule.";
                continue;
            }

            if (step == template.Steps.Count - 1)
            {
                finished = true;
                break;
            }

            var unmet = template.Steps[step + 1].Criteria
                .Where(c => !criteriaMet.TryGetValue(c, out var met) || met > weekEnd)
                .Select(c => library.Criterion(c)!).ToList();
            if (unmet.Count == 0)
            {
                step++;
                continue;
            }

            waiting = unmet;
            repeatWhy = $"Week {week + 1} is repeated: the next stage opens when you log that you can do what it needs.";
            if (weekEnd >= today)
            {
                // Nothing later can be planned until the criteria are met; one repeated week is enough to show.
                lastWeek ??= week + 1;
            }
        }

        if (paused is not null)
        {
            notes.Add(paused);
        }

        return new(template, start, days, today, sessions, notes, paused, waiting, finished);
    }

    /// <summary>
    /// The step a plan starts on. With nothing of the sport in the 30 days before, the first (the beginner level); with
    /// a history, as far on as the rule allows without passing a step that needs criteria (a returning runner need not
    /// start from scratch, but never skips a test).
    /// </summary>
    private static int StartStep(PlanTemplate template, DateOnly day, List<WorkoutEntry> workouts, List<string> notes)
    {
        var first = template.Steps[0];
        var longest = Longest(workouts, first.Sport, day);
        if (longest is null)
        {
            notes.Add($"Nothing of the sport '{first.Sport}' is logged in the 30 days before the first session, so the plan starts at its " +
                "beginner level. Not logging is not the same as not training: if you have trained, log or import it and the plan will start further on.");
            return 0;
        }

        var step = 0;
        while (step + 1 < template.Steps.Count && template.Steps[step + 1] is { Criteria.Count: 0 } next && next.Sport == first.Sport
            && next.Minutes <= longest * TrainingLoad.LongSessionFactor)
        {
            step++;
        }

        notes.Add($"Your longest {first.Sport} in the 30 days before the first session was {Number(longest.Value)} min, so the plan starts at week {step + 1} of the template.");
        return step;
    }

    /// <summary>The session's length after the single-session rule, and why it is shorter than the template's when it is.</summary>
    private static (double Minutes, string? Note) Length(
        PlanTemplate template, string sport, double wanted, DateOnly day, DateOnly today, List<WorkoutEntry> workouts, List<PlanSession> planned)
    {
        // Done is what the journal holds; planned counts only sessions still ahead (a missed one was never run).
        var plannedLongest = planned.Where(p => p.Sport == sport && p.Day >= today && p.Day < day && p.Day >= day.AddDays(-TrainingLoad.LongSessionWindowDays)
                && p.Status is SessionStatus.Due or SessionStatus.Planned)
            .Select(p => (double?)p.Minutes).Max();
        var longest = Max(Longest(workouts, sport, day), plannedLongest);
        if (planned.Count == 0)
        {
            // The template's own first session: the plan has to start somewhere (StartStep chose it from the history).
            return (wanted, null);
        }

        if (longest is null)
        {
            var beginner = Math.Min(wanted, template.BeginnerMinutes(sport));
            return (beginner, beginner < wanted
                ? $"Nothing of the sport '{sport}' in the 30 days before, so this is back at the beginner level ({Number(beginner)} min, not {Number(wanted)})."
                : null);
        }

        var cap = longest.Value * TrainingLoad.LongSessionFactor;
        if (wanted <= cap)
        {
            return (wanted, null);
        }

        var minutes = Math.Floor(cap) >= 1 ? Math.Floor(cap) : cap;
        return (minutes, $"Held at {Number(minutes)} min, not {Number(wanted)}: your longest {sport} in the 30 days before is {Number(longest.Value)} min, " +
            "and a session more than 10% longer than that comes with more injuries (Frandsen et al., BJSM 2025).");
    }

    private static (SessionStatus Status, double? Logged, double? Jump) Outcome(string sport, double minutes, DateOnly day, DateOnly today, List<WorkoutEntry> workouts)
    {
        var logged = workouts.Where(w => w.Sport == sport && w.Day == day).Select(w => (double?)w.Minutes).Max();
        if (logged is null)
        {
            return (day < today ? SessionStatus.Missed : day == today ? SessionStatus.Due : SessionStatus.Planned, null, null);
        }

        var before = Longest(workouts, sport, day);
        double? jump = before is { } b && logged > b * TrainingLoad.LongSessionFactor ? (logged.Value / b - 1) * 100 : null;
        var status = logged < minutes * (1 - Tolerance) ? SessionStatus.Shorter
            : logged > minutes * (1 + Tolerance) ? SessionStatus.Longer
            : SessionStatus.Done;
        return (status, logged, jump);
    }

    /// <summary>The longest logged session of a sport in the 30 days before <paramref name="day"/> (not that day).</summary>
    private static double? Longest(List<WorkoutEntry> workouts, string sport, DateOnly day) =>
        workouts.Where(w => w.Sport == sport && w.Day < day && w.Day >= day.AddDays(-TrainingLoad.LongSessionWindowDays))
            .Select(w => (double?)w.Minutes).Max();

    private static double? Max(double? a, double? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static string? Join(string? a, string? b) => a is null ? b : b is null ? a : a + " " + b;

    internal static TriageLevel? LevelOf(string level) => level switch
    {
        "self_care" => TriageLevel.SelfCare,
        "doctor" => TriageLevel.Doctor,
        "urgent" => TriageLevel.Urgent,
        "emergency" => TriageLevel.Emergency,
        _ => null,
    };

    public static string Number(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);
}
