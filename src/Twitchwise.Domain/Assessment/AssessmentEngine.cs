using System.Collections.Concurrent;
using System.Numerics;
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
    private readonly Source[] sources;

    // Most urgent first, knowledge-base order within a level: the rules that fire come out as the reasons, in order.
    private readonly CompiledRule[] rules;
    private readonly CompiledCause[] causes;
    private readonly int variableEvidenceCount;
    private readonly CompiledAdvice[] relief;
    private readonly CompiledAdvice[] prevention;
    private readonly LevelGuidance[] guidanceByLevel;
    private readonly WarningSign[][] watchForByLevel;
    private readonly UInt128[] watchForSources;
    private readonly (int Index, string Id)[] redFlags;
    private readonly int kindQuestion;
    private readonly EpisodeKindFilter[] kindByOption;
    private readonly ConcurrentDictionary<UInt128, string[]> answerLists = new();

    public AssessmentEngine(KnowledgeBase knowledge)
    {
        this.knowledge = knowledge;
        sources = [.. knowledge.Sources];
        var sourceIndex = knowledge.Sources.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        UInt128 Sources(IEnumerable<string> ids) => ids.Aggregate(UInt128.Zero, (m, id) => m | (UInt128.One << sourceIndex[id]));

        rules = knowledge.Rules.OrderByDescending(r => r.Level).Select(r => new CompiledRule(r, Sources(r.Sources))
        {
            Fixed = r.When.FixedMask is { } mask ? NewReason(r, mask) : null,
            Reasons = new(mask => NewReason(r, mask)),
        }).ToArray();
        guidanceByLevel = Enum.GetValues<TriageLevel>().Select(knowledge.Guidance).ToArray();
        var causeIndex = knowledge.Causes.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        causes = knowledge.Causes.Select(c => new CompiledCause(c, Sources(c.Sources), Compile(c.Support), Compile(c.Against))).ToArray();
        foreach (var cause in causes)
        {
            // A cause's held evidence is kept as two 64-bit sets; the knowledge base is nowhere near that.
            if (cause.Support.Length > 64 || cause.Against.Length > 64)
            {
                throw new ArgumentException($"cause '{cause.Cause.Id}' has more than 64 pieces of evidence for or against it", nameof(knowledge));
            }

            foreach (var evidence in cause.Support.Concat(cause.Against).Where(e => e.Fixed is null))
            {
                evidence.VariableSlot = variableEvidenceCount++;
            }

            cause.Ranked = new(key => BuildRankedCause(cause, (ulong)key, (ulong)(key >> 64), []));
        }

        CompiledAdvice[] Advice(AdviceKind kind) => knowledge.Advice.Where(a => a.Kind == kind)
            .Select(a => new CompiledAdvice(a, a.Causes.Select(id => causeIndex[id]).ToArray(), [.. a.Causes], Sources(a.Sources))).ToArray();
        relief = Advice(AdviceKind.Relief);
        prevention = Advice(AdviceKind.Prevention);
        watchForByLevel = Enum.GetValues<TriageLevel>()
            .Select(level => knowledge.SafetyNet.Where(s => s.Level > level).Select(s => new WarningSign(s.Id, s.Level, s.Text, s.Sources)).ToArray())
            .ToArray();
        watchForSources = watchForByLevel.Select(list => list.Aggregate(UInt128.Zero, (m, w) => m | Sources(w.Sources))).ToArray();
        redFlags = knowledge.RedFlags.Select(q => (q.Index, q.Id)).ToArray();
        kindQuestion = knowledge.TryGetQuestion("episode.kind", out var kind) ? kind.Index : -1;
        kindByOption = kindQuestion < 0 ? [] : [.. kind!.Options.Select(o => o.Id switch
        {
            "twitch" => EpisodeKindFilter.Twitch,
            "spasm" => EpisodeKindFilter.Spasm,
            _ => EpisodeKindFilter.Any,
        })];
    }

    public KnowledgeBase Knowledge => knowledge;

    public AssessmentResult Assess(AnswerSet answers)
    {
        if (!ReferenceEquals(answers.Questions, knowledge.Questions))
        {
            throw new ArgumentException("The answers were validated against another knowledge base.", nameof(answers));
        }

        var values = answers.Values;
        var work = Workspace.For(this);
        var cited = UInt128.Zero;
        var triage = Triage(values, work, ref cited);
        var ranked = RankCauses(values, work, ref cited);
        var kind = EpisodeKind(values);
        var reliefSteps = SelectAdvice(relief, work, kind, ref cited);
        var preventionSteps = SelectAdvice(prevention, work, kind, ref cited);
        var watchFor = watchForByLevel[(int)triage.Level];
        cited |= watchForSources[(int)triage.Level];
        return new AssessmentResult(triage, ranked, reliefSteps, preventionSteps, watchFor, UnansweredRedFlags(values), CitedSources(cited), knowledge.Version);
    }

    /// <summary>The level is the most urgent any rule reaches; every rule that fired is a reason, most urgent first.</summary>
    private Triage Triage(ReadOnlySpan<double> values, Workspace work, ref UInt128 cited)
    {
        var fired = work.FiredRules;
        var masks = work.RuleMasks;
        var count = 0;
        for (var r = 0; r < rules.Length; r++)
        {
            // A rule with a fixed explanation only needs to know whether it holds; the others also say why.
            var rule = rules[r];
            var used = UInt128.Zero;
            if ((rule.Fixed is null ? rule.When.Evaluate(values, ref used) : rule.When.Truth(values)) == Tri.True)
            {
                fired[count] = r;
                masks[count++] = used;
                cited |= rule.Sources;
            }
        }

        var reasons = count == 0 ? [] : new TriageReason[count];
        for (var i = 0; i < count; i++)
        {
            var rule = rules[fired[i]];
            reasons[i] = rule.Fixed ?? rule.Reasons.Get(masks[i]);
        }

        // The rules are held most urgent first, so the first that fired sets the level.
        var level = count == 0 ? TriageLevel.SelfCare : rules[fired[0]].Rule.Level;
        var guidance = guidanceByLevel[(int)level];
        return new Triage(level, guidance.Label, guidance.Action, reasons);
    }

    private string[] UnansweredRedFlags(ReadOnlySpan<double> values)
    {
        var missing = 0;
        foreach (var (index, _) in redFlags)
        {
            missing += double.IsNaN(values[index]) ? 1 : 0;
        }

        if (missing == 0)
        {
            return [];
        }

        var unanswered = new string[missing];
        missing = 0;
        foreach (var (index, id) in redFlags)
        {
            if (double.IsNaN(values[index]))
            {
                unanswered[missing++] = id;
            }
        }

        return unanswered;
    }

    /// <summary>The cited sources in knowledge-base order.</summary>
    private Source[] CitedSources(UInt128 cited)
    {
        var list = new Source[(int)UInt128.PopCount(cited)];
        var n = 0;
        for (var low = (ulong)cited; low != 0; low &= low - 1)
        {
            list[n++] = sources[BitOperations.TrailingZeroCount(low)];
        }

        for (var high = (ulong)(cited >> 64); high != 0; high &= high - 1)
        {
            list[n++] = sources[64 + BitOperations.TrailingZeroCount(high)];
        }

        return list;
    }

    private static ulong VariableBits(CompiledEvidence[] evidence) =>
        evidence.Select((e, i) => e.Fixed is null ? 1UL << i : 0).Aggregate(0UL, (bits, bit) => bits | bit);

    private CompiledEvidence[] Compile(IEnumerable<Evidence> evidence) =>
        evidence.Select(e => new CompiledEvidence(e)
        {
            Fixed = e.When.FixedMask is { } mask ? NewFinding(mask, e.Text) : null,
            Findings = new(mask => NewFinding(mask, e.Text)),
        }).ToArray();

    private TriageReason NewReason(TriageRule rule, UInt128 mask) =>
        new(rule.Id, rule.Level, rule.Title, rule.Advice, AnswerList(mask), rule.Sources);

    /// <summary>
    /// Each cause's score combines its supporting evidence as a noisy-OR (1 - product of (1 - weight)), then is
    /// discounted by any evidence against it. Simple enough to explain: every term is a listed answer.
    /// </summary>
    private RankedCause[] RankCauses(ReadOnlySpan<double> values, Workspace work, ref UInt128 cited)
    {
        // First each cause whose evidence holds, then the order, then the causes in that order.
        Span<(int Index, double Score)> listed = work.Listed;
        var found = work.Found;
        var masks = work.EvidenceMasks;
        var count = 0;
        for (var c = 0; c < causes.Length; c++)
        {
            var cause = causes[c];
            var support = Holding(cause.Support, values, masks);
            if (support == 0)
            {
                continue;
            }

            var against = Holding(cause.Against, values, masks);
            // The same held evidence always makes the same ranked cause, unless an explanation depends on which part
            // of an "any" held: then the answers behind those pieces pick it too.
            var held = ((UInt128)against << 64) | support;
            var ranked = ((support & cause.VariableSupport) | (against & cause.VariableAgainst)) == 0
                ? cause.Ranked.Get(held)
                : VariantOf(cause, held, support, against, masks, work.VariableAnswers);
            found[c] = ranked;
            listed[count++] = (c, ranked.Score);
            cited |= cause.Sources;
        }

        // Highest score first; equal scores keep knowledge-base order (insertion sort is stable), so it is deterministic.
        listed = listed[..count];
        for (var i = 1; i < listed.Length; i++)
        {
            var item = listed[i];
            var j = i - 1;
            while (j >= 0 && listed[j].Score < item.Score)
            {
                listed[j + 1] = listed[j];
                j--;
            }

            listed[j + 1] = item;
        }

        var rankOf = work.RankOf;
        Array.Fill(rankOf, -1);
        var result = count == 0 ? [] : new RankedCause[count];
        for (var i = 0; i < count; i++)
        {
            rankOf[listed[i].Index] = i;
            result[i] = found[listed[i].Index];
        }

        return result;
    }

    /// <summary>
    /// Which of <paramref name="evidence"/> holds, as a bit set. The answers behind a held piece go in
    /// <paramref name="masks"/> only when its explanation depends on them (one slot per such piece).
    /// </summary>
    private static ulong Holding(CompiledEvidence[] evidence, ReadOnlySpan<double> values, Span<UInt128> masks)
    {
        var held = 0UL;
        for (var i = 0; i < evidence.Length; i++)
        {
            var piece = evidence[i];
            if (piece.VariableSlot < 0)
            {
                if (piece.When.Truth(values) == Tri.True)
                {
                    held |= 1UL << i;
                }
            }
            else
            {
                var used = UInt128.Zero;
                if (piece.When.Evaluate(values, ref used) == Tri.True)
                {
                    held |= 1UL << i;
                    masks[piece.VariableSlot] = used;
                }
            }
        }

        return held;
    }

    /// <summary>
    /// Copies the answers behind each held piece whose explanation depends on them into <paramref name="into"/> from
    /// <paramref name="start"/>, in knowledge-base order; returns where the next would go.
    /// </summary>
    private static int VariableAnswers(CompiledEvidence[] evidence, ulong held, ReadOnlySpan<UInt128> masks, UInt128[] into, int start)
    {
        for (; held != 0; held &= held - 1)
        {
            into[start++] = masks[evidence[BitOperations.TrailingZeroCount(held)].VariableSlot];
        }

        return start;
    }

    /// <summary>The ranked cause for held evidence that includes a piece whose explanation depends on its answers.</summary>
    private static RankedCause VariantOf(CompiledCause cause, UInt128 held, ulong support, ulong against, ReadOnlySpan<UInt128> masks, UInt128[] scratch)
    {
        var count = VariableAnswers(cause.Support, support & cause.VariableSupport, masks, scratch, 0);
        count = VariableAnswers(cause.Against, against & cause.VariableAgainst, masks, scratch, count);
        var variable = scratch.AsSpan(0, count);
        return cause.Ranked.TryGet(held, variable, out var known)
            ? known
            : cause.Ranked.Add(held, variable, BuildRankedCause(cause, support, against, masks));
    }

    private static double Score(CompiledCause cause, ulong support, ulong against) =>
        Math.Round((1 - Product(cause.Support, support)) * Product(cause.Against, against), 3);

    /// <summary>The product of (1 - weight) over the held evidence, in knowledge-base order.</summary>
    private static double Product(CompiledEvidence[] evidence, ulong held)
    {
        var product = 1.0;
        for (; held != 0; held &= held - 1)
        {
            product *= 1 - evidence[BitOperations.TrailingZeroCount(held)].Evidence.Weight;
        }

        return product;
    }

    /// <param name="masks">The answers behind each held piece of evidence without a fixed explanation, by its slot.</param>
    private static RankedCause BuildRankedCause(CompiledCause cause, ulong support, ulong against, ReadOnlySpan<UInt128> masks)
    {
        var score = Score(cause, support, against);
        var source = cause.Cause;
        return new RankedCause(
            source.Id,
            source.Name,
            source.Summary,
            score >= LikelyThreshold ? Likelihood.Likely : Likelihood.Possible,
            score,
            Findings(cause.Support, support, masks),
            Findings(cause.Against, against, masks),
            source.Sources);
    }

    private static Finding[] Findings(CompiledEvidence[] evidence, ulong held, ReadOnlySpan<UInt128> masks)
    {
        if (held == 0)
        {
            return [];
        }

        var findings = new Finding[BitOperations.PopCount(held)];
        for (var n = 0; held != 0; held &= held - 1)
        {
            var i = BitOperations.TrailingZeroCount(held);
            findings[n++] = evidence[i].Fixed ?? evidence[i].Findings.Get(masks[evidence[i].VariableSlot]);
        }

        return findings;
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

        return kindByOption[(int)values[kindQuestion]];
    }

    /// <summary>
    /// Advice for the listed causes. Each step belongs to the listed cause it mainly serves (named earliest in its
    /// list); the steps are then dealt out cause by cause - the first step for each cause in rank order, then the
    /// second - so that every likely cause gets its most direct step near the top. Advice written for cramps only
    /// is left out for a twitch, and the other way round.
    /// </summary>
    private AdviceStep[] SelectAdvice(CompiledAdvice[] candidates, Workspace work, EpisodeKindFilter episode, ref UInt128 cited)
    {
        // Each step joins the queue of the listed cause it mainly serves (ordered by that cause's place in its list,
        // then knowledge-base order); steps serving no listed cause queue last. Queues are linked lists in the
        // workspace: no sorting and no allocation but the result.
        var noCause = causes.Length;
        ReadOnlySpan<int> rankOf = work.RankOf;
        var head = work.QueueHead;
        var tail = work.QueueTail;
        var next = work.NextInQueue;
        var focusOf = work.Focus;
        var servedBy = work.ServedBy;
        Array.Fill(head, -1);
        var count = 0;
        for (var order = 0; order < candidates.Length; order++)
        {
            var candidate = candidates[order];
            if (candidate.For != EpisodeKindFilter.Any && episode != EpisodeKindFilter.Any && candidate.For != episode)
            {
                continue;
            }

            var rank = noCause;
            var focus = 0;
            var served = 0;
            var causeList = candidate.Causes;
            for (var position = causeList.Length - 1; position >= 0; position--)
            {
                var r = rankOf[causeList[position]];
                if (r >= 0)
                {
                    served |= 1 << position;
                    focus = position;
                    rank = r;
                }
            }

            if (served == 0 && !candidate.Always)
            {
                continue;
            }

            servedBy[order] = served;
            focusOf[order] = focus;
            Enqueue(head, tail, next, focusOf, rank, order);
            count++;
            cited |= candidate.Sources;
        }

        // Deal the queues out: each cause's first step in rank order, then each cause's second, and so on.
        var active = work.ActiveQueues;
        var queues = 0;
        for (var rank = 0; rank <= noCause; rank++)
        {
            if (head[rank] >= 0)
            {
                active[queues++] = rank;
            }
        }

        var steps = count == 0 ? [] : new AdviceStep[count];
        for (var n = 0; n < count;)
        {
            var still = 0;
            for (var q = 0; q < queues; q++)
            {
                var rank = active[q];
                var order = head[rank];
                steps[n++] = candidates[order].Step(servedBy[order]);
                head[rank] = next[order];
                if (next[order] >= 0)
                {
                    active[still++] = rank;
                }
            }

            queues = still;
        }

        return steps;
    }

    /// <summary>Adds a step to its cause's queue, after every step with the same or an earlier focus.</summary>
    private static void Enqueue(int[] head, int[] tail, int[] next, int[] focusOf, int rank, int order)
    {
        next[order] = -1;
        if (head[rank] < 0)
        {
            head[rank] = tail[rank] = order;
        }
        else if (focusOf[tail[rank]] <= focusOf[order])
        {
            next[tail[rank]] = order;
            tail[rank] = order;
        }
        else if (focusOf[head[rank]] > focusOf[order])
        {
            next[order] = head[rank];
            head[rank] = order;
        }
        else
        {
            var before = head[rank];
            while (focusOf[next[before]] <= focusOf[order])
            {
                before = next[before];
            }

            next[order] = next[before];
            next[before] = order;
        }
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

    /// <summary>
    /// Scratch space for one assessment, kept per thread and reused, so that an assessment allocates only its result.
    /// (Plain arrays rather than stack buffers also let the JIT optimise these methods with runtime profile data.)
    /// </summary>
    private sealed class Workspace
    {
        [ThreadStatic]
        private static Workspace? current;

        private Workspace(AssessmentEngine engine)
        {
            Engine = engine;
            FiredRules = new int[engine.rules.Length];
            RuleMasks = new UInt128[engine.rules.Length];
            Listed = new (int, double)[engine.causes.Length];
            Found = new RankedCause[engine.causes.Length];
            EvidenceMasks = new UInt128[engine.variableEvidenceCount];
            VariableAnswers = new UInt128[engine.variableEvidenceCount];
            RankOf = new int[engine.causes.Length];
            var advice = Math.Max(engine.relief.Length, engine.prevention.Length);
            ServedBy = new int[advice];
            Focus = new int[advice];
            NextInQueue = new int[advice];
            QueueHead = new int[engine.causes.Length + 1];
            QueueTail = new int[engine.causes.Length + 1];
            ActiveQueues = new int[engine.causes.Length + 1];
        }

        public AssessmentEngine Engine { get; }

        public int[] FiredRules { get; }

        public UInt128[] RuleMasks { get; }

        public (int Index, double Score)[] Listed { get; }

        /// <summary>Each listed cause by its knowledge-base index, before ranking.</summary>
        public RankedCause[] Found { get; }

        /// <summary>The answers behind each held piece of evidence whose explanation depends on them, by its slot.</summary>
        public UInt128[] EvidenceMasks { get; }

        /// <summary>The answers behind one cause's held pieces of evidence whose explanation depends on them, in order.</summary>
        public UInt128[] VariableAnswers { get; }

        /// <summary>A cause's place in the ranking, by its knowledge-base index (-1 when not listed).</summary>
        public int[] RankOf { get; }

        // The advice queues, one per listed cause by rank and one for steps given whatever the cause; see SelectAdvice.
        public int[] ServedBy { get; }

        public int[] Focus { get; }

        public int[] NextInQueue { get; }

        public int[] QueueHead { get; }

        public int[] QueueTail { get; }

        public int[] ActiveQueues { get; }

        public static Workspace For(AssessmentEngine engine)
        {
            var work = current;
            return work is not null && ReferenceEquals(work.Engine, engine) ? work : current = new Workspace(engine);
        }
    }

    // The same rule or evidence can hold through different answers (an "any" of several); each combination's
    // explanation is made once and reused. Fixed is that explanation when only one combination can make it hold.
    private sealed record CompiledRule(TriageRule Rule, UInt128 Sources)
    {
        public Condition When { get; } = Named.Unwrap(Rule.When);

        public TriageReason? Fixed { get; init; }

        public required ExplanationCache<TriageReason> Reasons { get; init; }
    }

    private sealed record CompiledEvidence(Evidence Evidence)
    {
        public Condition When { get; } = Named.Unwrap(Evidence.When);

        public Finding? Fixed { get; init; }

        public required ExplanationCache<Finding> Findings { get; init; }

        /// <summary>Where the answers behind it are kept during an assessment; -1 when its explanation is fixed.</summary>
        public int VariableSlot { get; set; } = -1;
    }

    private sealed record CompiledCause(Cause Cause, UInt128 Sources, CompiledEvidence[] Support, CompiledEvidence[] Against)
    {
        /// <summary>Which pieces for the cause have no fixed explanation, as bits by position.</summary>
        public ulong VariableSupport { get; } = VariableBits(Support);

        /// <summary>Which pieces against the cause have no fixed explanation, as bits by position.</summary>
        public ulong VariableAgainst { get; } = VariableBits(Against);

        /// <summary>
        /// The ranked cause for each combination of held evidence (support bits, then against bits shifted by 64) and,
        /// where an explanation depends on which part of an "any" held, the answers behind it.
        /// </summary>
        public ExplanationCache<RankedCause> Ranked { get; set; } = null!;
    }

    /// <summary>Advice with its causes as knowledge-base indices; its step for each set of served causes is made once.</summary>
    private sealed record CompiledAdvice(Advice Advice, int[] Causes, string[] CauseIds, UInt128 Sources)
    {
        public EpisodeKindFilter For { get; } = Advice.For;

        public bool Always { get; } = Advice.Always;

        // Indexed by the bit mask of which of its causes are listed; filled on first use (a race only builds one twice).
        private readonly AdviceStep?[] steps = new AdviceStep?[1 << Causes.Length];

        public AdviceStep Step(int served) => steps[served] ?? (steps[served] = NewStep(served));

        // Kept apart from Step: a lambda capturing 'served' there would cost a closure on every call, not just the first.
        private AdviceStep NewStep(int served) =>
            new(Advice.Id, Advice.Text, CauseIds.Where((_, i) => (served & (1 << i)) != 0).ToArray(), Advice.EvidenceNote, Advice.Sources);
    }
}
