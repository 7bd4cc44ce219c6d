using System.Globalization;
using MathNet.Numerics.Distributions;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Journal;

/// <summary>
/// How episode days compare between days with and without one factor, counted only over the days on which the data that
/// decides the factor was logged (<see cref="UsableDays"/>). <see cref="RateRatio"/> and the interval are null when there
/// is not enough data (fewer than <see cref="Insights.MinDaysEachSide"/> days on either side); <see cref="Needed"/> then
/// says in words what more to log.
/// </summary>
public sealed record FactorResult(
    string Id,
    string Name,
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
    bool Significant,
    string? Needed)
{
    public int UsableDays => DaysWith + DaysWithout;
}

/// <summary>
/// The insights over one period. <see cref="From"/> and <see cref="To"/> are the days analysed: the chosen period
/// narrowed to its first and last logged day, so an entry far outside it cannot stretch it. <see cref="LoggedDays"/>
/// counts the days in it on which the person logged anything by hand (episode-free days count only on those).
/// </summary>
public sealed record InsightsReport(
    int Days,
    DateOnly? From,
    DateOnly? To,
    int EpisodeDays,
    IReadOnlyList<FactorResult> Factors,
    TrainingLoadReport TrainingLoad,
    IReadOnlyList<PatternFlag> Flags,
    IReadOnlyList<string> Summary)
{
    public DateOnly PeriodFrom { get; init; }

    public DateOnly PeriodTo { get; init; }

    public int LoggedDays { get; init; }

    public int Episodes { get; init; }

    /// <summary>The linked factors in words, strongest first ("On days after under 7 hours of sleep ...").</summary>
    public IReadOnlyList<string> Linked { get; init; } = [];

    /// <summary>Training-load warnings: the single-session rule first, then the acute:chronic ratio as a description.</summary>
    public IReadOnlyList<string> TrainingNotes { get; init; } = [];
}

/// <summary>
/// Compares days with and without each factor of spec/journal.md over a chosen period (by default the last
/// <see cref="DefaultPeriodDays"/> days). The outcome of a day is whether at least one episode was logged on it.
/// <para>Statistics: the rate ratio is the ratio of the two episode-day proportions, with a 95% interval of
/// log(RR) ± 1.96·SE, SE = √(1/a − 1/n₁ + 1/c − 1/n₀); when a cell of the 2×2 table is zero, 0.5 is added to every cell
/// (Haldane) for the ratio and its interval. The p-value is Fisher's exact test (two-sided), which stays honest with
/// the small counts of a few weeks' journal. A factor is significant when it survives Benjamini-Hochberg at
/// q = 0.05 over all factors with enough data, so testing eight factors does not find eight chances to be fooled,
/// and its 95% interval excludes 1.</para>
/// <para>Unlogged is not "without" (spec/journal.md, last section): a day counts only when the person logged something
/// by hand that day (a device's workout alone does not say they were keeping the journal), and for each factor only
/// when the data that decides it is there: a sleep entry for the night before, a caffeine entry (an explicit 0 mg
/// counts), a fluid entry, a stress entry. A day without workouts is a rest day, so no hard session; a workout without
/// an rpe leaves "hard session" unknown that day.</para>
/// </summary>
public sealed class Insights(KnowledgeBase knowledge, TimeProvider clock)
{
    public const int MinDaysEachSide = 3;
    public const int DefaultPeriodDays = 90;
    public const double FalseDiscoveryRate = 0.05;
    public const double ShortSleepHours = 7;
    public const double HighCaffeineMg = 400;
    public const int HardSessionRpe = 8;
    public const double LowFluidsLiters = 1.5;
    public const double LongWorkoutMinutes = 60;
    public const int HighStressLevel = 7;
    public const int NewMedicationDays = 14;

