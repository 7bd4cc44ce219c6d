using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Assessment;

/// <summary>
/// Turns a validated answer set into a triage level, ranked causes and advice, all from the knowledge base.
/// Pure and thread-safe: the same answers always give the same result.
/// </summary>
public sealed class AssessmentEngine(KnowledgeBase knowledge)
{
    /// <summary>A cause whose evidence score reaches this is called "likely"; below, "possible".</summary>
    public const double LikelyThreshold = 0.5;

    // Answer-id lists are built from bit masks; the same masks recur, so each list is made once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<UInt128, string[]> answerLists = new();
    private readonly int kindQuestion = knowledge.TryGetQuestion("episode.kind", out var kind) ? kind.Index : -1;
    private readonly Question[] redFlags = knowledge.RedFlags.ToArray();

    public KnowledgeBase Knowledge => knowledge;

    public AssessmentResult Assess(AnswerSet answers)
    {
        if (!ReferenceEquals(answers.Questions, knowledge.Questions))
        {
            throw new ArgumentException("The answers were validated against another knowledge base.", nameof(answers));
        }

        var values = answers.Values;
        var triage = Triage(values);
        var causes = RankCauses(values);
        var kind = EpisodeKind(values);
        var relief = SelectAdvice(AdviceKind.Relief, causes, kind);
        var prevention = SelectAdvice(AdviceKind.Prevention, causes, kind);
        var watchFor = knowledge.SafetyNet
            .Where(s => s.Level > triage.Level)
            .Select(s => new WarningSign(s.Id, s.Level, s.Text, s.Sources))
            .ToList();
        var unanswered = new List<string>();
        foreach (var q in redFlags)
        {
            if (double.IsNaN(values[q.Index]))
            {
                unanswered.Add(q.Id);
            }
        }

        var sources = CitedSources(triage, causes, relief, prevention, watchFor);
        return new AssessmentResult(triage, causes, relief, prevention, watchFor, unanswered, sources, knowledge.Version);
    }

    /// <summary>The level is the most urgent any rule reaches; every rule that fired is a reason, most urgent first.</summary>
    private Triage Triage(ReadOnlySpan<double> values)
    {
        var reasons = new List<TriageReason>();
        var level = TriageLevel.SelfCare;
        foreach (var rule in knowledge.Rules)
        {
            var used = UInt128.Zero;
            if (rule.When.Evaluate(values, ref used) == Tri.True)
            {
                reasons.Add(new TriageReason(rule.Id, rule.Level, rule.Title, rule.Advice, AnswerList(used), rule.Sources));
                if (rule.Level > level)
                {
                    level = rule.Level;
                }
            }
        }

        // Stable sort: most urgent first, knowledge-base order within a level.
        var ordered = reasons.Count > 1 ? reasons.OrderByDescending(r => r.Level).ToList() : reasons;
        var guidance = knowledge.Guidance(level);
        return new Triage(level, guidance.Label, guidance.Action, ordered);
    }

    /// <summary>
    /// Each cause's score combines its supporting evidence as a noisy-OR (1 - product of (1 - weight)), then is
    /// discounted by any evidence against it. Simple enough to explain: every term is a listed answer.
    /// </summary>
    private List<RankedCause> RankCauses(ReadOnlySpan<double> values)
    {
        var ranked = new List<RankedCause>();
        foreach (var cause in knowledge.Causes)
        {
            List<Finding>? because = null;
            var missing = 1.0;
            foreach (var e in cause.Support)
            {
                var used = UInt128.Zero;
                if (e.When.Evaluate(values, ref used) == Tri.True)
                {
                    missing *= 1 - e.Weight;
                    (because ??= []).Add(ToFinding(used, e.Text));
                }
            }

            if (because is null)
            {
                continue;
            }

            List<Finding>? against = null;
            var kept = 1.0;
            foreach (var e in cause.Against)
            {
                var used = UInt128.Zero;
                if (e.When.Evaluate(values, ref used) == Tri.True)
                {
                    kept *= 1 - e.Weight;
                    (against ??= []).Add(ToFinding(used, e.Text));
                }
            }

            var score = Math.Round((1 - missing) * kept, 3);
            var likelihood = score >= LikelyThreshold ? Likelihood.Likely : Likelihood.Possible;
            ranked.Add(new RankedCause(cause.Id, cause.Name, cause.Summary, likelihood, score, because, against ?? [], cause.Sources));
        }

        // Stable: equal scores keep knowledge-base order, so the ranking is deterministic.
        return ranked.Count > 1 ? ranked.OrderByDescending(c => c.Score).ToList() : ranked;
    }

