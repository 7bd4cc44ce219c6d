namespace Twitchwise.Domain.Journal;

/// <summary>The training load of one day: that day's load and the smoothed loads and flags as of its end.</summary>
public sealed record TrainingLoadDay(DateOnly Day, double Load, double Acute, double Chronic, double? Ratio, bool Spike, bool LongSession);

/// <summary>A session more than 10% longer than the longest of the same sport in the 30 days before it.</summary>
public sealed record LongSession(DateOnly Day, string Sport, double Minutes, double PreviousLongest)
{
    public double IncreasePercent => (Minutes / PreviousLongest - 1) * 100;
}

public sealed record TrainingLoadReport(IReadOnlyList<TrainingLoadDay> Days, IReadOnlyList<LongSession> LongSessions)
{
    public TrainingLoadDay? Latest => Days.Count > 0 ? Days[^1] : null;
}

/// <summary>
/// Session load and the acute:chronic workload ratio (Gabbett, BJSM 2016), and single sessions that outgrow the
/// recent longest one (Frandsen et al., BJSM 2025).
/// <para>Session load = rpe x minutes (Foster's session-RPE); a day's load is the sum of its sessions; sessions without
/// an rpe add nothing, because a guessed effort would make the ratio look surer than it is.</para>
/// <para>Acute and chronic loads are exponentially weighted moving averages (Williams et al., BJSM 2017):
/// <c>ewma[d] = λ·load[d] + (1 − λ)·ewma[d − 1]</c> with <c>λ = 2 / (N + 1)</c>, N = 7 days (acute) and 28 (chronic),
/// starting from 0 on the first day of the journal. Rest days count as load 0. The ratio acute / chronic is only
/// given from the 28th day on, when the chronic average has seen a whole window; before that it is dominated by the
/// zero start and would flag every beginner.</para>
/// </summary>
public static class TrainingLoad
{
    public const int AcuteDays = 7;
    public const int ChronicDays = 28;
    public const double SpikeRatio = 1.5;
    public const int LongSessionWindowDays = 30;
    public const double LongSessionFactor = 1.10;

    /// <summary>What the single-session rule rests on, in one sentence.</summary>
    public const string SingleSessionEvidence =
        "In a study of 5,200 runners, a run more than 10% longer than the longest of the 30 days before came with more injuries: " +
        "1.64 times the rate for 10-30% longer, 2.28 times for more than double (Frandsen et al., BJSM 2025).";

    /// <summary>The acute:chronic ratio is shown as a description, never as a warning on its own.</summary>
    public const string RatioCaveat =
        "This ratio only describes your training: whether it predicts injury is disputed (Impellizzeri et al., Sports Med 2020).";

    public static double Lambda(int days) => 2.0 / (days + 1);

    /// <summary>One row per day from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    public static TrainingLoadReport Compute(IEnumerable<WorkoutEntry> workouts, DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return new([], []);
        }

        var all = workouts.ToList();
        var count = to.DayNumber - from.DayNumber + 1;
        var loads = new double[count];
        var sessions = all.Where(w => w.Day >= from && w.Day <= to).OrderBy(w => w.Start).ToList();
        foreach (var w in sessions)
        {
            loads[w.Day.DayNumber - from.DayNumber] += w.Load ?? 0;
        }

        // The 30 days before the period count as the reference for its first sessions.
        var longSessions = FindLongSessions(all.Where(w => w.Day >= from.AddDays(-LongSessionWindowDays) && w.Day <= to).OrderBy(w => w.Start).ToList())
            .Where(s => s.Day >= from).ToList();
        var longDays = longSessions.Select(s => s.Day).ToHashSet();
        var acuteLambda = Lambda(AcuteDays);
        var chronicLambda = Lambda(ChronicDays);
        double acute = 0, chronic = 0;
        var days = new TrainingLoadDay[count];
        for (var i = 0; i < count; i++)
        {
            acute = acuteLambda * loads[i] + (1 - acuteLambda) * acute;
            chronic = chronicLambda * loads[i] + (1 - chronicLambda) * chronic;
            double? ratio = i >= ChronicDays - 1 && chronic > 0 ? acute / chronic : null;
            var day = from.AddDays(i);
            days[i] = new(day, loads[i], acute, chronic, ratio, ratio >= SpikeRatio, longDays.Contains(day));
        }

        return new(days, longSessions);
    }

    /// <summary>
    /// Sessions longer than 110% of the longest session of the same sport in the 30 days before (not counting the same
    /// day). Per sport because a long ride says nothing about a run; a first session has nothing to compare with.
    /// </summary>
    private static List<LongSession> FindLongSessions(List<WorkoutEntry> sessions)
    {
        var found = new List<LongSession>();
        foreach (var sport in sessions.GroupBy(s => s.Sport))
        {
            var list = sport.ToList();
            var windowStart = 0;
            for (var i = 0; i < list.Count; i++)
            {
                var day = list[i].Day;
                while (list[windowStart].Day.DayNumber < day.DayNumber - LongSessionWindowDays)
                {
                    windowStart++;
                }

                var longest = 0.0;
                for (var j = windowStart; j < i && list[j].Day < day; j++)
                {
                    longest = Math.Max(longest, list[j].Minutes);
                }

                if (longest > 0 && list[i].Minutes > longest * LongSessionFactor)
                {
                    found.Add(new(day, sport.Key, list[i].Minutes, longest));
                }
            }
        }

        return found.OrderBy(s => s.Day).ToList();
    }
}
