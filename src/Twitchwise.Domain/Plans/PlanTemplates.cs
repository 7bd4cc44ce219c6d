namespace Twitchwise.Domain.Plans;

/// <summary>What goes with a session (warm-up, cool-down, fluids): shown with every session of at least <see cref="MinMinutes"/>.</summary>
public sealed record PlanRoutine(string Id, string Text, double MinMinutes, IReadOnlyList<string> Sources);

/// <summary>A test a person logs as met (pain-free hopping, ...); the steps that name it open only after it.</summary>
public sealed record PlanCriterion(string Id, string Text, IReadOnlyList<string> Sources);

/// <summary>
/// One week of a template: its sessions last <see cref="Minutes"/> (the last of the week, when the template has a long
/// day; the others <see cref="EasyMinutes"/>). <see cref="Criteria"/> must all be met before the plan moves onto it.
/// </summary>
public sealed record PlanStep(
    int Index,
    string Sport,
    double Minutes,
    double? EasyMinutes,
    string Text,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Criteria,
    string SessionText)
{
    /// <summary>What to do in a session of this step that lasts <paramref name="minutes"/>: an easy run or a held-back
    /// session says its own length, not the step's long one.</summary>
    public string TextFor(double minutes) =>
        SessionText.Replace("{minutes}", minutes.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}

public sealed record PlanTemplate(
    string Id,
    string Title,
    string Summary,
    string Sport,
    int SessionsPerWeek,
    bool NoConsecutiveDays,
    bool LongDay,
    IReadOnlyList<DayOfWeek> DefaultDays,
    IReadOnlyList<string> Sources,
    IReadOnlyList<PlanStep> Steps)
{
    /// <summary>The first step's length in this sport: where the plan starts when nothing of the sport is logged.</summary>
    public double BeginnerMinutes(string sport)
    {
        var first = Steps.First(s => s.Sport == sport);
        return first.EasyMinutes is { } easy && LongDay ? Math.Min(easy, first.Minutes) : first.Minutes;
    }
}

/// <summary>The validated plan templates, their routines and criteria (knowledge/plans.yaml).</summary>
public sealed class PlanLibrary
{
    private static readonly Lazy<PlanLibrary> Embedded = new(PlanLoader.LoadEmbedded);

    internal PlanLibrary(IReadOnlyList<PlanTemplate> templates, IReadOnlyList<PlanRoutine> routines, IReadOnlyList<PlanCriterion> criteria)
    {
        Templates = templates;
        Routines = routines;
        Criteria = criteria;
    }

    /// <summary>The templates shipped in this build, loaded and checked against the knowledge base once.</summary>
    public static PlanLibrary Default => Embedded.Value;

    public IReadOnlyList<PlanTemplate> Templates { get; }

    public IReadOnlyList<PlanRoutine> Routines { get; }

    public IReadOnlyList<PlanCriterion> Criteria { get; }

    public PlanTemplate? Template(string id) => Templates.FirstOrDefault(t => t.Id == id);

    public PlanCriterion? Criterion(string id) => Criteria.FirstOrDefault(c => c.Id == id);

    /// <summary>The routines that go with a session of this length, in file order.</summary>
    public IReadOnlyList<PlanRoutine> RoutinesFor(double minutes) => Routines.Where(r => minutes >= r.MinMinutes).ToList();
}
