using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Assessment;

/// <summary>
/// Works out <c>next_questions</c>: the questions still worth asking, in order. First the warning signs that could still
/// raise the level, then the questions whose answer could change the top causes or which advice is shown. A question is
/// only worth asking if some answer to it could change the result, so the savings come from what the answers so far
/// (including "not sure") have settled, and from asking first the questions that settle the most.
/// </summary>
public sealed class QuestionPlanner
{
    /// <summary>How many likely causes at the top of the ranking a question must be able to change to be worth asking.</summary>
    private const int TopCauses = 3;

    /// <summary>At most this many yes/no warning signs are asked together as one "any of these?" checklist (NHS 111 style).</summary>
    public const int ChecklistSize = 8;


    private readonly KnowledgeBase knowledge;
    private readonly TriageRule[] rules;
    private readonly Dictionary<int, Cause[]> causesReading;
    private readonly Dictionary<int, Advice[]> adviceReading;
    private readonly double[][] trialValues;
    private readonly Dictionary<string, int> causeIndex;

    /// <summary>Whether some relief or prevention step is written for cramps only or twitches only.</summary>
    private readonly HashSet<string> kindSpecificAdvice;

    internal QuestionPlanner(KnowledgeBase knowledge)
    {
        this.knowledge = knowledge;
        rules = [.. knowledge.Rules];
        causesReading = knowledge.Causes
            .SelectMany(c => c.Support.Concat(c.Against).SelectMany(e => e.When.Questions).Distinct().Select(q => (q, c)))
            .GroupBy(x => x.q).ToDictionary(g => g.Key, g => g.Select(x => x.c).ToArray());
        adviceReading = knowledge.Advice
            .SelectMany(a => new[] { a.WithholdWhen, a.ShowWhen }.OfType<Condition>().SelectMany(c => c.Questions).Distinct().Select(q => (q, a)))
            .GroupBy(x => x.q).ToDictionary(g => g.Key, g => g.Select(x => x.a).ToArray());
        trialValues = [.. knowledge.Questions.Select(TrialValues)];
        causeIndex = knowledge.Causes.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        kindSpecificAdvice = knowledge.Advice.Where(a => a.For != EpisodeKindFilter.Any).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The questions to put to the person now: the first of <paramref name="nextQuestions"/> and, when it is a yes/no
    /// warning sign, the ones right after it from the same group, up to <see cref="ChecklistSize"/>, as one "any of these?"
    /// checklist. The planner lists a checklist's questions next to each other, so a caller that shows them together and one
    /// that asks them one by one ask the same questions.
    /// </summary>
    public static IReadOnlyList<string> Checklist(KnowledgeBase knowledge, IReadOnlyList<string> nextQuestions)
    {
        if (nextQuestions.Count == 0)
        {
            return [];
        }

        var first = knowledge.Question(nextQuestions[0]);
        return !IsChecklistItem(first)
            ? [first.Id]
            : [.. nextQuestions.TakeWhile(id => knowledge.Question(id) is var q && IsChecklistItem(q)).Take(ChecklistSize)];
    }

    /// <summary>A yes/no question: a run of them is asked together.</summary>
    private static bool IsChecklistItem(Question q) => q.Type == QuestionType.Bool;

    /// <summary>
    /// Puts the checklist items of a group next to each other, in runs of at most <see cref="ChecklistSize"/>, where the
    /// first of the run stands in the order; every other question keeps its place.
    /// </summary>
    private List<int> GatherChecklists(List<int> ordered)
    {
        var gathered = new List<int>(ordered.Count);
        var placed = new HashSet<int>();
        foreach (var q in ordered.Where(q => !placed.Contains(q)))
        {
            var question = knowledge.Questions[q];
            var run = IsChecklistItem(question)
                ? ordered.Where(o => !placed.Contains(o) && knowledge.Questions[o] is var other && IsChecklistItem(other))
                    .Take(ChecklistSize).ToList()
                : [q];
            gathered.AddRange(run);
            placed.UnionWith(run);
        }

        return gathered;
    }

    internal List<string> NextQuestions(AnswerSet answers, AssessmentResult result)
    {
        // At an emergency the one thing left to do is to call for help; no answer can raise the level or add advice.
        if (result.Triage.Level == TriageLevel.Emergency)
        {
            return [];
        }

        var suspected = result.Triage.Suspected.SelectMany(s => s.Questions).Select(id => knowledge.Question(id).Index).ToHashSet();
        var warningSigns = GatherChecklists(WarningSigns(answers, result.Triage.Level, suspected));
        // At "see a doctor today" the person's next step is that visit; questions about sleep, caffeine or training would
        // only delay it and refine causes the doctor will ask about anyway. Only what could make it an emergency is asked.
        var others = result.Triage.Level >= TriageLevel.Urgent ? [] : CausesOrAdviceQuestions(answers, result, warningSigns);
        return [.. warningSigns.Concat(others).Select(i => knowledge.Questions[i].Id)];
    }

    /// <summary>After the warning signs: the questions whose answer could change the top causes or the advice shown.</summary>
    private List<int> CausesOrAdviceQuestions(AnswerSet answers, AssessmentResult result, List<int> warningSigns)
    {
        var asked = warningSigns.ToHashSet();
        var shown = new Shown(this, result);
        return GatherChecklists([.. knowledge.Questions
            .Where(q => !asked.Contains(q.Index) && Askable(q, answers) && CouldChangeCausesOrAdvice(q.Index, answers, shown))
            .Select(q => q.Index)]);
    }

    /// <summary>Not asked yet (not even "not sure"), and not ruled out by its own ask-if.</summary>
    private static bool Askable(Question q, AnswerSet answers) =>
        !answers.IsAsked(q.Index) && (q.AskIf is null || q.AskIf.Evaluate(answers) != Tri.False);

    /// <summary>
    /// Every question not asked yet in a rule more urgent than the level that could still fire. Ordered so that an emergency
    /// is found early and the list shrinks fast: first the questions whose worst answer alone reaches the highest level,
    /// then those whose "no" (or "not sure") leaves the fewest other questions open, then the most urgent rule they
    /// belong to, then interview order; among those that reach an emergency, the questions of a suspected rule come first
    /// (the answers already point at it). Nothing that could raise the level is left out; only the order is chosen.
    /// </summary>
    private List<int> WarningSigns(AnswerSet answers, TriageLevel level, HashSet<int> suspected)
    {
        // The open rules each question is in (their count is how many rules it keeps open), in rule order.
        var openIn = new Dictionary<int, List<(TriageRule Rule, int[] Askable)>>();
        var scratch = new HashSet<int>();
        foreach (var rule in rules.Where(r => r.Level > level && r.When.CanStillHold(answers)))
        {
            var open = (Rule: rule, Askable: AskableIn(rule.When, answers, scratch));
            foreach (var q in open.Askable)
            {
                if (!openIn.TryGetValue(q, out var list))
                {
                    openIn[q] = list = [];
                }

                list.Add(open);
            }
        }

        var trying = new TrialScratch();
        var signs = new List<OpenSign>(openIn.Count);
        foreach (var (q, openWithQ) in openIn)
        {
            var reaches = TriageLevel.SelfCare;
            foreach (var (rule, _) in openWithQ)
            {
                reaches = rule.Level > reaches ? rule.Level : reaches;
            }

            var alone = AloneReaches(q, answers, openWithQ);
            signs.Add(new OpenSign(q, alone == (int)TriageLevel.Emergency, suspected.Contains(q), IsChecklistItem(knowledge.Questions[q]),
                alone, Settles(q, answers, openWithQ, openIn, trying), (int)reaches));
        }

        // Each question once, so the order is total.
        signs.Sort((a, b) => Descending(a.AloneIsEmergency, b.AloneIsEmergency) ?? Descending(a.Suspected, b.Suspected)
            ?? Descending(a.Checklist, b.Checklist) ?? Descending(a.Alone, b.Alone) ?? Descending(a.Settles, b.Settles)
            ?? Descending(a.Level, b.Level) ?? a.Question.CompareTo(b.Question));
        var ordered = new List<int>(signs.Count);
        foreach (var sign in signs)
        {
            ordered.Add(sign.Question);
        }

        return ordered;

        static int? Descending<T>(T a, T b) where T : IComparable<T> => b.CompareTo(a) is var c and not 0 ? c : null;
    }

    /// <summary>An open warning sign with what orders it (see <see cref="WarningSigns"/>).</summary>
    private readonly record struct OpenSign(
        int Question, bool AloneIsEmergency, bool Suspected, bool Checklist, int Alone, double Settles, int Level);

    /// <summary>The questions an interview can still ask that could make the condition true.</summary>
    /// <param name="scratch">Where the open questions are collected first, cleared here: one set serves every rule.</param>
    private int[] AskableIn(Condition condition, AnswerSet answers, HashSet<int> scratch)
    {
        scratch.Clear();
        condition.AddOpenQuestions(answers, scratch, notSureIsFinal: true);
        var askable = new List<int>(scratch.Count);
        foreach (var q in scratch)
        {
            if (Askable(knowledge.Questions[q], answers))
            {
                askable.Add(q);
            }
        }

        return [.. askable];
    }

    /// <summary>The highest level that one answer to the question reaches by itself, given the answers so far.</summary>
    /// <param name="openWithQ">The open rules the question is in.</param>
    private int AloneReaches(int q, AnswerSet answers, List<(TriageRule Rule, int[] Askable)> openWithQ)
    {
        var reached = -1;
        foreach (var value in trialValues[q])
        {
            var trial = answers.With(q, value);
            foreach (var (rule, _) in openWithQ)
            {
                if ((int)rule.Level > reached && rule.When.Evaluate(trial) == Tri.True)
                {
                    reached = (int)rule.Level;
                }
            }
        }

        return reached;
    }

    /// <summary>
    /// How many other open questions a harmless answer would settle (their rules can then no longer fire); for a single
    /// choice, where no option is harmless, the average over its options.
    /// </summary>
    /// <param name="openWithQ">The open rules the question is in.</param>
    /// <param name="openIn">Every open question with the open rules it is in.</param>
    /// <param name="trying">Sets to work in, cleared here: one pair serves every question of an assessment.</param>
    private double Settles(int q, AnswerSet answers, List<(TriageRule Rule, int[] Askable)> openWithQ,
        Dictionary<int, List<(TriageRule Rule, int[] Askable)>> openIn, TrialScratch trying)
    {
        // The harmless answers, tried in turn from the lowest: "no", no option, the lowest number; or every option of a single choice.
        var question = knowledge.Questions[q];
        var (lowest, count) = question.Type switch
        {
            QuestionType.Choice => (0.0, question.Options.Count),
            QuestionType.Number => (question.Min!.Value, 1),
            _ => (0.0, 1),
        };

        var settled = 0.0;
        for (var i = 0; i < count; i++)
        {
            // A question is settled once every open rule it was in has let go of it.
            var trial = answers.With(q, lowest + i);
            trying.Released.Clear();
            foreach (var (rule, askable) in openWithQ)
            {
                trying.Still.Clear();
                rule.When.AddOpenQuestions(trial, trying.Still, notSureIsFinal: true);
                foreach (var gone in askable)
                {
                    if (!trying.Still.Contains(gone) || !Askable(knowledge.Questions[gone], trial))
                    {
                        trying.Released[gone] = trying.Released.GetValueOrDefault(gone) + 1;
                    }
                }
            }

            foreach (var (other, letGo) in trying.Released)
            {
                if (other != q && letGo == openIn[other].Count)
                {
                    settled++;
                }
            }
        }

        return settled / count;
    }

    /// <summary>Where <see cref="Settles"/> works: the questions still open in a rule, and how many rules let go of each question.</summary>
    private sealed class TrialScratch
    {
        public HashSet<int> Still { get; } = [];

        public Dictionary<int, int> Released { get; } = [];
    }

    /// <summary>
    /// Whether some answer to the question would change the causes at the top - make a cause likely or no longer likely,
    /// reorder the causes already listed, or name a first cause while none is listed - or show or hold back a step of
    /// advice. Once a cause is listed, an answer that would only add one more possible cause does not count: chasing those
    /// would ask nearly everything, and a person acts on the likely ones. But a result that names no cause at all tells a
    /// person nothing about why, so until one is named, what could name one is asked.
    /// </summary>
    private bool CouldChangeCausesOrAdvice(int q, AnswerSet answers, Shown now)
    {
        var question = knowledge.Questions[q];

        // Steps written for cramps only or twitches only are all shown until the kind of episode is known.
        if (question.Id == "episode.kind" && now.KindSpecificStepShown)
        {
            return true;
        }

        var causes = causesReading.GetValueOrDefault(q) ?? [];
        var advice = adviceReading.GetValueOrDefault(q) ?? [];
        if (causes.Length == 0 && advice.Length == 0)
        {
            return false;
        }

        foreach (var value in trialValues[q])
        {
            var trial = answers.With(q, value);
            if (causes.Length > 0)
            {
                var scores = now.TrialScores;
                now.Scores.CopyTo(scores, 0);
                Rescore(scores, causes, trial);
                if (!now.SameTop(scores))
                {
                    return true;
                }
            }

            foreach (var step in advice)
            {
                var holdsBack = step.WithholdWhen?.Evaluate(trial) == Tri.True;
                if (now.Steps.Contains(step.Id) ? holdsBack
                    : !holdsBack && step.ShowWhen?.Evaluate(trial) == Tri.True && (step.Always || now.ListsAny(step.Causes)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Scores again, after a trial answer, the causes that read the question (NaN: no longer listed).</summary>
    private void Rescore(double[] scores, Cause[] rescored, AnswerSet trial)
    {
        foreach (var cause in rescored)
        {
            scores[causeIndex[cause.Id]] = AssessmentEngine.Score(cause, trial);
        }
    }

    /// <summary>
    /// What the result shows now, worked out once per assessment: the causes' scores by knowledge-base index (NaN: not
    /// listed), the top of their ranking, and the steps shown.
    /// </summary>
    private sealed class Shown
    {
        private readonly Dictionary<string, int> causeIndex;
        private readonly bool[] listedNow;
        private readonly int listedCount;

        public Shown(QuestionPlanner planner, AssessmentResult result)
        {
            causeIndex = planner.causeIndex;
            Scores = new double[planner.knowledge.Causes.Count];
            Array.Fill(Scores, double.NaN);
            listedNow = new bool[Scores.Length];
            foreach (var cause in result.Causes)
            {
                var i = planner.causeIndex[cause.Id];
                Scores[i] = cause.Score;
                listedNow[i] = true;
            }

            listedCount = result.Causes.Count;
            Steps = new HashSet<string>(result.Relief.Count + result.Prevention.Count + result.WhileWaiting.Count, StringComparer.Ordinal);
            foreach (var step in result.Relief.Concat(result.Prevention).Concat(result.WhileWaiting))
            {
                Steps.Add(step.Id);
            }

            KindSpecificStepShown = Steps.Overlaps(planner.kindSpecificAdvice);
            TrialScores = new double[Scores.Length];
            topNowCount = TopOf(Scores, topNow);
        }

        private readonly int[] topNow = new int[TopCauses];
        private readonly int topNowCount;
        private readonly int[] trialTop = new int[TopCauses];

        public double[] Scores { get; }

        /// <summary>Where a trial answer's scores are worked out, one trial at a time.</summary>
        public double[] TrialScores { get; }

        public HashSet<string> Steps { get; }

        public bool KindSpecificStepShown { get; }

        public bool ListsAny(IReadOnlyList<string> causeIds)
        {
            foreach (var id in causeIds)
            {
                if (causeIndex.TryGetValue(id, out var i) && listedNow[i])
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the trial scores leave the top of the ranking as it is now: the same causes, each as likely or not.</summary>
        public bool SameTop(double[] scores)
        {
            if (TopOf(scores, trialTop) != topNowCount)
            {
                return false;
            }

            for (var i = 0; i < topNowCount; i++)
            {
                if (trialTop[i] != topNow[i] || IsLikely(scores[trialTop[i]]) != IsLikely(Scores[topNow[i]]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsLikely(double score) => score >= AssessmentEngine.LikelyThreshold;

        /// <summary>
        /// The top of the ranking as the engine ranks it (highest score first, knowledge-base order between equals), into
        /// <paramref name="top"/>, and how many there are; a cause not listed now counts only once it is likely, or while
        /// none is listed.
        /// </summary>
        private int TopOf(double[] scores, int[] top)
        {
            var count = 0;
            for (var i = 0; i < scores.Length; i++)
            {
                if (double.IsNaN(scores[i]) || !(listedNow[i] || listedCount == 0 || IsLikely(scores[i])))
                {
                    continue;
                }

                // After every cause scored at least as high.
                var at = count;
                while (at > 0 && scores[top[at - 1]] < scores[i])
                {
                    at--;
                }

                if (at < top.Length)
                {
                    count = Math.Min(count + 1, top.Length);
                    for (var k = count - 1; k > at; k--)
                    {
                        top[k] = top[k - 1];
                    }

                    top[at] = i;
                }
            }

            return count;
        }
    }

    /// <summary>
    /// The answers worth trying for a question: yes and no; every option; no options, each one alone and all; for a number
    /// its ends and each side of every threshold a rule, cause or step compares it with.
    /// </summary>
    private double[] TrialValues(Question q)
    {
        switch (q.Type)
        {
            case QuestionType.Bool:
                return [0, 1];
            case QuestionType.Choice:
                return [.. Enumerable.Range(0, q.Options.Count).Select(i => (double)i)];
            case QuestionType.Choices:
                return [0, .. Enumerable.Range(0, q.Options.Count).Select(i => (double)(1L << i)), (1L << q.Options.Count) - 1];
            default:
                var thresholds = new SortedSet<double>();
                var conditions = knowledge.Rules.Select(r => r.When)
                    .Concat(knowledge.Causes.SelectMany(c => c.Support.Concat(c.Against)).Select(e => e.When))
                    .Concat(knowledge.Advice.SelectMany(a => new[] { a.WithholdWhen, a.ShowWhen }).OfType<Condition>());
                foreach (var c in conditions)
                {
                    c.AddThresholds(q.Index, thresholds);
                }

                // Just below and at each threshold decide every comparison (>=, >, <=, <) either way.
                const double Step = 0.001;
                return [.. new[] { q.Min!.Value, q.Max!.Value }
                    .Concat(thresholds.SelectMany(t => new[] { t - Step, t, t + Step }))
                    .Where(v => v >= q.Min.Value && v <= q.Max.Value).Distinct().Order()];
        }
    }
}
