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

    // Most urgent first, knowledge-base order within a level: the rules that fire come out as the reasons in this order.
    private readonly TriageRule[] rules = [.. knowledge.Rules.OrderByDescending(r => r.Level)];
    private readonly Dictionary<string, Advice> adviceById = knowledge.Advice.ToDictionary(a => a.Id, StringComparer.Ordinal);
    private readonly QuestionPlanner planner = new(knowledge);

    // Where each source stands in the knowledge base's list, which is the order the result lists them in.
    private readonly Dictionary<string, int> sourceIndex = knowledge.Sources.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

    public KnowledgeBase Knowledge => knowledge;

    /// <param name="answers">The answers, validated against this knowledge base.</param>
    /// <param name="subject">
    /// Who the answers are about when it is not the person using Twitchwise ("my husband", as the intake read it from a
    /// description); null when they are the person's own. It changes only whom the level's action, every step (while waiting,
    /// relief, prevention) and the reasons steps are held back speak to: "help them sit down", "they should warm up" for
    /// whoever is looking after them, never "sit down", which a carer might do themselves.
    /// </param>
    /// <param name="raised">
    /// Yes/no questions a description raised but did not settle (the intake's <c>confirm</c>: "maybe a burn under the
    /// sternum"). A more urgent rule, urgent or an emergency, that a yes to one of them would fire is suspected, as if its
    /// suspect_when held, so no advice it avoids is shown beside it and its questions come first.
    /// </param>
    public AssessmentResult Assess(AnswerSet answers, string? subject = null, IReadOnlyCollection<string>? raised = null)
    {
        if (!ReferenceEquals(answers.Questions, knowledge.Questions))
        {
            throw new ArgumentException("The answers were validated against another knowledge base.", nameof(answers));
        }

        var result = AssessWithoutPlan(answers, string.IsNullOrWhiteSpace(subject) ? null : subject.Trim(), raised ?? []);
        return result with { NextQuestions = planner.NextQuestions(answers, result) };
    }

    /// <summary>Everything but <c>next_questions</c>, which the planner works out from the rest.</summary>
    private AssessmentResult AssessWithoutPlan(AnswerSet answers, string? subject, IReadOnlyCollection<string> raised)
    {
        // Where the answers behind each rule or finding are collected, one at a time.
        var scratch = new HashSet<int>();
        var fired = new List<TriageRule>();
        var reasons = new List<TriageReason>();
        foreach (var rule in rules)
        {
            if (rule.When.Evaluate(answers) == Tri.True)
            {
                fired.Add(rule);
                reasons.Add(Reason(rule, Because(rule.When, answers, scratch), subject));
            }
        }

        var level = fired.Count == 0 ? TriageLevel.SelfCare : fired[0].Level;
        var suspected = new List<TriageRule>();
        foreach (var rule in rules)
        {
            if (rule.Level > level && rule.SuspectWhen?.Evaluate(answers) == Tri.True && rule.When.Evaluate(answers) == Tri.Unknown)
            {
                suspected.Add(rule);
            }
        }

        foreach (var id in raised)
        {
            if (!knowledge.TryGetQuestion(id, out var question) || question.Type != QuestionType.Bool || answers.IsKnown(id))
            {
                continue;
            }

            var ifYes = answers.With(question.Index, 1);
            suspected.AddRange(rules.Where(rule => rule.Level > level && rule.Level >= TriageLevel.Urgent && !suspected.Contains(rule) &&
                                                   rule.When.Evaluate(answers) == Tri.Unknown && rule.When.Evaluate(ifYes) == Tri.True));
        }

        // Most urgent first, as the rules are listed.
        suspected = [.. rules.Where(suspected.Contains)];
        var unansweredRedFlags = UnansweredRedFlags(answers, level, suspected);
        var guidance = knowledge.Guidance(level);
        var suspicions = new List<Suspicion>(suspected.Count);
        foreach (var rule in suspected)
        {
            suspicions.Add(Suspect(rule, answers, scratch, subject));
        }

        var triage = new Triage(
            level,
            guidance.Label,
            guidance.ActionFor(subject, complete: unansweredRedFlags.Count == 0),
            reasons,
            unansweredRedFlags.Count == 0,
            guidance.Call,
            suspicions);

        // An emergency result says what to do now and nothing else: no causes to read, no remedies to try.
        List<RankedCause> causes = level == TriageLevel.Emergency ? [] : RankCauses(answers, scratch, subject);
        var advice = new AdviceFilter(answers, fired, suspected, level, subject);
        var whileWaiting = Steps(advice.Keep(WhileWaitingAdvice(fired, level)), causes, listCauses: false, subject);
        var relief = level == TriageLevel.Emergency ? [] : Steps(advice.Keep(SelectAdvice(AdviceKind.Relief, causes, answers)), causes, listCauses: true, subject);
        var prevention = level == TriageLevel.Emergency ? [] : Steps(advice.Keep(SelectAdvice(AdviceKind.Prevention, causes, answers)), causes, listCauses: true, subject);
        var watchFor = new List<WarningSign>();
        foreach (var s in knowledge.SafetyNet)
        {
            if (s.Level > level)
            {
                watchFor.Add(new WarningSign(s.Id, s.Level, s.TextFor(subject), s.Sources));
            }
        }

        var cited = new bool[knowledge.Sources.Count];
        foreach (var r in reasons)
        {
            Cite(r.Sources, cited);
        }

        foreach (var s in suspicions)
        {
            Cite(s.Sources, cited);
        }

        foreach (var c in causes)
        {
            Cite(c.Sources, cited);
        }

        foreach (var step in whileWaiting.Concat(relief).Concat(prevention))
        {
            Cite(step.Sources, cited);
        }

        foreach (var w in watchFor)
        {
            Cite(w.Sources, cited);
        }

        var sources = new List<Source>();
        for (var i = 0; i < cited.Length; i++)
        {
            if (cited[i])
            {
                sources.Add(knowledge.Sources[i]);
            }
        }

        return new AssessmentResult(
            triage,
            causes,
            relief,
            prevention,
            whileWaiting,
            advice.Withheld,
            watchFor,
            unansweredRedFlags,
            [],
            sources,
            knowledge.Version,
            subject);
    }

    private void Cite(IReadOnlyList<string> ids, bool[] cited)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (sourceIndex.TryGetValue(ids[i], out var source))
            {
                cited[source] = true;
            }
        }
    }

    /// <summary>What the fired rules of the level ask for while waiting, each step once, in rule order.</summary>
    private List<Advice> WhileWaitingAdvice(List<TriageRule> fired, TriageLevel level)
    {
        var steps = new List<Advice>();
        foreach (var rule in fired)
        {
            if (rule.Level != level)
            {
                continue;
            }

            foreach (var id in rule.WhileWaiting)
            {
                var step = adviceById[id];
                if (!steps.Contains(step))
                {
                    steps.Add(step);
                }
            }
        }

        return steps;
    }

    /// <summary>The steps as the result shows them: with the listed causes each serves, or with none (while waiting).</summary>
    private static List<AdviceStep> Steps(List<Advice> kept, List<RankedCause> causes, bool listCauses, string? subject)
    {
        var steps = new List<AdviceStep>(kept.Count);
        foreach (var a in kept)
        {
            steps.Add(Step(a, listCauses ? Listed(a.Causes, causes) : [], subject));
        }

        return steps;
    }

    /// <summary>The causes of a step that the result lists, in the step's order.</summary>
    private static List<string> Listed(IReadOnlyList<string> ids, List<RankedCause> causes)
    {
        var listed = new List<string>();
        foreach (var id in ids)
        {
            if (RankOf(id, causes) >= 0)
            {
                listed.Add(id);
            }
        }

        return listed;
    }

    /// <summary>The place of a cause in the ranking, or -1 when it is not listed.</summary>
    private static int RankOf(string id, List<RankedCause> causes)
    {
        for (var i = 0; i < causes.Count; i++)
        {
            if (causes[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The questions that make a condition that holds true, in interview order: collected only for what holds, as few do.
    /// </summary>
    /// <param name="scratch">Where they are collected, cleared here: one set serves a whole assessment.</param>
    private string[] Because(Condition condition, AnswerSet answers, HashSet<int> scratch)
    {
        scratch.Clear();
        condition.Evaluate(answers, scratch);
        return AnswerIds(scratch);
    }

    /// <summary>A rule that fired, with the answers behind it; its advice said to whoever the answers are about.</summary>
    private static TriageReason Reason(TriageRule rule, string[] because, string? subject) =>
        new(rule.Id, rule.Level, rule.Title, rule.AdviceFor(subject), because, rule.Sources);

    private Suspicion Suspect(TriageRule rule, AnswerSet answers, HashSet<int> scratch, string? subject)
    {
        // Suspected from a question the words raised, nothing answered need point at it.
        var because = rule.SuspectWhen is { } pointer && pointer.Evaluate(answers) == Tri.True ? Because(pointer, answers, scratch) : [];
        scratch.Clear();
        rule.When.AddOpenQuestions(answers, scratch);
        return new(rule.Id, rule.Level, rule.Title, rule.AdviceFor(subject), because, AnswerIds(scratch), rule.Sources);
    }

    /// <summary>
    /// The unknown questions that could still raise the level: those of every more urgent rule that is not yet false.
    /// Most dangerous first: by the level they could reach, then questions of a suspected rule (its suspect_when holds),
    /// then of a rule the answers already point towards (part of it answered), then interview order.
    /// </summary>
    private List<string> UnansweredRedFlags(AnswerSet answers, TriageLevel level, List<TriageRule> suspected)
    {
        var rank = new Dictionary<int, (TriageLevel Level, int Pointed)>();
        var open = new HashSet<int>();
        foreach (var rule in rules)
        {
            if (rule.Level <= level || rule.When.Evaluate(answers) != Tri.Unknown)
            {
                continue;
            }

            open.Clear();
            rule.When.AddOpenQuestions(answers, open);
            var pointed = suspected.Contains(rule) ? 2 : AnyKnown(rule.When.Questions, answers) ? 1 : 0;
            foreach (var q in open)
            {
                var mine = (rule.Level, pointed);
                if (!rank.TryGetValue(q, out var best) || Compare(mine, best) > 0)
                {
                    rank[q] = mine;
                }
            }
        }

        var ranked = new List<(int Question, TriageLevel Level, int Pointed)>(rank.Count);
        foreach (var (q, (l, pointed)) in rank)
        {
            ranked.Add((q, l, pointed));
        }

        // Every question appears once, so the order is total and an unstable sort gives the same list.
        ranked.Sort((a, b) => a.Level != b.Level ? b.Level.CompareTo(a.Level)
            : a.Pointed != b.Pointed ? b.Pointed.CompareTo(a.Pointed)
            : a.Question.CompareTo(b.Question));
        var ids = new List<string>(ranked.Count);
        foreach (var x in ranked)
        {
            ids.Add(knowledge.Questions[x.Question].Id);
        }

        return ids;

        static int Compare((TriageLevel Level, int Pointed) a, (TriageLevel Level, int Pointed) b) =>
            a.Level != b.Level ? a.Level.CompareTo(b.Level) : a.Pointed.CompareTo(b.Pointed);
    }

    private static bool AnyKnown(IReadOnlyList<int> questions, AnswerSet answers)
    {
        for (var i = 0; i < questions.Count; i++)
        {
            if (answers.IsKnown(questions[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Each cause's score combines its supporting evidence as a noisy-OR (1 - product of (1 - weight)), then is
    /// discounted by any evidence against it. Simple enough to explain: every term is a listed answer.
    /// Highest score first; equal scores keep knowledge-base order.
    /// </summary>
    private List<RankedCause> RankCauses(AnswerSet answers, HashSet<int> scratch, string? subject)
    {
        var ranked = new List<RankedCause>();
        for (var i = 0; i < knowledge.Causes.Count; i++)
        {
            if (RankCause(knowledge.Causes[i], answers, scratch, subject) is { } cause)
            {
                ranked.Add(cause);
            }
        }

        // A stable sort: equal scores keep knowledge-base order.
        return [.. ranked.OrderByDescending(c => c.Score)];
    }

    /// <summary>The cause as the result lists it; what it is and the evidence said about whoever the answers are about.</summary>
    private RankedCause? RankCause(Cause cause, AnswerSet answers, HashSet<int> scratch, string? subject)
    {
        var score = Score(cause, answers);
        if (double.IsNaN(score))
        {
            return null;
        }

        return new RankedCause(
            cause.Id,
            cause.Name,
            cause.SummaryFor(subject),
            score >= LikelyThreshold ? Likelihood.Likely : Likelihood.Possible,
            score,
            Holding(cause.Support, answers, scratch, subject),
            Holding(cause.Against, answers, scratch, subject),
            cause.Sources);
    }

    /// <summary>
    /// The cause's score: the noisy-OR of the supporting weights that hold (1 - product of (1 - weight)), discounted by
    /// each weight against that holds, to three decimals; NaN when no support holds (the cause is not listed).
    /// </summary>
    internal static double Score(Cause cause, AnswerSet answers)
    {
        var supported = false;
        var notSupported = 1.0;
        for (var i = 0; i < cause.Support.Count; i++)
        {
            var e = cause.Support[i];
            if (e.When.Evaluate(answers) == Tri.True)
            {
                supported = true;
                notSupported *= 1 - e.Weight;
            }
        }

        if (!supported)
        {
            return double.NaN;
        }

        var notAgainst = 1.0;
        for (var i = 0; i < cause.Against.Count; i++)
        {
            var e = cause.Against[i];
            if (e.When.Evaluate(answers) == Tri.True)
            {
                notAgainst *= 1 - e.Weight;
            }
        }

        return Math.Round((1 - notSupported) * notAgainst, 3);
    }

    /// <summary>The evidence that holds, each with the answers behind it.</summary>
    private List<Finding> Holding(IReadOnlyList<Evidence> evidence, AnswerSet answers, HashSet<int> scratch, string? subject)
    {
        var held = new List<Finding>();
        for (var i = 0; i < evidence.Count; i++)
        {
            var e = evidence[i];
            if (e.When.Evaluate(answers) == Tri.True)
            {
                var ids = Because(e.When, answers, scratch);
                held.Add(new Finding(ids.Length > 0 ? ids[0] : "", ids, e.TextFor(subject)));
            }
        }

        return held;
    }

    /// <summary>
    /// Advice for the listed causes. Each step belongs to the listed cause it mainly serves (named earliest in its list);
    /// the steps are then dealt out cause by cause - the first step for each cause in rank order, then the second - so
    /// that every likely cause gets its most direct step near the top. Advice written for cramps only is left out for a
    /// twitch, and the other way round; a step meant for some people only (show_when) reaches just them.
    /// </summary>
    private List<Advice> SelectAdvice(AdviceKind kind, List<RankedCause> causes, AnswerSet answers)
    {
        var episode = EpisodeKind(answers);
        var queued = new List<(Advice Advice, int Order, int Rank, int Focus)>();
        for (var order = 0; order < knowledge.Advice.Count; order++)
        {
            var a = knowledge.Advice[order];
            if (a.Kind != kind || !(a.For == EpisodeKindFilter.Any || episode == EpisodeKindFilter.Any || a.For == episode)
                || (a.ShowWhen is not null && a.ShowWhen.Evaluate(answers) != Tri.True))
            {
                continue;
            }

            // The listed cause the step mainly serves: the first of its causes that is listed.
            var (rank, focus) = (int.MaxValue, 0);
            for (var i = 0; i < a.Causes.Count && rank == int.MaxValue; i++)
            {
                if (RankOf(a.Causes[i], causes) is var r and >= 0)
                {
                    (rank, focus) = (r, i);
                }
            }

            if (rank != int.MaxValue || a.Always)
            {
                queued.Add((a, order, rank, focus));
            }
        }

        // Each cause's queue, its most direct steps first; a step's turn is its place in its cause's queue.
        queued.Sort((x, y) => x.Rank != y.Rank ? x.Rank.CompareTo(y.Rank)
            : x.Focus != y.Focus ? x.Focus.CompareTo(y.Focus)
            : x.Order.CompareTo(y.Order));
        var dealt = new List<(Advice Advice, int Turn, int Rank)>(queued.Count);
        for (var i = 0; i < queued.Count; i++)
        {
            var turn = i > 0 && queued[i - 1].Rank == queued[i].Rank ? dealt[i - 1].Turn + 1 : 0;
            dealt.Add((queued[i].Advice, turn, queued[i].Rank));
        }

        // Then dealt out: every cause's first step in rank order, then every cause's second.
        dealt.Sort((x, y) => x.Turn != y.Turn ? x.Turn.CompareTo(y.Turn) : x.Rank.CompareTo(y.Rank));
        var selected = new List<Advice>(dealt.Count);
        foreach (var x in dealt)
        {
            selected.Add(x.Advice);
        }

        return selected;
    }

    private EpisodeKindFilter EpisodeKind(AnswerSet answers) => answers["episode.kind"] switch
    {
        ChoiceAnswer { Option: "twitch" } => EpisodeKindFilter.Twitch,
        ChoiceAnswer { Option: "spasm" } => EpisodeKindFilter.Spasm,
        _ => EpisodeKindFilter.Any,
    };

    /// <summary>The ids of the questions, in interview order.</summary>
    private string[] AnswerIds(HashSet<int> questions)
    {
        var order = new int[questions.Count];
        questions.CopyTo(order);
        Array.Sort(order);
        var ids = new string[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            ids[i] = knowledge.Questions[order[i]].Id;
        }

        return ids;
    }

    /// <summary>
    /// Holds back every step that could harm this person: one whose own withhold-when holds, or one that takes an action
    /// a fired rule avoids, or relief or prevention a suspected rule avoids (advice beside a possible emergency must be safe
    /// for it). At the urgent level only the steps every fired urgent rule lists as safe remain.
    /// </summary>
    private sealed class AdviceFilter(AnswerSet answers, List<TriageRule> fired, List<TriageRule> suspected, TriageLevel level, string? subject)
    {
        private readonly List<WithheldStep> withheld = [];

        public IReadOnlyList<WithheldStep> Withheld => withheld;

        public List<Advice> Keep(List<Advice> steps)
        {
            var kept = new List<Advice>();
            foreach (var step in steps)
            {
                if (step.WithholdWhen?.Evaluate(answers) == Tri.True)
                {
                    Withhold(step, step.WithholdReasonFor(subject)!);
                }
                else if (Avoiding(fired, step) is { } rule)
                {
                    Withhold(step, $"it is not safe with {TriageWords.InSentence(rule.Title)}");
                }
                // A suspicion holds back self-care, never what a fired rule asks for while waiting: cooling and sipping a
                // drink are how heat exhaustion is treated, even while "not better after 30 minutes" is still to come.
                else if (step.Kind != AdviceKind.WhileWaiting && Avoiding(suspected, step) is { } suspect)
                {
                    Withhold(step, $"it is not safe until {TriageWords.InSentence(suspect.Title)} is ruled out");
                }
                else if (level != TriageLevel.Urgent || step.Kind == AdviceKind.WhileWaiting || SafeForEveryUrgentRule(step))
                {
                    kept.Add(step);
                }
            }

            return kept;
        }

        /// <summary>The first rule that avoids an action the step takes, or null.</summary>
        private static TriageRule? Avoiding(List<TriageRule> rules, Advice step)
        {
            foreach (var rule in rules)
            {
                foreach (var action in step.Actions)
                {
                    if (rule.Avoid.Contains(action))
                    {
                        return rule;
                    }
                }
            }

            return null;
        }

        private bool SafeForEveryUrgentRule(Advice step)
        {
            foreach (var rule in fired)
            {
                if (rule.Level == TriageLevel.Urgent && !rule.SafeAdvice.Contains(step.Id))
                {
                    return false;
                }
            }

            return true;
        }

        private void Withhold(Advice step, string reason)
        {
            foreach (var w in withheld)
            {
                if (w.Id == step.Id)
                {
                    return;
                }
            }

            withheld.Add(new WithheldStep(step.Id, step.TextFor(subject), reason));
        }
    }

    private static AdviceStep Step(Advice advice, IReadOnlyList<string> causes, string? subject) =>
        new(advice.Id, advice.TextFor(subject), causes, advice.EvidenceNote, advice.Sources);
}
