using System.Globalization;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Web.Journal;

public enum FieldKind
{
    Number,
    Text,
    Time,
    Day,
    Choice,
    Choices,
    Check,
}

/// <summary>
/// One input of a quick-add form, named as the field of the journal contract, so that the validator's problems land
/// beside the input they are about. <paramref name="DayOffset"/> is a day input's default (0 today, -1 yesterday, null empty).
/// </summary>
public sealed record FormField(
    string Name,
    string Label,
    FieldKind Kind,
    string? Hint = null,
    bool Required = false,
    IReadOnlyList<QuestionOption>? Options = null,
    double? Min = null,
    double? Max = null,
    string Step = "any",
    string? Default = null,
    int? DayOffset = 0);

/// <summary>A quick-add form for one entry type: its inputs, and how a post becomes an entry.</summary>
public sealed record EntryForm(string Type, string Title, IReadOnlyList<FormField> Fields, Func<PostedForm, JournalEntry> Build);

/// <summary>The seven quick-add forms, with the options of the knowledge base (the same lists the validator checks).</summary>
public sealed class EntryForms(KnowledgeBase knowledge)
{
    public IReadOnlyList<EntryForm> All { get; } =
    [
        new("episode", "A twitch or cramp", [
            When("at"),
            new("kind", "What it was", FieldKind.Choice, Required: true, Options: knowledge.Question("episode.kind").Options),
            new("locations", "Where", FieldKind.Choices, "Pick every place it happened.", Options: knowledge.Question("episode.locations").Options),
            new("seconds", "How long, in seconds", FieldKind.Number, Min: 0, Max: 86400),
            new("pain", "Pain at its worst", FieldKind.Number, "0 none, 10 worst imaginable.", Min: 0, Max: 10, Step: "1"),
            new("notes", "Notes", FieldKind.Text),
        ], f => new EpisodeEntry(f.Time("at"), f.Text("kind") ?? "", f.All("locations"), f.Number("seconds"), f.Integer("pain"), f.Text("notes"))),
        new("workout", "A workout", [
            When("start", "When it started"),
            new("sport", "Sport", FieldKind.Choice, Required: true, Options: knowledge.Question("exercise.type").Options),
            new("minutes", "Minutes", FieldKind.Number, Required: true, Min: 1, Max: 1440),
            new("rpe", "How hard it felt (rpe)", FieldKind.Number, "1 very easy, 10 maximal; needed for the training load.", Min: 1, Max: 10, Step: "1"),
            new("distance_km", "Distance in km", FieldKind.Number, Min: 0, Max: 1000),
            new("hot", "In heat or humidity", FieldKind.Check),
            new("warmed_up", "Warmed up before", FieldKind.Check),
            new("cooled_down", "Cooled down after", FieldKind.Check),
            new("electrolytes", "Took electrolytes", FieldKind.Check, "A sports drink, salts or salty food."),
        ], f => new WorkoutEntry(f.Time("start"), f.Text("sport") ?? "", f.Number("minutes", required: true) ?? 0, f.Integer("rpe"), f.Number("distance_km"),
            f.Check("hot"), f.Check("warmed_up"), f.Check("cooled_down"), f.Check("electrolytes"), EntrySource.Manual)),
        new("fluid", "A drink", [
            When("at"),
            new("liters", "Litres", FieldKind.Number, "A glass is about 0.25.", Required: true, Min: 0.01, Max: 20, Default: "0.25"),
            new("electrolytes", "With electrolytes", FieldKind.Check),
        ], f => new FluidEntry(f.Time("at"), f.Number("liters", required: true) ?? 0, f.Check("electrolytes"))),
        new("caffeine", "Caffeine", [
            When("at"),
            new("mg", "Milligrams", FieldKind.Number, "Brewed coffee about 95 a mug, espresso 63, black tea 47, energy drink 80 a can.",
                Required: true, Min: 0, Max: 5000, Default: "95"),
        ], f => new CaffeineEntry(f.Time("at"), f.Number("mg", required: true) ?? 0)),
        new("sleep", "Sleep", [
            new("night_of", "Night of", FieldKind.Day, "The date the night began; yesterday is last night.", DayOffset: -1),
            new("hours", "Hours slept", FieldKind.Number, Required: true, Min: 0, Max: 24),
        ], f => new SleepEntry(f.Day("night_of", -1) ?? default, f.Number("hours", required: true) ?? 0)),
        new("stress", "Stress", [
            new("day", "Day", FieldKind.Day),
            new("level", "Stress or anxiety", FieldKind.Number, "0 none, 10 worst.", Required: true, Min: 0, Max: 10, Step: "1"),
        ], f => new StressEntry(f.Day("day", 0) ?? default, f.Integer("level", required: true) ?? 0)),
        new("medication", "A medicine", [
            new("name", "Name", FieldKind.Text, "For example salbutamol.", Required: true),
            new("class", "Kind of medicine", FieldKind.Choice, Required: true, Options: knowledge.Question("medication.classes").Options),
            new("started", "Started", FieldKind.Day),
            new("stopped", "Stopped", FieldKind.Day, "Leave empty while you still take it.", DayOffset: null),
        ], f => new MedicationEntry(f.Text("name") ?? "", f.Text("class") ?? "", f.Day("started", 0) ?? default, f.Day("stopped", null))),
    ];

