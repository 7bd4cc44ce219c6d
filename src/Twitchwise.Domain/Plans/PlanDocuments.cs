namespace Twitchwise.Domain.Plans;

// The shape of plans.yaml as written by people; PlanLoader turns it into the validated model.
#pragma warning disable CA1002, CA2227 // YAML binding needs settable List<T> properties.

internal sealed class PlansDocument
{
    public List<RoutineEntry> Routines { get; set; } = [];
    public List<CriterionEntry> Criteria { get; set; } = [];
    public List<TemplateEntry> Templates { get; set; } = [];
}

internal sealed class RoutineEntry
{
    public string? Id { get; set; }
    public string? Text { get; set; }
    public double MinMinutes { get; set; }
    public List<string> Sources { get; set; } = [];
}

internal sealed class CriterionEntry
{
    public string? Id { get; set; }
    public string? Text { get; set; }
    public List<string> Sources { get; set; } = [];
}

internal sealed class TemplateEntry
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Sport { get; set; }
    public int SessionsPerWeek { get; set; }
    public bool NoConsecutiveDays { get; set; }
    public bool LongDay { get; set; }
    public List<string> DefaultDays { get; set; } = [];
    public string? Session { get; set; }
    public List<string> Sources { get; set; } = [];
    public List<StepEntry> Steps { get; set; } = [];
}

internal sealed class StepEntry
{
    public double? Minutes { get; set; }
    public double? EasyMinutes { get; set; }
    public string? Sport { get; set; }
    public string? Text { get; set; }
    public List<string> Sources { get; set; } = [];
    public List<string> Criteria { get; set; } = [];
}
