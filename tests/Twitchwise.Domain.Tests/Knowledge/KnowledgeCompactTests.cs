using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Knowledge;
using Twitchwise.Domain.Plans;

namespace Twitchwise.Domain.Tests.Knowledge;

/// <summary>
/// The app loads knowledge/compiled/*.json, generated from knowledge/*.yaml (decisions 0016 and 0019: the knowledge base,
/// the intake lexicon and the plan templates). The YAML stays the source of truth: these tests fail as soon as a compact
/// form is not exactly what the YAML files give today.
/// To regenerate it after changing a YAML file:
/// <c>TWITCHWISE_UPDATE_KNOWLEDGE=1 dotnet test tests/Twitchwise.Domain.Tests --filter KnowledgeCompact</c>.
/// </summary>
public sealed class KnowledgeCompactTests
{
    private const string Regenerate =
        "knowledge/compiled/knowledge.json is not what knowledge/*.yaml give; regenerate it with " +
        "TWITCHWISE_UPDATE_KNOWLEDGE=1 dotnet test tests/Twitchwise.Domain.Tests --filter KnowledgeCompact";

    private static readonly IReadOnlyList<KnowledgeFile> Yaml = KnowledgeLoader.ReadEmbeddedFiles();

    [Fact]
    public void CompactForm_IsWhatTheYamlFilesGiveToday()
    {
        var path = TestPaths.Repo("knowledge", "compiled", "knowledge.json");
        var expected = KnowledgeLoader.Compact(Yaml);
        if (Environment.GetEnvironmentVariable("TWITCHWISE_UPDATE_KNOWLEDGE") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(expected == File.ReadAllText(path).ReplaceLineEndings("\n"), Regenerate);
        Assert.True(expected == ReadShipped(), Regenerate + ", then build again");
    }

    [Fact]
    public void CompactLexicon_IsWhatTheYamlGivesToday() =>
        AssertCompact("intake-lexicon.json", IntakeLexicon.Compact(IntakeLexicon.ReadEmbedded(), KnowledgeBase.Default), IntakeLexicon.CompactResource);

    [Fact]
    public void CompactPlans_IsWhatTheYamlGivesToday() =>
        AssertCompact("plans.json", PlanLoader.Compact(PlanLoader.ReadEmbeddedFile(), KnowledgeBase.Default), PlanLoader.CompactResource);

    [Fact]
    public void DefaultPlans_AreThePlansTheYamlGives()
    {
        var fromYaml = PlanLoader.Load(PlanLoader.ReadEmbeddedFile(), KnowledgeBase.Default);

        Assert.Equal(Describe(fromYaml), Describe(PlanLibrary.Default));
    }

    [Fact]
    public void DefaultLexicon_ReadsLikeTheYaml()
    {
        var fromYaml = new IntakeReader(KnowledgeBase.Default, IntakeLexicon.Load(IntakeLexicon.ReadEmbedded(), KnowledgeBase.Default));
        const string text = "My calf cramped after a 10 km run in the heat, I had 3 coffees and no water, not dizzy, but my chest feels tight";

        Assert.Equal(IntakeJson.Serialize(fromYaml.Read(text)), IntakeJson.Serialize(IntakeReader.Default.Read(text)));
    }

    [Fact]
    public void CompactForm_ChangesWithAnyYamlEdit()
    {
        // One source's title: the check above must see even that.
        var edited = Yaml.Select(f => f.Name == KnowledgeLoader.SourcesFile ? f with { Text = ReplaceOnce(f.Text, "NHS, Leg cramps", "NHS, Leg cramp") } : f).ToList();

        Assert.NotEqual(KnowledgeLoader.Compact(Yaml), KnowledgeLoader.Compact(edited));
    }

    [Fact]
    public void Compact_InvalidYaml_FailsLikeLoad()
    {
        var broken = Yaml.Select(f => f.Name == KnowledgeLoader.CausesFile ? f with { Text = ReplaceOnce(f.Text, "weight: 0.6", "weight: 1.6") } : f).ToList();

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Compact(broken));
        Assert.Contains(error.Problems, p => p.File == KnowledgeLoader.CausesFile && p.Message.Contains("weight must be", StringComparison.Ordinal));
    }

