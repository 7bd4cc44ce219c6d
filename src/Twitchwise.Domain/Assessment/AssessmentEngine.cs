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

    public KnowledgeBase Knowledge => knowledge;

    public AssessmentResult Assess(AnswerSet answers)
    {
        if (!ReferenceEquals(answers.Questions, knowledge.Questions))
        {
            throw new ArgumentException("The answers were validated against another knowledge base.", nameof(answers));
        }

        var result = AssessWithoutPlan(answers);
        return result with { NextQuestions = planner.NextQuestions(answers, result) };
    }

    /// <summary>Everything but <c>next_questions</c>, which the planner works out from the rest.</summary>
    private AssessmentResult AssessWithoutPlan(AnswerSet answers)
    {
        var fired = rules.Where(r => r.When.Evaluate(answers) == Tri.True).Select(r => (Rule: r, Because: Because(r.When, answers))).ToList();
        var level = fired.Count == 0 ? TriageLevel.SelfCare : fired[0].Rule.Level;
        var suspected = rules
            .Where(r => r.Level > level && r.SuspectWhen?.Evaluate(answers) == Tri.True && r.When.Evaluate(answers) == Tri.Unknown)
            .ToList();
        var unansweredRedFlags = UnansweredRedFlags(answers, level, suspected);
        var guidance = knowledge.Guidance(level);
        var triage = new Triage(
            level,
            guidance.Label,
            unansweredRedFlags.Count == 0 ? guidance.Action : guidance.ActionIncomplete,
            [.. fired.Select(x => Reason(x.Rule, x.Because))],
            unansweredRedFlags.Count == 0,
            guidance.Call,
            [.. suspected.Select(r => Suspect(r, answers))]);

        // An emergency result says what to do now and nothing else: no causes to read, no remedies to try.
        List<RankedCause> causes = level == TriageLevel.Emergency ? [] : RankCauses(answers);
        var listed = causes.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var firedRules = fired.Select(x => x.Rule).ToList();
        var advice = new AdviceFilter(answers, firedRules, suspected, level);
        List<AdviceStep> Shown(AdviceKind kind) => level == TriageLevel.Emergency
            ? []
            : [.. advice.Keep(SelectAdvice(kind, causes, answers)).Select(a => Step(a, [.. a.Causes.Where(listed.Contains)]))];
        List<AdviceStep> whileWaiting = [.. advice
            .Keep(firedRules.Where(r => r.Level == level).SelectMany(r => r.WhileWaiting).Distinct().Select(id => adviceById[id]))
            .Select(a => Step(a, []))];
        var relief = Shown(AdviceKind.Relief);
        var prevention = Shown(AdviceKind.Prevention);
        var watchFor = knowledge.SafetyNet.Where(s => s.Level > level).Select(s => new WarningSign(s.Id, s.Level, s.Text, s.Sources)).ToList();

        var cited = triage.Reasons.SelectMany(r => r.Sources)
            .Concat(triage.Suspected.SelectMany(s => s.Sources))
            .Concat(causes.SelectMany(c => c.Sources))
            .Concat(whileWaiting.Concat(relief).Concat(prevention).SelectMany(s => s.Sources))
            .Concat(watchFor.SelectMany(w => w.Sources))
            .ToHashSet(StringComparer.Ordinal);
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
            [.. knowledge.Sources.Where(s => cited.Contains(s.Id))],
            knowledge.Version);
    }

    /// <summary>The questions that make a condition that holds true: collected only for what holds, as few do.</summary>
    private static HashSet<int> Because(Condition condition, AnswerSet answers)
    {
        var because = new HashSet<int>();
        condition.Evaluate(answers, because);
        return because;
    }

    private TriageReason Reason(TriageRule rule, HashSet<int> because) =>
        new(rule.Id, rule.Level, rule.Title, rule.Advice, AnswerIds(because), rule.Sources);

    private Suspicion Suspect(TriageRule rule, AnswerSet answers)
    {
        var open = new HashSet<int>();
        rule.When.AddOpenQuestions(answers, open);
        return new(rule.Id, rule.Level, rule.Title, rule.Advice, AnswerIds(Because(rule.SuspectWhen!, answers)), AnswerIds(open), rule.Sources);
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
        foreach (var rule in rules.Where(r => r.Level > level && r.When.Evaluate(answers) == Tri.Unknown))
        {
            open.Clear();
            rule.When.AddOpenQuestions(answers, open);
            var pointed = suspected.Contains(rule) ? 2 : rule.When.Questions.Any(answers.IsKnown) ? 1 : 0;
            foreach (var q in open)
            {
                var mine = (rule.Level, pointed);
                if (!rank.TryGetValue(q, out var best) || Compare(mine, best) > 0)
                {
                    rank[q] = mine;
                }
            }
        }

        return [.. rank.OrderByDescending(x => x.Value.Level).ThenByDescending(x => x.Value.Pointed).ThenBy(x => x.Key)
            .Select(x => knowledge.Questions[x.Key].Id)];

        static int Compare((TriageLevel Level, int Pointed) a, (TriageLevel Level, int Pointed) b) =>
            a.Level != b.Level ? a.Level.CompareTo(b.Level) : a.Pointed.CompareTo(b.Pointed);
    }

    /// <summary>
    /// Each cause's score combines its supporting evidence as a noisy-OR (1 - product of (1 - weight)), then is
    /// discounted by any evidence against it. Simple enough to explain: every term is a listed answer.
    /// Highest score first; equal scores keep knowledge-base order.
    /// </summary>
    private List<RankedCause> RankCauses(AnswerSet answers) =>
        [.. knowledge.Causes.Select(c => RankCause(c, answers)).OfType<RankedCause>().OrderByDescending(c => c.Score)];

    private RankedCause? RankCause(Cause cause, AnswerSet answers)
    {
        var support = Holding(cause.Support, answers);
        if (support.Count == 0)
        {
            return null;
        }

        var against = Holding(cause.Against, answers);
        var score = Score(support.Select(e => e.Evidence.Weight), against.Select(e => e.Evidence.Weight));
        return new RankedCause(
            cause.Id,
            cause.Name,
            cause.Summary,
            score >= LikelyThreshold ? Likelihood.Likely : Likelihood.Possible,
            score,
            [.. support.Select(e => e.Finding)],
            [.. against.Select(e => e.Finding)],
            cause.Sources);
    }

    /// <summary>The noisy-OR of the supporting weights, discounted by each weight against, to three decimals.</summary>
    internal static double Score(IEnumerable<double> support, IEnumerable<double> against) =>
        Math.Round((1 - support.Aggregate(1.0, (p, w) => p * (1 - w))) * against.Aggregate(1.0, (p, w) => p * (1 - w)), 3);

    private List<(Evidence Evidence, Finding Finding)> Holding(IEnumerable<Evidence> evidence, AnswerSet answers)
    {
        var held = new List<(Evidence, Finding)>();
        foreach (var e in evidence.Where(e => e.When.Evaluate(answers) == Tri.True))
        {
            var ids = AnswerIds(Because(e.When, answers));
            held.Add((e, new Finding(ids.Count > 0 ? ids[0] : "", ids, e.Text)));
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
        var rankOf = causes.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var episode = EpisodeKind(answers);
        var queued = knowledge.Advice
            .Where(a => a.Kind == kind && (a.For == EpisodeKindFilter.Any || episode == EpisodeKindFilter.Any || a.For == episode)
                        && (a.ShowWhen is null || a.ShowWhen.Evaluate(answers) == Tri.True))
            .Select((a, order) => (Advice: a, Order: order, Main: a.Causes.FirstOrDefault(rankOf.ContainsKey)))
            .Where(x => x.Main is not null || x.Advice.Always)
            .Select(x => (x.Advice, x.Order,
                Rank: x.Main is null ? int.MaxValue : rankOf[x.Main],
                Focus: x.Main is null ? 0 : x.Advice.Causes.ToList().IndexOf(x.Main)));
        return [.. queued
            .GroupBy(x => x.Rank)
            .SelectMany(queue => queue.OrderBy(x => x.Focus).ThenBy(x => x.Order).Select((x, turn) => (x.Advice, x.Rank, Turn: turn)))
            .OrderBy(x => x.Turn).ThenBy(x => x.Rank)
            .Select(x => x.Advice)];
    }

    private EpisodeKindFilter EpisodeKind(AnswerSet answers) => answers["episode.kind"] switch
    {
        ChoiceAnswer { Option: "twitch" } => EpisodeKindFilter.Twitch,
        ChoiceAnswer { Option: "spasm" } => EpisodeKindFilter.Spasm,
        _ => EpisodeKindFilter.Any,
    };

    private List<string> AnswerIds(IEnumerable<int> questions) => [.. questions.Order().Select(i => knowledge.Questions[i].Id)];

    /// <summary>
    /// Holds back every step that could harm this person: one whose own withhold-when holds, or one that takes an action
    /// a fired rule avoids, or relief or prevention a suspected rule avoids (advice beside a possible emergency must be safe
    /// for it). At the urgent level only the steps every fired urgent rule lists as safe remain.
    /// </summary>
    private sealed class AdviceFilter(AnswerSet answers, List<TriageRule> fired, List<TriageRule> suspected, TriageLevel level)
    {
        private readonly List<WithheldStep> withheld = [];

        public IReadOnlyList<WithheldStep> Withheld => withheld;

        public List<Advice> Keep(IEnumerable<Advice> steps)
        {
            var kept = new List<Advice>();
            foreach (var step in steps)
            {
                if (step.WithholdWhen?.Evaluate(answers) == Tri.True)
                {
                    Withhold(step, step.WithholdReason!);
                }
                else if (fired.FirstOrDefault(r => r.Avoid.Intersect(step.Actions).Any()) is { } rule)
                {
                    Withhold(step, $"it is not safe with {TriageWords.InSentence(rule.Title)}");
                }
                // A suspicion holds back self-care, never what a fired rule asks for while waiting: cooling and sipping a
                // drink are how heat exhaustion is treated, even while "not better after 30 minutes" is still to come.
                else if (step.Kind != AdviceKind.WhileWaiting && suspected.FirstOrDefault(r => r.Avoid.Intersect(step.Actions).Any()) is { } suspect)
                {
                    Withhold(step, $"it is not safe until {TriageWords.InSentence(suspect.Title)} is ruled out");
                }
                else if (level != TriageLevel.Urgent || step.Kind == AdviceKind.WhileWaiting ||
                         fired.Where(r => r.Level == TriageLevel.Urgent).All(r => r.SafeAdvice.Contains(step.Id)))
                {
                    kept.Add(step);
                }
            }

            return kept;
        }

        private void Withhold(Advice step, string reason)
        {
            if (withheld.All(w => w.Id != step.Id))
            {
                withheld.Add(new WithheldStep(step.Id, step.Text, reason));
            }
        }
    }

    private static AdviceStep Step(Advice advice, IReadOnlyList<string> causes) =>
        new(advice.Id, advice.Text, causes, advice.EvidenceNote, advice.Sources);
}
