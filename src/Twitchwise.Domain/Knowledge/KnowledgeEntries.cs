using System.Globalization;

namespace Twitchwise.Domain.Knowledge;

/// <summary>One entry of the knowledge base in a uniform shape, for browsing (CLI <c>knowledge</c>, API).</summary>
public sealed record KnowledgeEntry(string Kind, string Id, string Title, IReadOnlyDictionary<string, string> Details, IReadOnlyList<string> Sources);

public static class KnowledgeEntries
{
    /// <summary>Every entry: causes, triage rules, relief, prevention, warning signs, questions and sources.</summary>
    public static IEnumerable<KnowledgeEntry> All(KnowledgeBase kb)
    {
        foreach (var c in kb.Causes)
        {
            yield return new("cause", c.Id, c.Name, new Dictionary<string, string>
            {
                ["summary"] = c.Summary,
                ["summary for someone else"] = c.SummaryForSomeoneElse,
                ["points to it"] = string.Join("; ", c.Support.Select(e => $"{e.Text} ({e.When.Describe(kb.Questions)}, weight {W(e.Weight)})")),
                ["speaks against it"] = c.Against.Count == 0 ? "-" : string.Join("; ", c.Against.Select(e => $"{e.Text} ({e.When.Describe(kb.Questions)}, weight {W(e.Weight)})")),
            }, c.Sources);
        }

        foreach (var r in kb.Rules)
        {
            var details = new Dictionary<string, string>
            {
                ["level"] = LevelId(r.Level),
                ["when"] = r.When.Describe(kb.Questions),
                ["advice"] = r.Advice,
            };
            if (r.AdviceForSomeoneElse != r.Advice)
            {
                details["advice for someone else"] = r.AdviceForSomeoneElse;
            }

            if (r.SuspectWhen is not null)
            {
                details["suspected when"] = r.SuspectWhen.Describe(kb.Questions);
            }

            if (r.WhileWaiting.Count > 0)
            {
                details["while waiting"] = string.Join(", ", r.WhileWaiting);
            }

            if (r.Avoid.Count > 0)
            {
                details["never shown with it"] = string.Join(", ", r.Avoid);
            }

            if (r.Level >= TriageLevel.Urgent)
            {
                details["advice it allows"] = r.SafeAdvice.Count == 0 ? "none" : string.Join(", ", r.SafeAdvice);
            }

            yield return new("triage rule", r.Id, r.Title, details, r.Sources);
        }

        foreach (var a in kb.Advice)
        {
            var adviceDetails = new Dictionary<string, string>
            {
                ["text"] = a.Text,
                ["for"] = a.For.ToString().ToLowerInvariant(),
                ["causes"] = a.Always ? "always shown" : string.Join(", ", a.Causes),
            };
            adviceDetails["for someone else"] = a.ForSomeoneElse;

            if (a.EvidenceNote is not null)
            {
                adviceDetails["evidence"] = a.EvidenceNote;
            }

            if (a.Actions.Count > 0)
            {
                adviceDetails["actions"] = string.Join(", ", a.Actions);
            }

            if (a.ShowWhen is not null)
            {
                adviceDetails["only when"] = a.ShowWhen.Describe(kb.Questions);
            }

            if (a.WithholdWhen is not null)
            {
                adviceDetails["held back when"] = $"{a.WithholdWhen.Describe(kb.Questions)} ({a.WithholdReason})";
            }

            var kind = a.Kind switch
            {
                AdviceKind.Relief => "relief",
                AdviceKind.Prevention => "prevention",
                _ => "while waiting",
            };
            yield return new(kind, a.Id, a.Text, adviceDetails, a.Sources);
        }

        foreach (var s in kb.SafetyNet)
        {
            yield return new("warning sign", s.Id, s.Text,
                new Dictionary<string, string> { ["level"] = LevelId(s.Level), ["for someone else"] = s.TextForSomeoneElse }, s.Sources);
        }

        foreach (var q in kb.Questions)
        {
            var details = new Dictionary<string, string>
            {
                ["for someone else"] = q.TextForSomeoneElse,
                ["type"] = q.Type.ToString().ToLowerInvariant(),
                ["why"] = q.Why,
                ["red flag"] = q.RedFlag ? "yes" : "no",
            };
            if (q.Type == QuestionType.Number)
            {
                details["range"] = $"{W(q.Min ?? 0)} to {W(q.Max ?? 0)}" + (q.Unit is null ? "" : $" ({q.Unit})");
            }

            if (q.Options.Count > 0)
            {
                details["options"] = string.Join(", ", q.Options.Select(o => o.Id));
            }

            yield return new("question", q.Id, q.Text, details, q.Sources);
        }

        foreach (var s in kb.Sources)
        {
            var details = new Dictionary<string, string> { ["kind"] = s.Kind };
            if (s.File is not null)
            {
                details["file"] = s.File;
            }

            yield return new("source", s.Id, s.Title, details, [s.Id]);
        }
    }

    public static string LevelId(TriageLevel level) => level switch
    {
        TriageLevel.Emergency => "emergency",
        TriageLevel.Urgent => "urgent",
        TriageLevel.Doctor => "doctor",
        _ => "self_care",
    };

    private static string W(double d) => d.ToString("0.##", CultureInfo.InvariantCulture);
}