    [Fact]
    public void Default_IsTheKnowledgeBaseTheYamlFilesGive()
    {
        var fromYaml = KnowledgeLoader.Load(Yaml);
        var shipped = KnowledgeBase.Default;

        Assert.Equal(fromYaml.Version, shipped.Version);
        Assert.Equal(Describe(fromYaml), Describe(shipped));
    }

    private static void AssertCompact(string name, string expected, string resource)
    {
        var path = TestPaths.Repo("knowledge", "compiled", name);
        if (Environment.GetEnvironmentVariable("TWITCHWISE_UPDATE_KNOWLEDGE") == "1")
        {
            File.WriteAllText(path, expected);
        }

        var message = Regenerate.Replace("knowledge/compiled/knowledge.json", "knowledge/compiled/" + name, StringComparison.Ordinal);
        Assert.True(File.Exists(path) && expected == File.ReadAllText(path).ReplaceLineEndings("\n"), message);
        Assert.True(expected == ReadShipped(resource), message + ", then build again");
    }

    private static List<string> Describe(PlanLibrary plans) =>
    [
        .. plans.Templates.Select(t => $"{t.Id} {t.Title} {t.Summary} {t.Sport} {t.SessionsPerWeek} {t.NoConsecutiveDays} {t.LongDay} [{string.Join(",", t.DefaultDays)}] [{string.Join(",", t.Sources)}] " +
            string.Join(" | ", t.Steps.Select(s => $"{s.Index} {s.Sport} {s.Minutes} {s.EasyMinutes} {s.Text} [{string.Join(",", s.Sources)}] [{string.Join(",", s.Criteria)}]"))),
        .. plans.Routines.Select(r => $"{r.Id} {r.Text} {r.MinMinutes} [{string.Join(",", r.Sources)}]"),
        .. plans.Criteria.Select(c => $"{c.Id} {c.Text} [{string.Join(",", c.Sources)}]"),
    ];

    private static string ReadShipped(string resource = KnowledgeLoader.CompactResource)
    {
        using var stream = typeof(KnowledgeLoader).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    private static string ReplaceOnce(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' not found");
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }

    /// <summary>Everything a person can see of a knowledge base, as text: its entries, questions, levels and actions.</summary>
    private static List<string> Describe(KnowledgeBase kb)
    {
        var lines = KnowledgeEntries.All(kb)
            .Select(e => $"{e.Kind} {e.Id} {e.Title} {string.Join(" | ", e.Details.Select(d => $"{d.Key}={d.Value}"))} [{string.Join(",", e.Sources)}]")
            .ToList();
        lines.AddRange(kb.Questions.Select(q =>
            $"{q.Index} {q.Id} {q.Type} {q.Group} {q.Text} {q.Why} {q.RedFlag} {q.Min} {q.Max} {q.Unit} {q.Short} " +
            $"[{string.Join(",", q.Options.Select(o => o.Id + "=" + o.Label))}] ask_if={q.AskIf?.Describe(kb.Questions)}"));
        lines.AddRange(kb.Groups.Select(g => $"{g.Id} {g.Title} {g.Intro}"));
        lines.AddRange(kb.Levels.Select(l => $"{l.Level} {l.Label} {l.Action} {l.ActionIncomplete} {l.Call}"));
        lines.AddRange(kb.Actions.Select(a => $"{a.Id} {a.Text} [{string.Join(",", a.Words)}]"));
        lines.AddRange(kb.Rules.Select(r => $"{r.Id} [{string.Join(",", r.WhileWaiting)}] [{string.Join(",", r.SafeAdvice)}] [{string.Join(",", r.Avoid)}]"));
        lines.AddRange(kb.Advice.Select(a =>
            $"{a.Id} {a.Kind} {a.For} {a.Always} [{string.Join(",", a.Actions)}] withhold={a.WithholdWhen?.Describe(kb.Questions)} {a.WithholdReason} " +
            $"show={a.ShowWhen?.Describe(kb.Questions)}"));
        lines.AddRange(kb.NamedConditions.Select(c => $"{c.Key}={c.Value.Describe(kb.Questions)}"));
        lines.AddRange(kb.Coverage.Select(c => $"{c.Seed} {c.Kind} {c.Item} [{string.Join(",", c.CoveredBy)}]"));
        return lines;
    }
}
