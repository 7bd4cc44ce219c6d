namespace Twitchwise.Domain.Journal;

/// <summary>
/// The workouts already known, to tell a new workout from one imported before: the same sport starting within
/// <see cref="Window"/> of a known one is the same session. Sixty seconds covers two devices recording one ride (a watch
/// and a bike computer started a few seconds apart) and rounding between formats, while two real sessions of one sport
/// never start a minute apart.
/// </summary>
public sealed class WorkoutDuplicates
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    // Per sport, the start instants in UTC ticks, kept sorted so that a check is a binary search.
    private readonly Dictionary<string, List<long>> starts = new(StringComparer.Ordinal);

    public WorkoutDuplicates(IEnumerable<WorkoutEntry> known)
    {
        foreach (var workout in known)
        {
            Add(workout);
        }
    }

    public bool IsDuplicate(WorkoutEntry workout)
    {
        if (!starts.TryGetValue(workout.Sport, out var list))
        {
            return false;
        }

        var ticks = workout.Start.UtcTicks;
        var index = list.BinarySearch(ticks);
        if (index >= 0)
        {
            return true;
        }

        // The nearest known starts are the ones just before and just after where this one would go.
        index = ~index;
        return (index < list.Count && list[index] - ticks <= Window.Ticks) || (index > 0 && ticks - list[index - 1] <= Window.Ticks);
    }

    public void Add(WorkoutEntry workout)
    {
        if (!starts.TryGetValue(workout.Sport, out var list))
        {
            starts[workout.Sport] = list = [];
        }

        var index = list.BinarySearch(workout.Start.UtcTicks);
        list.Insert(index >= 0 ? index : ~index, workout.Start.UtcTicks);
    }
}
