using System.Collections.Concurrent;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Assessment;

/// <summary>
/// Turns a validated answer set into a triage level, ranked causes and advice, all from the knowledge base.
/// Pure and thread-safe: the same answers always give the same result.
/// </summary>
/// <remarks>
/// Everything that does not depend on the answers is worked out once, here: cause and source references become
/// indices and bit masks, and the explanation of a rule or a piece of evidence is built once per combination of
/// answers that can make it hold. An assessment is then a walk over compiled conditions (see bench/).
/// </remarks>
public sealed class AssessmentEngine
{
    /// <summary>A cause whose evidence score reaches this is called "likely"; below, "possible".</summary>
    public const double LikelyThreshold = 0.5;

    private readonly KnowledgeBase knowledge;
    private readonly CompiledRule[] rules;
    private readonly CompiledCause[] causes;
    private readonly CompiledAdvice[] relief;
    private readonly CompiledAdvice[] prevention;
    private readonly LevelGuidance[] guidanceByLevel;
    private readonly WarningSign[][] watchForByLevel;
    private readonly UInt128[] watchForSources;
    private readonly (int Index, string Id)[] redFlags;
    private readonly int kindQuestion;
    private readonly ConcurrentDictionary<UInt128, string[]> answerLists = new();

    public AssessmentEngine(KnowledgeBase knowledge)
    {
        this.knowledge = knowledge;
        var sourceIndex = knowledge.Sources.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        UInt128 Sources(IEnumerable<string> ids) => ids.Aggregate(UInt128.Zero, (m, id) => m | (UInt128.One << sourceIndex[id]));

        rules = knowledge.Rules.Select(r => new CompiledRule(r, Sources(r.Sources))
        {
            Fixed = r.When.FixedMask is { } mask ? NewReason(r, mask) : null,
        }).ToArray();
        guidanceByLevel = Enum.GetValues<TriageLevel>().Select(knowledge.Guidance).ToArray();
        var causeIndex = knowledge.Causes.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        causes = knowledge.Causes.Select(c => new CompiledCause(c, Sources(c.Sources), Compile(c.Support), Compile(c.Against))).ToArray();
        CompiledAdvice[] Advice(AdviceKind kind) => knowledge.Advice.Where(a => a.Kind == kind)
            .Select(a => new CompiledAdvice(a, a.Causes.Select(id => causeIndex[id]).ToArray(), Sources(a.Sources))).ToArray();
        relief = Advice(AdviceKind.Relief);
        prevention = Advice(AdviceKind.Prevention);
        watchForByLevel = Enum.GetValues<TriageLevel>()
            .Select(level => knowledge.SafetyNet.Where(s => s.Level > level).Select(s => new WarningSign(s.Id, s.Level, s.Text, s.Sources)).ToArray())
            .ToArray();
        watchForSources = watchForByLevel.Select(list => list.Aggregate(UInt128.Zero, (m, w) => m | Sources(w.Sources))).ToArray();
        redFlags = knowledge.RedFlags.Select(q => (q.Index, q.Id)).ToArray();
        kindQuestion = knowledge.TryGetQuestion("episode.kind", out var kind) ? kind.Index : -1;
    }

    public KnowledgeBase Knowledge => knowledge;

    public AssessmentResult Assess(AnswerSet answers)
    {
        if (!ReferenceEquals(answers.Questions, knowledge.Questions))
        {
            throw new ArgumentException("The answers were validated against another knowledge base.", nameof(answers));
        }

        var values = answers.Values;
        var cited = UInt128.Zero;
        var triage = Triage(values, ref cited);
        // rankOf: a cause's place in the ranking by its knowledge-base index (-1 when not listed); causeAtRank: the reverse.
        Span<int> rankOf = stackalloc int[causes.Length];
        Span<int> causeAtRank = stackalloc int[causes.Length];
        var ranked = RankCauses(values, rankOf, causeAtRank, ref cited);
        var kind = EpisodeKind(values);
        var reliefSteps = SelectAdvice(relief, ranked, rankOf, causeAtRank, kind, ref cited);
        var preventionSteps = SelectAdvice(prevention, ranked, rankOf, causeAtRank, kind, ref cited);
        var watchFor = watchForByLevel[(int)triage.Level];
        cited |= watchForSources[(int)triage.Level];

        var unanswered = new List<string>();
        foreach (var (index, id) in redFlags)
        {
            if (double.IsNaN(values[index]))
            {
                unanswered.Add(id);
            }
        }

        var sources = new List<Source>();
        for (var i = 0; i < knowledge.Sources.Count; i++)
        {
            if ((cited & (UInt128.One << i)) != UInt128.Zero)
            {
                sources.Add(knowledge.Sources[i]);
            }
        }

        return new AssessmentResult(triage, ranked, reliefSteps, preventionSteps, watchFor, unanswered, sources, knowledge.Version);
    }

