using System.Globalization;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Report;

/// <summary>One row of the frequency table: a week (or a month, for long periods) and what was logged in it.</summary>
public sealed record ReportPeriodRow(string Label, int LoggedDays, int Episodes, double? LongestSeconds, int? WorstPain);

/// <summary>A section of the report: a title and its lines; a section with nothing to report says so in its one line.</summary>
public sealed record ReportSection(string Id, string Title, IReadOnlyList<string> Lines, bool Empty);

/// <summary>
/// The one-page summary to take to a doctor (issue 15): who and when, the period, an episode timeline, frequency and
/// longest episode by week, where, the journal's own flags, the linked factors in plain numbers, medicines started or
/// changed, the latest assessment with its level and reasons, and the warning signs answered no. The sections follow the
/// International Patient Summary's habit: a section with no information says so rather than disappearing. No internal
/// ids: every label is the words a person or a doctor reads.
/// </summary>
public sealed record DoctorReport(
    string Title,
    string? Name,
    DateOnly Prepared,
    DateOnly From,
    DateOnly To,
    string Overview,
    DateOnly? ChartFrom,
    IReadOnlyList<int> EpisodesPerDay,
    IReadOnlyList<bool> LoggedPerDay,
    string RowUnit,
    IReadOnlyList<ReportPeriodRow> Rows,
    IReadOnlyList<ReportSection> Sections,
    string Footer)
{
    public const string ReportTitle = "Muscle twitches and cramps: summary for the doctor";

    /// <summary>More rows than this and the table groups by month: the report must stay one page.</summary>
    public const int MaxRows = 14;

    public static DoctorReport Build(IReadOnlyList<JournalEntry> entries, InsightsReport insights, KnowledgeBase knowledge, DateOnly prepared, string? name)
    {
        var from = insights.PeriodFrom;
        var to = insights.PeriodTo;
        var episodes = entries.OfType<EpisodeEntry>().Where(e => e.Day >= from && e.Day <= to).OrderBy(e => e.At).ToList();
        var logged = insights.From is { } f && insights.To is { } t ? (f, t) : ((DateOnly, DateOnly)?)null;
        var loggedDays = entries.Where(Insights.DayTable.IsLogging).Select(Insights.DayTable.DayOf).Where(d => d >= from && d <= to).ToHashSet();

        var perDay = new List<int>();
        var loggedPerDay = new List<bool>();
        if (logged is var (chartFrom, chartTo))
        {
            var counts = episodes.CountBy(e => e.Day).ToDictionary();
            for (var d = chartFrom; d <= chartTo; d = d.AddDays(1))
            {
                perDay.Add(counts.GetValueOrDefault(d));
                loggedPerDay.Add(loggedDays.Contains(d));
            }
        }

        var (unit, rows) = PeriodRows(logged, episodes, loggedDays);
        var longest = episodes.Where(e => e.Seconds is not null).MaxBy(e => e.Seconds);
        var worst = episodes.Where(e => e.Pain is not null).MaxBy(e => e.Pain);
        var overview = episodes.Count == 0
            ? $"No episodes logged from {Date(from)} to {Date(to)}; something was logged on {Days(loggedDays.Count)}."
            : $"{Count(episodes.Count, "episode")} on {Days(episodes.Select(e => e.Day).Distinct().Count())} of the {Days(loggedDays.Count)} with entries" +
              $" ({Date(episodes[0].Day)} to {Date(episodes[^1].Day)})." +
              (longest is null ? "" : $" Longest: {Seconds(longest.Seconds!.Value)} on {Date(longest.Day)}.") +
              (worst is null ? "" : $" Worst pain: {worst.Pain}/10.");

        var sections = new List<ReportSection>
        {
            Section("where", "Where", Locations(episodes, knowledge), "No episodes logged in this period."),
            Section("flags", "Reasons in the journal to see a doctor", insights.Flags.Select(x => $"{x.Text} The journal shows {x.Evidence}.").ToList(),
                "None: the journal shows neither twitching on and off for two weeks nor episodes on several days without exercise."),
            Section("triggers", "Suspected triggers (from the person's own journal)", Triggers(insights),
                insights.Days == 0 ? "Not enough logged to compare anything." : NoTriggers(insights)),
            Section("medicines", "Medicines started, stopped or taken in this period", Medicines(entries, knowledge, from, to), "No medicines logged."),
        };
        sections.AddRange(Assessment(entries, knowledge, to));
        return new(ReportTitle, string.IsNullOrWhiteSpace(name) ? null : name.Trim(), prepared, from, to, overview,
            logged?.Item1, perDay, loggedPerDay, unit, rows, sections,
            "Written by the person from their own journal with Twitchwise, a self-care tool; not a diagnosis. Episodes not logged are not counted.");
    }

    private static ReportSection Section(string id, string title, List<string> lines, string nothing) =>
        lines.Count > 0 ? new(id, title, lines, false) : new(id, title, [nothing], true);

    private static (string Unit, List<ReportPeriodRow> Rows) PeriodRows((DateOnly From, DateOnly To)? span, List<EpisodeEntry> episodes, HashSet<DateOnly> loggedDays)
    {
        if (span is not var (from, to))
        {
            return ("Week", []);
        }

        var weeks = (to.DayNumber - from.DayNumber) / 7 + 1;
        var buckets = new List<(string Label, DateOnly Start, DateOnly End)>();
        if (weeks <= MaxRows)
        {
            for (var start = from; start <= to; start = start.AddDays(7))
            {
                buckets.Add(($"{Date(start)}", start, Min(start.AddDays(6), to)));
            }
        }
        else
        {
            for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
            {
                buckets.Add((month.ToString("MMMM yyyy", CultureInfo.InvariantCulture), Max(month, from), Min(month.AddMonths(1).AddDays(-1), to)));
            }
        }

        // Periods without a single logged day say nothing; the chart shows them as gaps.
        var rows = buckets.Select(b =>
        {
            var inside = episodes.Where(e => e.Day >= b.Start && e.Day <= b.End).ToList();
            return new ReportPeriodRow(b.Label, loggedDays.Count(d => d >= b.Start && d <= b.End), inside.Count,
                inside.Max(e => e.Seconds), inside.Max(e => e.Pain));
        }).Where(r => r.LoggedDays > 0).ToList();
        return (weeks <= MaxRows ? "Week from" : "Month", rows.TakeLast(MaxRows).ToList());
    }

    private static List<string> Locations(List<EpisodeEntry> episodes, KnowledgeBase knowledge)
    {
        var question = knowledge.Questions.FirstOrDefault(q => q.Id == "episode.locations");
        var counts = episodes.SelectMany(e => e.Locations.Distinct()).CountBy(l => l).OrderByDescending(p => p.Value).ThenBy(p => p.Key).ToList();
        if (counts.Count == 0)
        {
            return [];
        }

        var kinds = episodes.CountBy(e => e.Kind).OrderByDescending(p => p.Value)
            .Select(p => $"{KindWords.GetValueOrDefault(p.Key, p.Key.Replace('_', ' '))} {p.Value}");
        return [string.Join(", ", counts.Select(p => $"{Label(question, p.Key)} {Count(p.Value, "time")}")) + $". Kind: {string.Join(", ", kinds)}."];
    }

    private static List<string> Triggers(InsightsReport insights)
    {
        var lines = new List<string>(insights.Linked);
        if (lines.Count > 0)
        {
            lines.Add("Linked = the difference holds after correcting for comparing eight factors at once; a pattern, not proof of cause.");
        }

        lines.AddRange(insights.TrainingNotes.Where(n => n.StartsWith("Big jump", StringComparison.Ordinal)));
        return lines;
    }

    private static string NoTriggers(InsightsReport insights)
    {
        var compared = insights.Factors.Where(f => f.EnoughData).ToList();
        return compared.Count == 0
            ? "Not enough logged days to compare any factor yet."
            : $"None stood out. Compared: {string.Join(", ", compared.Select(f => $"{f.Name.ToLowerInvariant()} ({Days(f.UsableDays)})"))}.";
    }

    private static List<string> Medicines(IReadOnlyList<JournalEntry> entries, KnowledgeBase knowledge, DateOnly from, DateOnly to) =>
        entries.OfType<MedicationEntry>()
            .Where(m => m.Started <= to && (m.Stopped is null || m.Stopped >= from))
            .OrderByDescending(m => m.Started)
            .Select(m =>
            {
                var what = $"{m.Name} ({Label(knowledge, "medication.classes", m.Class).ToLowerInvariant()})";
                var started = m.Started >= from ? $"started {Date(m.Started)}" : $"taken since {Date(m.Started)}";
                var stopped = m.Stopped is { } s ? (s <= to ? $", stopped {Date(s)}" : "") : ", still taken";
                return $"{what}: {started}{stopped}.";
            }).ToList();

    /// <summary>
    /// The latest saved assessment up to the end of the period: its level as saved, the reasons the triage gives for the saved
    /// answers, and the warning-sign questions answered no.
    /// </summary>
    private static List<ReportSection> Assessment(IReadOnlyList<JournalEntry> entries, KnowledgeBase knowledge, DateOnly to)
    {
        var latest = entries.OfType<AssessmentEntry>().Where(a => a.Day <= to).MaxBy(a => a.At);
        if (latest is null)
        {
            return
            [
                new("assessment", "Latest assessment", ["No assessment saved (twitchwise assess --save keeps one)."], true),
                new("red-flags", "Warning signs answered no", ["No assessment saved, so no warning signs were asked about."], true),
            ];
        }

        var level = Enum.GetValues<TriageLevel>().FirstOrDefault(l => AssessmentJson.LevelId(l) == latest.Level);
        var lines = new List<string> { $"{Date(latest.Day)}: {knowledge.Guidance(level).Label}." };
        var validation = new AnswerValidator(knowledge).Validate(latest.Answers);
        if (validation.Answers is { } answers)
        {
            var result = new AssessmentEngine(knowledge).Assess(answers);
            lines.AddRange(result.Triage.Reasons.Select(r => $"{r.Title}: {r.Text}"));
            var causes = result.Causes.Take(3).Select(c => c.Name).ToList();
            if (causes.Count > 0)
            {
                lines.Add($"Most likely causes then: {string.Join("; ", causes)}.");
            }
        }

        var no = knowledge.RedFlags
            .Where(q => q.Type == QuestionType.Bool && latest.Answers.Any(a => a.Key == q.Id && a.Value is BoolAnswer { Value: false }))
            .Select(q => q.Text).ToList();
        return
        [
            new("assessment", "Latest assessment", lines, false),
            no.Count > 0
                ? new("red-flags", "Warning signs answered no", [string.Join(" ", no)], false)
                : new("red-flags", "Warning signs answered no", ["None of the warning-sign questions was answered no."], true),
        ];
    }

    /// <summary>The episode kinds in a doctor's words (the question's labels are written for the person answering).</summary>
    private static readonly Dictionary<string, string> KindWords = new() { ["twitch"] = "twitches", ["spasm"] = "cramps", ["both"] = "twitch and cramp" };

    private static string Label(KnowledgeBase knowledge, string questionId, string option) =>
        Label(knowledge.Questions.FirstOrDefault(q => q.Id == questionId), option);

    private static string Label(Question? question, string option) =>
        question?.Options.FirstOrDefault(o => o.Id == option)?.Label ?? option.Replace('_', ' ');

    public static string Date(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Seconds(double seconds) => seconds switch
    {
        < 90 => $"{seconds:0} s",
        < 5400 => $"{seconds / 60:0} min",
        _ => $"{seconds / 3600:0.#} h",
    };

    private static string Days(int n) => Count(n, "day");

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
