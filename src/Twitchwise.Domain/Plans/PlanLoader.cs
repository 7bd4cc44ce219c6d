using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Plans;

/// <summary>
/// Reads knowledge/plans.yaml and checks it against the knowledge base: every source id known, every sport one of
/// the journal's, each step within the single-session rule of the steps before it. Like <see cref="KnowledgeLoader"/>
/// it collects every problem with its entry and fails with all of them, so a broken template never half-loads.
/// </summary>
public static class PlanLoader
{
    public const string PlansFile = "plans.yaml";

    /// <summary>How many steps back (weeks, so about 30 days) a step is compared with.</summary>
    private const int RuleWindowSteps = 4;

    /// <summary>The compact form of plans.yaml, generated from it (like knowledge.json, decision 0016) and embedded under this name.</summary>
    public const string CompactResource = "knowledge/compiled/plans.json";

    private static readonly Dictionary<string, DayOfWeek> DayNames = new(StringComparer.Ordinal)
    {
        ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday, ["thu"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday, ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
    };

    public static KnowledgeFile ReadEmbeddedFile()
    {
        using var stream = typeof(PlanLoader).Assembly.GetManifestResourceStream("knowledge/" + PlansFile)
            ?? throw new KnowledgeException([new(PlansFile, "(file)", "missing from the build; it must be in knowledge/")]);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new KnowledgeFile(PlansFile, reader.ReadToEnd());
    }

    /// <summary>Three-letter day names (mon ... sun), as templates and the CLI spell them.</summary>
    public static DayOfWeek? ParseDay(string text) => DayNames.TryGetValue(text.Trim().ToLowerInvariant(), out var d) ? d : null;

    public static string DayName(DayOfWeek day) => DayNames.First(p => p.Value == day).Key;

    /// <summary>Reads plans.yaml and validates it (tests and <see cref="Compact"/>; the app loads <see cref="LoadEmbedded"/>).</summary>
    [RequiresUnreferencedCode(YamlBinding.Why)]
    [RequiresDynamicCode(YamlBinding.Why)]
    public static PlanLibrary Load(KnowledgeFile file, KnowledgeBase kb) => Build(file.Name, YamlBinding.Read<PlansDocument>(file.Name, file.Text), kb);

    /// <summary>Validates plans.yaml and writes it in the compact form (what <see cref="LoadEmbedded"/> reads).</summary>
    [RequiresUnreferencedCode(YamlBinding.Why)]
    [RequiresDynamicCode(YamlBinding.Why)]
    public static string Compact(KnowledgeFile file, KnowledgeBase kb)
    {
        var doc = YamlBinding.Read<PlansDocument>(file.Name, file.Text);
        Build(file.Name, doc, kb);
        return JsonSerializer.Serialize(doc, KnowledgeJson.Default.PlansDocument);
    }

    /// <summary>
    /// The shipped templates, from the compact form embedded in this assembly (a reader generated at build time, no
    /// YAML deserializer), validated against the knowledge base exactly as <see cref="Load"/> validates the YAML.
    /// </summary>
    public static PlanLibrary LoadEmbedded() =>
        Build(PlansFile, CompactForm.Read(CompactResource, KnowledgeJson.Default.PlansDocument, "knowledge/plans.yaml"), KnowledgeBase.Default);

    private static PlanLibrary Build(string fileName, PlansDocument doc, KnowledgeBase kb)
    {
        var problems = new List<KnowledgeProblem>();
        var check = new Checker(fileName, kb, problems);
        var routines = doc.Routines.Select(check.Routine).OfType<PlanRoutine>().ToList();
        var criteria = doc.Criteria.Select(check.Criterion).OfType<PlanCriterion>().ToList();
        var templates = doc.Templates.Select(t => check.Template(t, criteria)).OfType<PlanTemplate>().ToList();
        if (templates.Count == 0)
        {
            problems.Add(new(fileName, "templates", "no template"));
        }

        return problems.Count > 0 ? throw new KnowledgeException(problems) : new PlanLibrary(templates, routines, criteria);
    }

    private sealed class Checker(string file, KnowledgeBase kb, List<KnowledgeProblem> problems)
    {
        private readonly HashSet<string> ids = new(StringComparer.Ordinal);
        private readonly HashSet<string> sports = kb.TryGetQuestion("exercise.type", out var q)
            ? q.Options.Select(o => o.Id).ToHashSet(StringComparer.Ordinal)
            : [];

        public PlanRoutine? Routine(RoutineEntry e)
        {
            var entry = $"routine '{e.Id}'";
            if (!Named(e.Id, e.Text, entry))
            {
                return null;
            }

            if (e.MinMinutes < 0)
            {
                Problem(entry, "min_minutes must not be negative");
            }

            return new(e.Id!, e.Text!, e.MinMinutes, Sources(e.Sources, entry));
        }

        public PlanCriterion? Criterion(CriterionEntry e)
        {
            var entry = $"criterion '{e.Id}'";
            return Named(e.Id, e.Text, entry) ? new(e.Id!, e.Text!, Sources(e.Sources, entry)) : null;
        }

        public PlanTemplate? Template(TemplateEntry e, List<PlanCriterion> criteria)
        {
            var entry = $"template '{e.Id}'";
            if (!Named(e.Id, e.Title, entry))
            {
                return null;
            }

            Required(e.Summary, entry, "summary");
            Sport(e.Sport, entry);
            if (e.SessionsPerWeek is < 1 or > 7)
            {
                Problem(entry, "sessions_per_week must be 1 to 7");
            }

            var days = new List<DayOfWeek>();
            foreach (var name in e.DefaultDays)
            {
                if (ParseDay(name) is { } d)
                {
                    days.Add(d);
                }
                else
                {
                    Problem(entry, $"default_days: '{name}' is not a day (mon, tue, wed, thu, fri, sat or sun)");
                }
            }

            if (PlanEngine.CheckDays(days, e.SessionsPerWeek, e.NoConsecutiveDays) is { } daysProblem)
            {
                Problem(entry, "default_days: " + daysProblem);
            }

            var sources = Sources(e.Sources, entry);
            if (e.Steps.Count == 0)
            {
                Problem(entry, "no steps");
            }

            var steps = new List<PlanStep>();
            for (var i = 0; i < e.Steps.Count; i++)
            {
                var s = e.Steps[i];
                var where = $"{entry} step {i + 1}";
                var sport = s.Sport ?? e.Sport ?? "";
                if (s.Sport is not null)
                {
                    Sport(s.Sport, where);
                }

                var text = s.Text ?? e.Session;
                if (string.IsNullOrWhiteSpace(text))
                {
                    Problem(where, "'text' is missing, and the template has no 'session' text to fall back on");
                }

                if (s.Minutes is not > 0 || s.EasyMinutes is <= 0 || s.EasyMinutes > s.Minutes)
                {
                    Problem(where, "minutes must be above 0, and easy_minutes (if given) above 0 and at most minutes");
                }

                if (s.EasyMinutes is not null && !e.LongDay)
                {
                    Problem(where, "easy_minutes only means something in a template with long_day: true");
                }

                foreach (var c in s.Criteria.Where(c => criteria.All(k => k.Id != c)))
                {
                    Problem(where, $"unknown criterion '{c}'; the criteria are listed at the top of {file}");
                }

                // A template that breaks the rule on its own would be capped on every person's plan; say so here instead.
                var before = steps.Skip(Math.Max(0, steps.Count - RuleWindowSteps)).Where(p => p.Sport == sport).Select(p => p.Minutes).DefaultIfEmpty(0).Max();
                if (before > 0 && s.Minutes > before * TrainingLoad.LongSessionFactor + 1e-9)
                {
                    Problem(where, $"{Number(s.Minutes ?? 0)} minutes is more than 10% longer than the longest {sport} step of the {RuleWindowSteps} before it ({Number(before)}); the single-session rule forbids that");
                }

                var stepSources = s.Sources.Count > 0 ? Sources(s.Sources, where) : sources;
                var minutes = s.Minutes ?? 0;
                steps.Add(new(i, sport, minutes, s.EasyMinutes, (text ?? "").Replace("{minutes}", Number(minutes), StringComparison.Ordinal),
                    stepSources, s.Criteria, text ?? ""));
            }

            return new(e.Id!, e.Title!, e.Summary ?? "", e.Sport ?? "", e.SessionsPerWeek, e.NoConsecutiveDays, e.LongDay, days, sources, steps);
        }

        private bool Named(string? id, string? text, string entry)
        {
            if (!Required(id, entry, "id") | !Required(text, entry, "text or title"))
            {
                return false;
            }

            if (!ids.Add(id!))
            {
                Problem(entry, $"duplicate id '{id}'");
            }

            return true;
        }

        private void Sport(string? sport, string entry)
        {
            if (sport is null || !sports.Contains(sport))
            {
                Problem(entry, $"sport '{sport}' is not one of the journal's sports ({string.Join(", ", sports)})");
            }
        }

        private List<string> Sources(List<string> sources, string entry)
        {
            if (sources.Count == 0)
            {
                Problem(entry, "no source; every entry must cite a seed article or a reference");
            }

            foreach (var s in sources.Where(s => !kb.TryGetSource(s, out _)))
            {
                Problem(entry, $"unknown source '{s}'");
            }

            return sources;
        }

        private bool Required(string? value, string entry, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Problem(entry, $"'{field}' is missing");
                return false;
            }

            return true;
        }

        private void Problem(string entry, string message) => problems.Add(new(file, entry, message));

        private static string Number(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);
    }
}