    /// <summary>The level is the most urgent any rule reaches; every rule that fired is a reason, most urgent first.</summary>
    private Triage Triage(ReadOnlySpan<double> values, ref UInt128 cited)
    {
        var reasons = new List<TriageReason>();
        var level = TriageLevel.SelfCare;
        foreach (var rule in rules)
        {
            var used = UInt128.Zero;
            if (rule.Rule.When.Evaluate(values, ref used) == Tri.True)
            {
                reasons.Add(rule.Fixed ?? rule.Reasons.GetOrAdd(used, static (mask, state) => state.Engine.NewReason(state.Rule, mask), (Engine: this, rule.Rule)));
                cited |= rule.Sources;
                if (rule.Rule.Level > level)
                {
                    level = rule.Rule.Level;
                }
            }
        }

        // Most urgent first; within a level, knowledge-base order (insertion sort is stable and n is small).
        StableSort(reasons, static (a, b) => b.Level.CompareTo(a.Level));
        var guidance = guidanceByLevel[(int)level];
        return new Triage(level, guidance.Label, guidance.Action, reasons);
    }

    private CompiledEvidence[] Compile(IEnumerable<Evidence> evidence) =>
        evidence.Select(e => new CompiledEvidence(e) { Fixed = e.When.FixedMask is { } mask ? NewFinding(mask, e.Text) : null }).ToArray();

    private TriageReason NewReason(TriageRule rule, UInt128 mask) =>
        new(rule.Id, rule.Level, rule.Title, rule.Advice, AnswerList(mask), rule.Sources);

    /// <summary>
    /// Each cause's score combines its supporting evidence as a noisy-OR (1 - product of (1 - weight)), then is
    /// discounted by any evidence against it. Simple enough to explain: every term is a listed answer.
    /// </summary>
    private List<RankedCause> RankCauses(ReadOnlySpan<double> values, Span<int> rankOf, Span<int> causeAtRank, ref UInt128 cited)
    {
        var ranked = new List<(int Index, RankedCause Cause)>();
        for (var c = 0; c < causes.Length; c++)
        {
            var cause = causes[c];
            var because = Findings(cause.Support, values, out var missing);
            if (because is null)
            {
                continue;
            }

            var against = Findings(cause.Against, values, out var kept);
            var score = Math.Round((1 - missing) * kept, 3);
            var likelihood = score >= LikelyThreshold ? Likelihood.Likely : Likelihood.Possible;
            var source = cause.Cause;
            ranked.Add((c, new RankedCause(source.Id, source.Name, source.Summary, likelihood, score, because, against ?? [], source.Sources)));
            cited |= cause.Sources;
        }

        // Stable: equal scores keep knowledge-base order, so the ranking is deterministic.
        StableSort(ranked, static (a, b) => b.Cause.Score.CompareTo(a.Cause.Score));
        rankOf.Fill(-1);
        var list = new List<RankedCause>(ranked.Count);
        for (var i = 0; i < ranked.Count; i++)
        {
            rankOf[ranked[i].Index] = i;
            causeAtRank[i] = ranked[i].Index;
            list.Add(ranked[i].Cause);
        }

        return list;
    }

    /// <summary>The findings among <paramref name="evidence"/> that hold, and the product of (1 - weight) over them.</summary>
    private List<Finding>? Findings(CompiledEvidence[] evidence, ReadOnlySpan<double> values, out double product)
    {
        List<Finding>? found = null;
        product = 1.0;
        foreach (var e in evidence)
        {
            var used = UInt128.Zero;
            if (e.Evidence.When.Evaluate(values, ref used) == Tri.True)
            {
                product *= 1 - e.Evidence.Weight;
                (found ??= []).Add(e.Fixed ?? e.Findings.GetOrAdd(used, static (mask, state) => state.Engine.NewFinding(mask, state.Text), (Engine: this, e.Evidence.Text)));
            }
        }

        return found;
    }