    /// <summary>The factors in report order: id, plain name, what a day with it is, the words for the summary sentence, and what must be logged.</summary>
    public static readonly IReadOnlyList<Factor> Factors =
    [
        new("short_sleep", "Short sleep", "the night before was under 7 hours", "after under 7 hours of sleep", "a sleep entry for the night before",
            (t, d) => t.SleepBefore[d] is { } hours ? hours < ShortSleepHours : null),
        new("high_caffeine", "Lots of caffeine", "400 mg of caffeine or more that day (about 4 cups of coffee)", "with 400 mg of caffeine or more",
            "a caffeine entry (log 0 mg on days without)", (t, d) => t.CaffeineMg[d] is { } mg ? mg >= HighCaffeineMg : null),
        new("hard_session", "Hard workout", "a workout that day you rated 8 or more out of 10 for effort", "with a hard workout (effort 8 or more out of 10)",
            "your workouts with how hard they felt (rpe)", (t, d) => t.HardSession[d]),
        new("low_fluids", "Little to drink", "under 1.5 litres of fluid logged that day", "when you drank under 1.5 litres", "what you drank",
            (t, d) => t.FluidsLiters[d] is { } liters ? liters < LowFluidsLiters : null),
        new("sweat_no_electrolytes", "Sweating without salts", "a workout of an hour or more, or in heat, and no electrolytes (salts) that day",
            "with a long or hot workout and no electrolytes", "your workouts and drinks, with electrolytes or not", (t, d) => t.SweatNoElectrolytes[d]),
        new("high_stress", "High stress", "stress 7 or more out of 10 that day", "with stress at 7 or more out of 10", "a stress entry",
            (t, d) => t.Stress[d] is { } level ? level >= HighStressLevel : null),
        new("training_spike", "Training load jump", "the last week's training load was 1.5 times or more your four-week average",
            "after your training load had jumped (last week 1.5 times your four-week average)", "four weeks of workouts with how hard they felt (rpe)",
            (t, d) => t.Load.Days[d].Ratio is { } r ? r >= TrainingLoad.SpikeRatio : null),
        new("new_medication", "New or changed medicine", "within 14 days of starting or stopping a medicine",
            "within two weeks of starting or stopping a medicine", "your medicines with the day you started (and stopped)", (t, d) => t.MedicationChange[d]),
    ];

    /// <summary>The default period: the last <see cref="DefaultPeriodDays"/> days up to today.</summary>
    public (DateOnly From, DateOnly To) DefaultPeriod(DateOnly? from, DateOnly? to)
    {
        var last = to ?? Today;
        return (from ?? last.AddDays(1 - DefaultPeriodDays), last);
    }

    private DateOnly Today => clock.Today();

    /// <summary>The insights of <paramref name="entries"/> over <paramref name="from"/>-<paramref name="to"/> (default: the last 90 days).</summary>
    public InsightsReport Analyze(IReadOnlyList<JournalEntry> entries, DateOnly? from = null, DateOnly? to = null)
    {
        var (periodFrom, periodTo) = DefaultPeriod(from, to);
        if (periodFrom > periodTo)
        {
            throw new ArgumentException($"The period starts ({JournalCodec.FormatDate(periodFrom)}) after it ends ({JournalCodec.FormatDate(periodTo)}).");
        }

        var flags = PatternFlags.Find(entries, Today, knowledge);
        var table = DayTable.Build(entries, periodFrom, periodTo);
        if (table is null)
        {
            var text = entries.Any(e => e is not MedicationEntry and not AssessmentEntry)
                ? $"Nothing was logged from {JournalCodec.FormatDate(periodFrom)} to {JournalCodec.FormatDate(periodTo)}. Choose another period, or log sleep, drinks, caffeine, stress, workouts and each episode for a few weeks."
                : "The journal is empty. Log sleep, drinks, caffeine, stress, workouts and each episode for a few weeks; then the insights compare days with and without each factor.";
            return new(0, null, null, 0, [], new([], []), flags, [text]) { PeriodFrom = periodFrom, PeriodTo = periodTo };
        }

        var results = Factors.Select(f => Compare(f, table)).ToList();
        results = MarkSignificant(results);
        var linked = Linked(results);
        var training = TrainingNotes(table);
        return new(table.Count, table.From, table.To, table.Episode.Count(e => e), results, table.Load, flags,
            Summarize(table, results, flags, linked, training))
        {
            PeriodFrom = periodFrom,
            PeriodTo = periodTo,
            LoggedDays = table.Logged.Count(l => l),
            Episodes = table.EpisodeCount,
            Linked = linked,
            TrainingNotes = training,
        };
    }

    private static FactorResult Compare(Factor factor, DayTable table)
    {
        int a = 0, n1 = 0, c = 0, n0 = 0;
        for (var d = 0; d < table.Count; d++)
        {
            // Episode-free days count only where the person was logging.
            switch (table.Logged[d] ? factor.Has(table, d) : null)
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
            return new(factor.Id, factor.Name, factor.Description, n1, n0, a, c, rateWith, rateWithout, null, null, null, null, false, false,
                Needed(factor, n1, n0));
        }

        var (ratio, low, high) = RateRatio(a, n1, c, n0);
        return new(factor.Id, factor.Name, factor.Description, n1, n0, a, c, rateWith, rateWithout, ratio, low, high, FisherExactP(a, n1, c, n0), true, false, null);
    }

