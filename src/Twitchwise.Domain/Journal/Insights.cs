using System.Globalization;
using MathNet.Numerics.Distributions;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Journal;

/// <summary>
/// How episode days compare between days with and without one factor. <see cref="RateRatio"/> and the interval are
/// null when there is not enough data (fewer than <see cref="Insights.MinDaysEachSide"/> days on either side).
/// </summary>
public sealed record FactorResult(
    string Id,
    string Description,
    int DaysWith,
    int DaysWithout,
    int EpisodeDaysWith,
    int EpisodeDaysWithout,
    double? EpisodeRateWith,
    double? EpisodeRateWithout,
    double? RateRatio,
    double? CiLow,
    double? CiHigh,
    double? PValue,
    bool EnoughData,
    bool Significant);

public sealed record InsightsReport(
    int Days,
    DateOnly? From,
    DateOnly? To,
    int EpisodeDays,
    IReadOnlyList<FactorResult> Factors,
    TrainingLoadReport TrainingLoad,
    IReadOnlyList<PatternFlag> Flags,
    IReadOnlyList<string> Summary);

/// <summary>
/// Compares days with and without each factor of spec/journal.md. The outcome of a day is whether at least one
/// episode was logged on it; the journal runs from its first to its last logged day.
/// <para>Statistics: the rate ratio is the ratio of the two episode-day proportions, with a 95% interval of
/// log(RR) ± 1.96·SE, SE = √(1/a − 1/n₁ + 1/c − 1/n₀); when a cell of the 2×2 table is zero, 0.5 is added to every cell
/// (Haldane) for the ratio and its interval. The p-value is Fisher's exact test (two-sided), which stays honest with
/// the small counts of a few weeks' journal. A factor is significant when it survives Benjamini-Hochberg at
/// q = 0.05 over all factors with enough data, so testing eight factors does not find eight chances to be fooled,
/// and its 95% interval excludes 1.</para>
/// <para>Unknown is not "no": a day without a sleep entry for the night before, without a stress entry or without
/// any fluid logged is left out of that factor's comparison rather than counted as a day without it. Caffeine is the
/// exception: most days without coffee logged have none, so no caffeine logged counts as 0 mg.</para>
/// </summary>
public sealed class Insights(KnowledgeBase knowledge, TimeProvider clock)
{
    public const int MinDaysEachSide = 3;
    public const double FalseDiscoveryRate = 0.05;
    public const double ShortSleepHours = 7;
    public const double HighCaffeineMg = 400;
    public const int HardSessionRpe = 8;
    public const double LowFluidsLiters = 1.5;
    public const double LongWorkoutMinutes = 60;
    public const int HighStressLevel = 7;
    public const int NewMedicationDays = 14;

    /// <summary>The factors in report order: id, what a day with it is, and the words for the summary sentence.</summary>
    public static readonly IReadOnlyList<Factor> Factors =
    [
        new("short_sleep", "the night before was under 7 hours", "after less than 7 hours of sleep", (t, d) => t.SleepBefore[d] is { } hours ? hours < ShortSleepHours : null),
        new("high_caffeine", "400 mg of caffeine or more that day", "with 400 mg of caffeine or more", (t, d) => t.CaffeineMg[d] >= HighCaffeineMg),
        new("hard_session", "a workout that day with rpe 8 or more", "with a hard session (rpe 8 or more)", (t, d) => t.HardSession[d]),
        new("low_fluids", "under 1.5 litres of fluid logged that day", "with under 1.5 litres of fluid", (t, d) => t.FluidsLiters[d] is { } liters ? liters < LowFluidsLiters : null),
        new("sweat_no_electrolytes", "a workout of 60 minutes or more, or in heat, and no electrolytes that day",
            "with a long or hot workout and no electrolytes", (t, d) => t.SweatNoElectrolytes[d]),
        new("high_stress", "stress level 7 or more that day", "with stress at 7 or more", (t, d) => t.Stress[d] is { } level ? level >= HighStressLevel : null),
        new("training_spike", "the acute:chronic ratio of session load is 1.5 or more", "when your training load had spiked (acute:chronic 1.5 or more)",
            (t, d) => t.Load.Days[d].Ratio is { } r ? r >= TrainingLoad.SpikeRatio : null),
        new("new_medication", "within 14 days of starting or stopping a medicine", "within two weeks of starting or stopping a medicine",
            (t, d) => t.MedicationChange[d]),
    ];