    public EntryForm? Find(string? type) => All.FirstOrDefault(f => f.Type == type);

    private static FormField When(string name, string label = "When") => new(name, label, FieldKind.Time, "Default: now.");
}

/// <summary>
/// A posted quick-add form read field by field. Text that is not a number, a time or a day is a problem named by field;
/// the ranges and options are left to <see cref="JournalValidator"/>, as for the CLI and imports.
/// </summary>
public sealed class PostedForm(IFormCollection form, TimeProvider clock)
{
    public List<JournalProblem> Problems { get; } = [];

    public string? Text(string name) => form[name].ToString().Trim() is { Length: > 0 } text ? text : null;

    public IReadOnlyList<string> All(string name) => [.. form[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim())];

    public bool? Check(string name) => form[name].ToString() == "true" ? true : null;

    public double? Number(string name, bool required = false)
    {
        if (Text(name) is not { } text)
        {
            return Missing(name, required);
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        Problems.Add(new(0, name, $"\"{text}\" is not a number"));
        return null;
    }

    public int? Integer(string name, bool required = false)
    {
        if (Number(name, required) is not { } value)
        {
            return null;
        }

        if (value == Math.Floor(value) && Math.Abs(value) < int.MaxValue)
        {
            return (int)value;
        }

        Problems.Add(new(0, name, $"{value.ToString(CultureInfo.InvariantCulture)} is not a whole number"));
        return null;
    }

    /// <summary>A time from a <c>datetime-local</c> input; empty is now.</summary>
    public DateTimeOffset Time(string name)
    {
        if (TypedTime.Parse(Text(name), clock) is { } time)
        {
            return time;
        }

        Problems.Add(new(0, name, $"\"{Text(name)}\" is not a time; use YYYY-MM-DD HH:mm"));
        return clock.GetLocalNow();
    }

    /// <summary>A day from a <c>date</c> input; empty is <paramref name="fallback"/> days from today, or no day when that is null.</summary>
    public DateOnly? Day(string name, int? fallback)
    {
        if (Text(name) is null && fallback is null)
        {
            return null;
        }

        if (TypedTime.ParseDay(Text(name), clock, fallback ?? 0) is { } day)
        {
            return day;
        }

        Problems.Add(new(0, name, $"\"{Text(name)}\" is not a day; use YYYY-MM-DD"));
        return null;
    }

    private double? Missing(string name, bool required)
    {
        if (required)
        {
            Problems.Add(new(0, name, "is required"));
        }

        return null;
    }
}
