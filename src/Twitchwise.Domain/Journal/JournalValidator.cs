using System.Globalization;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Journal;

/// <summary>
/// The value rules of the journal contract: ranges, and the options of the assessment questions that the journal reuses
/// (sport = <c>exercise.type</c>, kind = <c>episode.kind</c>, locations = <c>episode.locations</c>,
/// class = <c>medication.classes</c>). The CLI's <c>log</c> and the file import share it, so both refuse the same things.
/// Fields are named as in the JSON Lines format.
/// The knowledge base is asked for only when an entry has such a field: logging a coffee from the CLI should not pay
/// for loading it (bench/README.md).
/// </summary>
public sealed class JournalValidator(Lazy<KnowledgeBase> knowledge)
{
    public JournalValidator(KnowledgeBase knowledge)
        : this(new Lazy<KnowledgeBase>(knowledge))
    {
    }

    public static readonly IReadOnlyList<string> Levels = ["emergency", "urgent", "doctor", "self_care"];

    /// <summary>Heart rates a living, exercising person can have; outside them a device misread, not a heart.</summary>
    public const int MinHeartRate = 25;

    public const int MaxHeartRate = 250;

    public IReadOnlyList<JournalProblem> Validate(JournalEntry entry, int line = 0)
    {
        var problems = new List<JournalProblem>();
        void Check(bool ok, string field, string message)
        {
            if (!ok)
            {
                problems.Add(new(line, field, message));
            }
        }

        void Range(double? value, string field, double min, double max, string unit = "")
        {
            if (value is { } v)
            {
                Check(v >= min && v <= max, field, $"{Format(v)} is out of range; expected {Format(min)} to {Format(max)}{unit}");
            }
        }

        void Option(string value, string field, string questionId)
        {
            var q = knowledge.Value.Question(questionId);
            Check(q.OptionIndex(value) >= 0, field, $"\"{value}\" is not an option; expected one of: {string.Join(", ", q.Options.Select(o => o.Id))}");
        }

        switch (entry)
        {
            case WorkoutEntry w:
                Option(w.Sport, "sport", "exercise.type");
                Check(w.Minutes > 0 && w.Minutes <= 1440, "minutes", $"{Format(w.Minutes)} is out of range; expected more than 0 and at most 1440");
                Range(w.Rpe, "rpe", 1, 10, " (1 = very easy, 10 = maximal)");
                Range(w.DistanceKm, "distance_km", 0, 1000, " km");
                Range(w.AvgHr, "avg_hr", MinHeartRate, MaxHeartRate, " beats per minute");
                Range(w.MaxHr, "max_hr", MinHeartRate, MaxHeartRate, " beats per minute");
                Check(w.AvgHr is null || w.MaxHr is null || w.AvgHr <= w.MaxHr, "avg_hr", $"{w.AvgHr} is above max_hr ({w.MaxHr})");
                break;
            case FluidEntry f:
                Check(f.Liters > 0 && f.Liters <= 20, "liters", $"{Format(f.Liters)} is out of range; expected more than 0 and at most 20 litres");
                break;
            case CaffeineEntry c:
                Range(c.Mg, "mg", 0, 5000, " mg (a mug of brewed coffee is about 100 mg)");
                break;
            case SleepEntry s:
                Range(s.Hours, "hours", 0, 24);
                break;
            case StressEntry s:
                Range(s.Level, "level", 0, 10);
                break;
            case MedicationEntry m:
                Check(!string.IsNullOrWhiteSpace(m.Name), "name", "must name the medicine");
                Option(m.Class, "class", "medication.classes");
                Check(m.Stopped is null || m.Stopped >= m.Started, "stopped", $"{m.Stopped:yyyy-MM-dd} is before started ({m.Started:yyyy-MM-dd})");
                break;
            case EpisodeEntry e:
                Option(e.Kind, "kind", "episode.kind");
                Check(e.Locations.Count > 0, "locations", "name at least one place, e.g. calf");
                foreach (var location in e.Locations)
                {
                    Option(location, "locations", "episode.locations");
                }

                foreach (var twice in e.Locations.GroupBy(l => l).Where(g => g.Count() > 1))
                {
                    problems.Add(new(line, "locations", $"\"{twice.Key}\" is listed more than once"));
                }

                Range(e.Seconds, "seconds", 0, 86400);
                Range(e.Pain, "pain", 0, 10, " (0 none, 10 worst imaginable)");
                Check(e.Notes is null || e.Notes.Length <= 2000, "notes", "too long; keep notes under 2000 characters");
                break;
            case AssessmentEntry a:
                Check(Levels.Contains(a.Level), "level", $"\"{a.Level}\" is not a triage level; expected one of: {string.Join(", ", Levels)}");
                break;
        }

        return problems;
    }

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