    public InsightsReport Analyze(IReadOnlyList<JournalEntry> entries)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var flags = PatternFlags.Find(entries, today, knowledge);
        var table = DayTable.Build(entries);
        if (table is null)
        {
            return new(0, null, null, 0, [], new([], []), flags,
                ["The journal is empty. Log workouts, sleep, fluids, caffeine, stress and each episode for a few weeks; then the insights compare days with and without each factor."]);
        }

        var results = Factors.Select(f => Compare(f, table)).ToList();
        results = MarkSignificant(results);
        return new(table.Count, table.From, table.From.AddDays(table.Count - 1), table.Episode.Count(e => e), results, table.Load, flags,
            Summarize(table, results, flags));
    }

    private static FactorResult Compare(Factor factor, DayTable table)
    {
        int a = 0, n1 = 0, c = 0, n0 = 0;
        for (var d = 0; d < table.Count; d++)
        {
            switch (factor.Has(table, d))
            {
                case true:
                    n1++;
                    a += table.Episode[d] ? 1 : 0;
                    break;
                case false:
                    n0++;
                    c += table.Episode[d] ? 1 : 0;
                    break;
            }
        }

        double? rateWith = n1 > 0 ? (double)a / n1 : null;
        double? rateWithout = n0 > 0 ? (double)c / n0 : null;
        if (n1 < MinDaysEachSide || n0 < MinDaysEachSide)
        {
            return new(factor.Id, factor.Description, n1, n0, a, c, rateWith, rateWithout, null, null, null, null, false, false);
        }

        var (ratio, low, high) = RateRatio(a, n1, c, n0);
        return new(factor.Id, factor.Description, n1, n0, a, c, rateWith, rateWithout, ratio, low, high, FisherExactP(a, n1, c, n0), true, false);
    }

    /// <summary>Risk ratio of a/n1 over c/n0 with its 95% interval on the log scale; Haldane's 0.5 when a cell is zero.</summary>
    public static (double Ratio, double Low, double High) RateRatio(int a, int n1, int c, int n0)
    {
        double aa = a, nn1 = n1, cc = c, nn0 = n0;
        if (a == 0 || c == 0 || a == n1 || c == n0)
        {
            aa += 0.5;
            cc += 0.5;
            nn1 += 1;
            nn0 += 1;
        }

        var ratio = aa / nn1 / (cc / nn0);
        var se = Math.Sqrt(1 / aa - 1 / nn1 + 1 / cc - 1 / nn0);
        return (ratio, Math.Exp(Math.Log(ratio) - 1.96 * se), Math.Exp(Math.Log(ratio) + 1.96 * se));
    }

    /// <summary>Two-sided Fisher exact test: the probability of a table at least as unlikely as this one, margins fixed.</summary>
    public static double FisherExactP(int a, int n1, int c, int n0)
    {
        var total = n1 + n0;
        var episodes = a + c;
        var observed = Hypergeometric.PMF(total, episodes, n1, a);
        var p = 0.0;
        for (var x = Math.Max(0, n1 - (total - episodes)); x <= Math.Min(n1, episodes); x++)
        {
            var px = Hypergeometric.PMF(total, episodes, n1, x);
            // The relative tolerance keeps tables that are exactly as likely as the observed one despite rounding.
            if (px <= observed * (1 + 1e-7))
            {
                p += px;
            }
        }

        return Math.Min(1, p);
    }

    /// <summary>Benjamini-Hochberg step-up: reject the k smallest p-values where k is the largest with p₍ₖ₎ ≤ k·q/m.</summary>
    private static List<FactorResult> MarkSignificant(List<FactorResult> results)
    {
        var tested = results.Where(r => r.PValue is not null).OrderBy(r => r.PValue).ToList();
        var m = tested.Count;
        var cutoff = 0;
        for (var k = 1; k <= m; k++)
        {
            if (tested[k - 1].PValue <= k * FalseDiscoveryRate / m)
            {
                cutoff = k;
            }
        }

        // The interval must agree too: with a handful of days Fisher's test can pass while the interval still spans 1,
        // and "goes with your episodes, 95% interval 0.5-98" would contradict itself.
        var significant = tested.Take(cutoff).Where(r => r.CiLow > 1 || r.CiHigh < 1).Select(r => r.Id).ToHashSet();
        return results.Select(r => significant.Contains(r.Id) ? r with { Significant = true } : r).ToList();
    }

    private static List<string> Summarize(DayTable table, List<FactorResult> results, IReadOnlyList<PatternFlag> flags)
    {
        var lines = new List<string>();
        foreach (var flag in flags)
        {
            lines.Add($"See a doctor: {flag.Text} (Your journal shows {flag.Evidence}.)");
        }

        var found = results.Where(r => r.Significant).OrderByDescending(r => r.RateRatio).ToList();
        foreach (var r in found)
        {
            var phrase = Factors.First(f => f.Id == r.Id).Phrase;
            var direction = r.RateRatio >= 1 ? "" : " (that is, less often)";
            lines.Add($"On days {phrase} you had episodes {Number(r.RateRatio)} times as often{direction}, 95% interval {Number(r.CiLow)}-{Number(r.CiHigh)}: " +
                $"{r.EpisodeDaysWith} of {r.DaysWith} days against {r.EpisodeDaysWithout} of {r.DaysWithout}.");
        }

        var tested = results.Count(r => r.EnoughData);
        if (found.Count == 0)
        {
            lines.Add(tested == 0
                ? $"Not enough data yet to compare any factor over your {table.Count} day{(table.Count == 1 ? "" : "s")}."
                : $"No factor goes with your episodes clearly enough yet ({tested} factor{(tested == 1 ? "" : "s")} compared over {table.Count} days). " +
                  "A longer journal can show what a few weeks cannot.");
        }

        var thin = results.Where(r => !r.EnoughData).ToList();
        if (thin.Count > 0)
        {
            lines.Add($"Not enough data for {string.Join(", ", thin.Select(r => $"{r.Id} ({r.DaysWith} with, {r.DaysWithout} without)"))}: " +
                $"each needs at least {MinDaysEachSide} days with it and {MinDaysEachSide} without.");
        }

        if (table.Load.Latest is { Ratio: { } ratio } latest && latest.Spike)
        {
            lines.Add($"Training spike now: your last 7 days' load is {Number(ratio)} times your 28-day average (1.5 or more raises the risk of injury). Ease back for a few days.");
        }

        var recentLong = table.Load.LongSessions.Where(s => s.Day.DayNumber > table.From.DayNumber + table.Count - 1 - TrainingLoad.LongSessionWindowDays).ToList();
        foreach (var s in recentLong)
        {
            lines.Add($"Long session on {JournalCodec.FormatDate(s.Day)}: {Number(s.Minutes)} min of {s.Sport}, {Number(s.IncreasePercent)}% longer than your longest in the 30 days before " +
                "(more than 10% raises the risk of overuse injury).");
        }

        if (found.Count > 0)
        {
            lines.Add("These are patterns in your journal, not proof of cause; changing one factor at a time is the way to find out.");
        }

        return lines;
    }

    private static string Number(double? value) => value?.ToString(value >= 10 ? "0" : "0.0", CultureInfo.InvariantCulture) ?? "?";

    /// <summary>One factor: its id, what a day with it means, and a predicate (null = unknown on that day).</summary>
    public sealed record Factor(string Id, string Description, string Phrase, Func<DayTable, int, bool?> Has);

    /// <summary>The journal folded into one row per day, from the first to the last logged day.</summary>
    public sealed class DayTable
    {
        private DayTable(DateOnly from, int count, TrainingLoadReport load)
        {
            From = from;
            Count = count;
            Load = load;
            SleepBefore = new double?[count];
            CaffeineMg = new double[count];
            HardSession = new bool[count];
            FluidsLiters = new double?[count];
            SweatNoElectrolytes = new bool[count];
            Stress = new int?[count];
            MedicationChange = new bool[count];
            Episode = new bool[count];
        }

        public DateOnly From { get; }

        public int Count { get; }

        public TrainingLoadReport Load { get; }

        public double?[] SleepBefore { get; }

        public double[] CaffeineMg { get; }

        public bool[] HardSession { get; }

        public double?[] FluidsLiters { get; }

        public bool[] SweatNoElectrolytes { get; }

        public int?[] Stress { get; }

        public bool[] MedicationChange { get; }

        public bool[] Episode { get; }

        public static DayTable? Build(IReadOnlyList<JournalEntry> entries)
        {
            DateOnly? first = null, last = null;
            foreach (var e in entries)
            {
                // Medicines and saved assessments can date from long before the journal was kept; they do not widen it.
                if (e is MedicationEntry or AssessmentEntry)
                {
                    continue;
                }

                var day = e is SleepEntry s ? s.NightOf.AddDays(1) : e.Day;
                first = first is null || day < first ? day : first;
                last = last is null || day > last ? day : last;
            }

            if (first is not { } from || last is not { } to)
            {
                return null;
            }

            var workouts = entries.OfType<WorkoutEntry>().ToList();
            var table = new DayTable(from, to.DayNumber - from.DayNumber + 1, TrainingLoad.Compute(workouts, from, to));
            var electrolytes = new bool[table.Count];
            var sweaty = new bool[table.Count];
            foreach (var e in entries)
            {
                var i = (e is SleepEntry ? e.Day.AddDays(1) : e.Day).DayNumber - from.DayNumber;
                if (e is not MedicationEntry && (i < 0 || i >= table.Count))
                {
                    continue;
                }

                switch (e)
                {
                    case SleepEntry s:
                        table.SleepBefore[i] = (table.SleepBefore[i] ?? 0) + s.Hours;
                        break;
                    case CaffeineEntry c:
                        table.CaffeineMg[i] += c.Mg;
                        break;
                    case FluidEntry f:
                        table.FluidsLiters[i] = (table.FluidsLiters[i] ?? 0) + f.Liters;
                        electrolytes[i] |= f.Electrolytes == true;
                        break;
                    case StressEntry s:
                        table.Stress[i] = Math.Max(table.Stress[i] ?? 0, s.Level);
                        break;
                    case WorkoutEntry w:
                        table.HardSession[i] |= w.Rpe >= HardSessionRpe;
                        sweaty[i] |= w.Minutes >= LongWorkoutMinutes || w.Hot == true;
                        electrolytes[i] |= w.Electrolytes == true;
                        break;
                    case EpisodeEntry:
                        table.Episode[i] = true;
                        break;
                    case MedicationEntry m:
                        table.MarkMedicationChange(m.Started);
                        if (m.Stopped is { } stopped)
                        {
                            table.MarkMedicationChange(stopped);
                        }

                        break;
                }
            }

            for (var i = 0; i < table.Count; i++)
            {
                table.SweatNoElectrolytes[i] = sweaty[i] && !electrolytes[i];
            }

            return table;
        }

        private void MarkMedicationChange(DateOnly day)
        {
            var start = Math.Max(0, day.DayNumber - From.DayNumber);
            var end = Math.Min(Count, day.DayNumber - From.DayNumber + NewMedicationDays);
            for (var i = start; i < end; i++)
            {
                MedicationChange[i] = true;
            }
        }
    }
}