    private EpisodeKindFilter EpisodeKind(ReadOnlySpan<double> values)
    {
        if (kindQuestion < 0 || double.IsNaN(values[kindQuestion]))
        {
            return EpisodeKindFilter.Any;
        }

        return knowledge.Questions[kindQuestion].Options[(int)values[kindQuestion]].Id switch
        {
            "twitch" => EpisodeKindFilter.Twitch,
            "spasm" => EpisodeKindFilter.Spasm,
            _ => EpisodeKindFilter.Any,
        };
    }

    /// <summary>
    /// Advice for the listed causes. Each step belongs to the listed cause it mainly serves (named earliest in its
    /// list); the steps are then dealt out cause by cause - the first step for each cause in rank order, then the
    /// second - so that every likely cause gets its most direct step near the top. Advice written for cramps only
    /// is left out for a twitch, and the other way round.
    /// </summary>
    private List<AdviceStep> SelectAdvice(AdviceKind kind, List<RankedCause> causes, EpisodeKindFilter episode)
    {
        var chosen = new List<(int Rank, int Focus, int Order, AdviceStep Step)>();
        var order = 0;
        foreach (var advice in knowledge.Advice)
        {
            if (advice.Kind != kind)
            {
                continue;
            }

            order++;
            if (advice.For != EpisodeKindFilter.Any && episode != EpisodeKindFilter.Any && advice.For != episode)
            {
                continue;
            }

            var rank = int.MaxValue;
            var focus = int.MaxValue;
            List<string>? served = null;
            for (var i = 0; i < causes.Count; i++)
            {
                var position = IndexOf(advice.Causes, causes[i].Id);
                if (position < 0)
                {
                    continue;
                }

                if (position < focus)
                {
                    focus = position;
                    rank = i;
                }

                (served ??= []).Add(causes[i].Id);
            }

            if (served is null && !advice.Always)
            {
                continue;
            }

            chosen.Add((rank, focus, order, new AdviceStep(advice.Id, advice.Text, served ?? [], advice.EvidenceNote, advice.Sources)));
        }

        chosen.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.Focus != b.Focus ? a.Focus.CompareTo(b.Focus) : a.Order.CompareTo(b.Order));
        var turn = new int[chosen.Count];
        for (var i = 1; i < chosen.Count; i++)
        {
            turn[i] = chosen[i].Rank == chosen[i - 1].Rank ? turn[i - 1] + 1 : 0;
        }

        return chosen.Select((c, i) => (Turn: turn[i], c.Rank, c.Step)).OrderBy(x => x.Turn).ThenBy(x => x.Rank).Select(x => x.Step).ToList();
    }

    private static int IndexOf(IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == item)
            {
                return i;
            }
        }

        return -1;
    }

    private List<Source> CitedSources(Triage triage, List<RankedCause> causes, List<AdviceStep> relief, List<AdviceStep> prevention, List<WarningSign> watchFor)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in triage.Reasons)
        {
            ids.UnionWith(r.Sources);
        }

        foreach (var c in causes)
        {
            ids.UnionWith(c.Sources);
        }

        foreach (var a in relief.Concat(prevention))
        {
            ids.UnionWith(a.Sources);
        }

        foreach (var w in watchFor)
        {
            ids.UnionWith(w.Sources);
        }

        return knowledge.Sources.Where(s => ids.Contains(s.Id)).ToList();
    }

    private Finding ToFinding(UInt128 used, string text)
    {
        var answers = AnswerList(used);
        return new Finding(answers.Length > 0 ? answers[0] : "", answers, text);
    }

    private string[] AnswerList(UInt128 used) => answerLists.GetOrAdd(used, static (mask, questions) =>
    {
        var list = new List<string>();
        for (var i = 0; i < questions.Count; i++)
        {
            if ((mask & (UInt128.One << i)) != UInt128.Zero)
            {
                list.Add(questions[i].Id);
            }
        }

        return [.. list];
    }, knowledge.Questions);
}
