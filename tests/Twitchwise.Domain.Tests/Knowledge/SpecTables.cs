using System.Globalization;
using System.Text.RegularExpressions;

namespace Twitchwise.Domain.Tests;

/// <summary>
/// Reads the tables of docs/contract/*.md, so the tests check the knowledge base against the contract
/// itself rather than against a copy that could drift.
/// </summary>
public static partial class SpecTables
{
    public sealed record SpecQuestion(string Id, string Type, double? Min, double? Max, IReadOnlyList<string> Options);

    public sealed record SpecRule(string Id, string Level);

    public static IReadOnlyList<SpecQuestion> Questions()
    {
        var list = new List<SpecQuestion>();
        foreach (var line in File.ReadLines(TestPaths.Contract("assessment.md")))
        {
            var m = QuestionRow().Match(line);
            if (!m.Success)
            {
                continue;
            }

            var id = m.Groups["id"].Value;
            var type = m.Groups["type"].Value.Trim();
            if (type.StartsWith("number", StringComparison.Ordinal))
            {
                var range = NumberRange().Match(type);
                list.Add(new(id, "number", double.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture),
                    double.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture), []));
            }
            else if (type.StartsWith("choice", StringComparison.Ordinal))
            {
                var kind = type.StartsWith("choices", StringComparison.Ordinal) ? "choices" : "choice";
                var options = type[(type.IndexOf(':', StringComparison.Ordinal) + 1)..].Split(',').Select(o => o.Trim()).ToList();
                list.Add(new(id, kind, null, null, options));
            }
            else
            {
                list.Add(new(id, type, null, null, []));
            }
        }

        return list;
    }

    public static IReadOnlyList<string> CauseIds()
    {
        var text = File.ReadAllText(TestPaths.Contract("assessment.md"));
        var section = text[(text.IndexOf("### Cause ids", StringComparison.Ordinal) + "### Cause ids".Length)..];
        // "fatigue, dehydration, ..., normal_recovery (the harmless ...)": the ids end at the first parenthesis.
        return section[..section.IndexOf('(', StringComparison.Ordinal)].Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
    }

    public static IReadOnlyList<SpecRule> TriageRules()
    {
        var list = new List<SpecRule>();
        string? level = null;
        foreach (var line in File.ReadLines(TestPaths.Contract("triage.md")))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                level = line[3..].Split(':')[0].Trim() switch
                {
                    "emergency" => "emergency",
                    "urgent" => "urgent",
                    "doctor" => "doctor",
                    _ => null,
                };
            }
            else if (level is not null && RuleRow().Match(line) is { Success: true } m && m.Groups[1].Value != "rule")
            {
                list.Add(new(m.Groups[1].Value, level));
            }
        }

        return list;
    }

    [GeneratedRegex(@"^\| (?<id>[a-z_]+\.[a-z_]+) \| (?<type>[^|]+) \|")]
    private static partial Regex QuestionRow();

    [GeneratedRegex(@"(-?\d+(?:\.\d+)?)-(-?\d+(?:\.\d+)?)")]
    private static partial Regex NumberRange();

    [GeneratedRegex(@"^\| ([a-z_]+) \|")]
    private static partial Regex RuleRow();
}