    private Finding NewFinding(UInt128 mask, string text)
    {
        var answers = AnswerList(mask);
        return new Finding(answers.Length > 0 ? answers[0] : "", answers, text);
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
    private static List<AdviceStep> SelectAdvice(CompiledAdvice[] candidates, List<RankedCause> ranked, ReadOnlySpan<int> rankOf,
        ReadOnlySpan<int> causeAtRank, EpisodeKindFilter episode, ref UInt128 cited)
    {
        var chosen = new List<(int Rank, int Focus, int Order, AdviceStep Step)>();
        for (var order = 0; order < candidates.Length; order++)
        {
            var candidate = candidates[order];
            var advice = candidate.Advice;
            if (advice.For != EpisodeKindFilter.Any && episode != EpisodeKindFilter.Any && advice.For != episode)
            {
                continue;
            }

            var rank = int.MaxValue;
            var focus = int.MaxValue;
            var servedCount = 0;
            for (var position = 0; position < candidate.Causes.Length; position++)
            {
                var r = rankOf[candidate.Causes[position]];
                if (r < 0)
                {
                    continue;
                }

                servedCount++;
                if (position < focus)
                {
                    focus = position;
                    rank = r;
                }
            }

            if (servedCount == 0 && !advice.Always)
            {
                continue;
            }

            // The causes it serves, in the order they were ranked.
            var served = new string[servedCount];
            var n = 0;
            for (var r = 0; r < ranked.Count && n < servedCount; r++)
            {
                if (Array.IndexOf(candidate.Causes, causeAtRank[r]) >= 0)
                {
                    served[n++] = ranked[r].Id;
                }
            }

            chosen.Add((rank, focus, order, new AdviceStep(advice.Id, advice.Text, served, advice.EvidenceNote, advice.Sources)));
            cited |= candidate.Sources;
        }

        chosen.Sort(static (a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.Focus != b.Focus ? a.Focus.CompareTo(b.Focus) : a.Order.CompareTo(b.Order));
        var dealt = new List<(int Turn, int Rank, AdviceStep Step)>(chosen.Count);
        var turn = 0;
        for (var i = 0; i < chosen.Count; i++)
        {
            turn = i > 0 && chosen[i].Rank == chosen[i - 1].Rank ? turn + 1 : 0;
            dealt.Add((turn, chosen[i].Rank, chosen[i].Step));
        }

        StableSort(dealt, static (a, b) => a.Turn != b.Turn ? a.Turn.CompareTo(b.Turn) : a.Rank.CompareTo(b.Rank));
        var steps = new List<AdviceStep>(dealt.Count);
        foreach (var d in dealt)
        {
            steps.Add(d.Step);
        }

        return steps;
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

    /// <summary>Insertion sort: stable, allocation-free, and fastest for the handful of items here.</summary>
    private static void StableSort<T>(List<T> items, Comparison<T> comparison)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var item = items[i];
            var j = i - 1;
            while (j >= 0 && comparison(items[j], item) > 0)
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = item;
        }
    }

    // The same rule or evidence can hold through different answers (an "any" of several); each combination's
    // explanation is made once and reused. Fixed is that explanation when only one combination can make it hold.
    private sealed record CompiledRule(TriageRule Rule, UInt128 Sources)
    {
        public TriageReason? Fixed { get; init; }

        public ConcurrentDictionary<UInt128, TriageReason> Reasons { get; } = new();
    }

    private sealed record CompiledEvidence(Evidence Evidence)
    {
        public Finding? Fixed { get; init; }

        public ConcurrentDictionary<UInt128, Finding> Findings { get; } = new();
    }

    private sealed record CompiledCause(Cause Cause, UInt128 Sources, CompiledEvidence[] Support, CompiledEvidence[] Against);

    private sealed record CompiledAdvice(Advice Advice, int[] Causes, UInt128 Sources);
}
