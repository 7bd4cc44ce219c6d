using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Journal;

/// <summary>A reason to see a doctor that the journal itself shows, named after the triage rule of the same meaning.</summary>
public sealed record PatternFlag(string Id, TriageLevel Level, string Text, string Evidence);

/// <summary>
/// The triage rules <c>persistent_two_weeks</c> and <c>outside_exercise</c> (spec/triage.md) read off the journal instead
/// of an answer. The advice is the knowledge base's rule text when the rule is there, so the two never disagree.
/// </summary>
public static class PatternFlags
{
    public const int PersistentDays = 14;

    /// <summary>A week without episodes ends a run: twitching that stopped and came back is not "for two weeks".</summary>
    public const int MaxGapDays = 7;

    public const int RecentDays = 14;

    /// <summary>"Several" rest days with episodes in the recent window: one or two can be chance.</summary>
    public const int OutsideExerciseMinDays = 3;

    private const string PersistentFallback =
        "Twitching or cramps that keep coming back for two weeks or more should be checked by a doctor (NHS: see a GP if a twitch lasts more than 2 weeks).";

    private const string OutsideExerciseFallback =
        "Cramps or twitches that come on days without exercise are not explained by training; book an appointment with a doctor to look for another cause.";

    public static IReadOnlyList<PatternFlag> Find(IReadOnlyList<JournalEntry> entries, DateOnly today, KnowledgeBase knowledge)
    {
        var flags = new List<PatternFlag>();
        var episodeDays = entries.OfType<EpisodeEntry>().Select(e => e.Day).Where(d => d <= today).Distinct().Order().ToList();
        if (episodeDays.Count == 0)
        {
            return flags;
        }

        var latest = episodeDays[^1];
        if (today.DayNumber - latest.DayNumber < RecentDays)
        {
            var first = latest;
            for (var i = episodeDays.Count - 2; i >= 0 && first.DayNumber - episodeDays[i].DayNumber <= MaxGapDays; i--)
            {
                first = episodeDays[i];
            }

            var span = latest.DayNumber - first.DayNumber + 1;
            if (span >= PersistentDays)
            {
                flags.Add(new("persistent_two_weeks", TriageLevel.Doctor, Advice(knowledge, "persistent_two_weeks", PersistentFallback),
                    $"episodes logged across {span} days, from {JournalCodec.FormatDate(first)} to {JournalCodec.FormatDate(latest)}, with no week free of them"));
            }
        }

        var workoutDays = entries.OfType<WorkoutEntry>().Select(w => w.Day).ToHashSet();
        var windowStart = today.AddDays(1 - RecentDays);
        var restDays = episodeDays
            .Where(d => d >= windowStart && !workoutDays.Contains(d) && !workoutDays.Contains(d.AddDays(-1)))
            .ToList();
        if (restDays.Count >= OutsideExerciseMinDays)
        {
            flags.Add(new("outside_exercise", TriageLevel.Doctor, Advice(knowledge, "outside_exercise", OutsideExerciseFallback),
                $"episodes on {restDays.Count} days of the last {RecentDays} with no workout that day or the day before " +
                $"({string.Join(", ", restDays.Select(JournalCodec.FormatDate))})"));
        }

        return flags;
    }

    private static string Advice(KnowledgeBase knowledge, string ruleId, string fallback) =>
        knowledge.Rules.FirstOrDefault(r => r.Id == ruleId)?.Advice ?? fallback;
}