    /// <summary>"Short sleep: 1 more day with it and 3 more without, each with a sleep entry for the night before."</summary>
    private static string Needed(Factor factor, int with, int without)
    {
        var parts = new List<string>();
        if (with < MinDaysEachSide)
        {
            parts.Add($"{DaysText(MinDaysEachSide - with)} more with it");
        }

        if (without < MinDaysEachSide)
        {
            parts.Add($"{DaysText(MinDaysEachSide - without)} more without it");
        }

        return $"{factor.Name}: {string.Join(" and ", parts)}, each with {factor.Needs} logged (so far {with} with, {without} without).";
    }

    internal static string DaysText(int n) => n == 1 ? "1 day" : $"{n} days";

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

    /// <summary>The linked factors in words, strongest first; the statistics stay in the factor results for a disclosure.</summary>
    private static List<string> Linked(List<FactorResult> results) =>
        results.Where(r => r.Significant).OrderByDescending(r => r.RateRatio).Select(r =>
        {
            var phrase = Factors.First(f => f.Id == r.Id).Phrase;
            var often = r.RateRatio >= 1 ? $"{Times(r.RateRatio!.Value)} as often" : $"less often ({Times(r.RateRatio!.Value)} as often)";
            return $"On days {phrase} you had episodes {often}: on {r.EpisodeDaysWith} of {r.DaysWith} such days, against {r.EpisodeDaysWithout} of {r.DaysWithout} other days.";
        }).ToList();

    /// <summary>"4 times", "1.5 times", "twice".</summary>
    public static string Times(double ratio) => ratio switch
    {
        >= 1.95 and < 2.05 => "twice",
        >= 10 => $"{ratio.ToString("0", CultureInfo.InvariantCulture)} times",
        _ => $"{ratio.ToString("0.#", CultureInfo.InvariantCulture)} times",
    };

    /// <summary>
    /// The single-session rule first (Frandsen et al., BJSM 2025), per sport with the size of the jump; then the
    /// acute:chronic ratio, described only, because its use as an injury predictor is disputed.
    /// </summary>
    private static List<string> TrainingNotes(DayTable table)
    {
        var lines = new List<string>();
        var recentFrom = table.To.AddDays(1 - TrainingLoad.LongSessionWindowDays);
        foreach (var s in table.Load.LongSessions.Where(s => s.Day >= recentFrom))
        {
            lines.Add($"Big jump in one session: your {s.Sport} on {JournalCodec.FormatDate(s.Day)} lasted {Number(s.Minutes)} min, {Number(s.IncreasePercent)}% longer " +
                $"than your longest {s.Sport} in the 30 days before ({Number(s.PreviousLongest)} min). " + TrainingLoad.SingleSessionEvidence);
        }

        if (table.Load.Latest is { Ratio: { } ratio } latest)
        {
            lines.Add($"Your last week's training load was {Number(ratio)} times your four-week average on {JournalCodec.FormatDate(latest.Day)}. " +
                TrainingLoad.RatioCaveat);
        }

        return lines;
    }

    private static List<string> Summarize(DayTable table, List<FactorResult> results, IReadOnlyList<PatternFlag> flags, List<string> linked, List<string> training)
    {
        var lines = new List<string>();
        foreach (var flag in flags)
        {
            lines.Add($"See a doctor: {flag.Text} (Your journal shows {flag.Evidence}.)");
        }

        lines.AddRange(linked);
        var tested = results.Count(r => r.EnoughData);
        var logged = table.Logged.Count(l => l);
        if (linked.Count == 0)
        {
            lines.Add(tested == 0
                ? $"Not enough data yet to compare anything: you logged on {DaysText(logged)} of this period."
                : $"Nothing goes with your episodes clearly enough yet ({tested} of {Factors.Count} factors compared over the {DaysText(logged)} you logged). " +
                  "A longer journal can show what a few weeks cannot.");
        }

        foreach (var thin in results.Where(r => !r.EnoughData))
        {
            lines.Add($"To compare {thin.Needed}");
        }

        lines.AddRange(training);
        if (linked.Count > 0)
        {
            lines.Add("These are patterns in your journal, not proof of cause; changing one thing at a time is the way to find out.");
        }

        return lines;
    }

    private static string Number(double? value) => value?.ToString(value >= 10 ? "0" : "0.0", CultureInfo.InvariantCulture) ?? "?";

    /// <summary>One factor: its id, plain name, what a day with it means, the summary's words, what must be logged, and a predicate (null = unknown on that day).</summary>
    public sealed record Factor(string Id, string Name, string Description, string Phrase, string Needs, Func<DayTable, int, bool?> Has);

    /// <summary>
    /// The period folded into one row per day, from the first to the last logged day in it. <see cref="Logged"/> marks the
    /// days the person logged anything by hand; the other columns are null where their data was not logged.
    /// </summary>
    public sealed class DayTable
    {
        private DayTable(DateOnly from, int count, TrainingLoadReport load)
        {
            From = from;
            Count = count;
            Load = load;
            Logged = new bool[count];
            SleepBefore = new double?[count];
            CaffeineMg = new double?[count];
            HardSession = new bool?[count];
            FluidsLiters = new double?[count];
            SweatNoElectrolytes = new bool[count];
            Stress = new int?[count];
            MedicationChange = new bool[count];
            Episode = new bool[count];
        }

        public DateOnly From { get; }

        public DateOnly To => From.AddDays(Count - 1);

        public int Count { get; }

        public TrainingLoadReport Load { get; }

        public bool[] Logged { get; }

        public double?[] SleepBefore { get; }

        public double?[] CaffeineMg { get; }

        public bool?[] HardSession { get; }

        public double?[] FluidsLiters { get; }

        public bool[] SweatNoElectrolytes { get; }

        public int?[] Stress { get; }

        public bool[] MedicationChange { get; }

        public bool[] Episode { get; }

        public int EpisodeCount { get; private set; }

        /// <summary>The day an entry speaks about: a night's sleep counts for the day after it.</summary>
        public static DateOnly DayOf(JournalEntry e) => e is SleepEntry s ? s.NightOf.AddDays(1) : e.Day;

        /// <summary>
        /// True for entries a person logs by hand while keeping the journal. A workout read from a watch's file is not:
        /// importing years of them says nothing about the days in between. Medicines and saved assessments are not either.
        /// </summary>
        public static bool IsLogging(JournalEntry e) => e switch
        {
            MedicationEntry or AssessmentEntry => false,
            WorkoutEntry w => w.Source is null or EntrySource.Manual or EntrySource.Csv,
            _ => true,
        };

        /// <summary>The table of <paramref name="from"/>-<paramref name="to"/> narrowed to its logged days; null when nothing was logged in it.</summary>
        public static DayTable? Build(IReadOnlyList<JournalEntry> entries, DateOnly from, DateOnly to)
        {
            DateOnly? first = null, last = null;
            foreach (var e in entries)
            {
                var day = DayOf(e);
                if (!IsLogging(e) || day < from || day > to)
                {
                    continue;
                }

                first = first is null || day < first ? day : first;
                last = last is null || day > last ? day : last;
            }

            if (first is not { } start || last is not { } end)
            {
                return null;
            }

            var workouts = entries.OfType<WorkoutEntry>().ToList();
            var table = new DayTable(start, end.DayNumber - start.DayNumber + 1, TrainingLoad.Compute(workouts, start, end));
            var electrolytes = new bool[table.Count];
            var sweaty = new bool[table.Count];
            var effortUnknown = new bool[table.Count];
            foreach (var e in entries)
            {
                if (e is MedicationEntry m)
                {
                    table.MarkMedicationChange(m.Started);
                    if (m.Stopped is { } stopped)
                    {
                        table.MarkMedicationChange(stopped);
                    }

                    continue;
                }

                var i = DayOf(e).DayNumber - start.DayNumber;
                if (i < 0 || i >= table.Count)
                {
                    continue;
                }

                table.Logged[i] |= IsLogging(e);
                switch (e)
                {
                    case SleepEntry s:
                        table.SleepBefore[i] = (table.SleepBefore[i] ?? 0) + s.Hours;
                        break;
                    case CaffeineEntry c:
                        table.CaffeineMg[i] = (table.CaffeineMg[i] ?? 0) + c.Mg;
                        break;
                    case FluidEntry f:
                        table.FluidsLiters[i] = (table.FluidsLiters[i] ?? 0) + f.Liters;
                        electrolytes[i] |= f.Electrolytes == true;
                        break;
                    case StressEntry s:
                        table.Stress[i] = Math.Max(table.Stress[i] ?? 0, s.Level);
                        break;
                    case WorkoutEntry w:
                        table.HardSession[i] = table.HardSession[i] == true || w.Rpe >= HardSessionRpe;
                        effortUnknown[i] |= w.Rpe is null;
                        sweaty[i] |= w.Minutes >= LongWorkoutMinutes || w.Hot == true;
                        electrolytes[i] |= w.Electrolytes == true;
                        break;
                    case EpisodeEntry:
                        table.Episode[i] = true;
                        table.EpisodeCount++;
                        break;
                }
            }

            for (var i = 0; i < table.Count; i++)
            {
                // No workout on a logged day is a rest day; a workout without an rpe leaves the effort unknown.
                table.HardSession[i] = table.HardSession[i] == true ? true : effortUnknown[i] ? null : false;
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
