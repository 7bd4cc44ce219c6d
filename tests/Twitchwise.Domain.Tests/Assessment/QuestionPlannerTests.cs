using FsCheck;
using FsCheck.Fluent;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Tests.Assessment;

/// <summary>The planner only chooses order and leaves out what cannot matter: nothing that could raise the level is dropped.</summary>
public sealed class QuestionPlannerTests
{
    private const int Runs = 2_000;
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;
    private static readonly AssessmentEngine Engine = new(Kb);
    private static readonly AnswerValidator Validator = new(Kb);
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(Runs).WithQuietOnSuccess(true);

    /// <summary>Each question not asked (half the time), "not sure" (a sixth) or answered at random.</summary>
    private static readonly Gen<List<KeyValuePair<string, AnswerValue>>> AnswerSets =
        Gen.CollectToList(Kb.Questions.Select(q => Gen.Frequency(
                (3, Gen.Constant<KeyValuePair<string, AnswerValue>?>(null)),
                (1, Gen.Constant<KeyValuePair<string, AnswerValue>?>(new KeyValuePair<string, AnswerValue>(q.Id, AnswerValue.NotSure))),
                (2, AssessmentPropertyTests.ValueFor(q).Select(v => (KeyValuePair<string, AnswerValue>?)new KeyValuePair<string, AnswerValue>(q.Id, v))))))
            .Select(all => all.Where(a => a is not null).Select(a => a!.Value).ToList());

    private static AssessmentResult Assess(IEnumerable<KeyValuePair<string, AnswerValue>> answers)
    {
        var validation = Validator.Validate(answers);
        Assert.True(validation.IsValid, string.Join("; ", validation.Problems));
        return Engine.Assess(validation.Answers!);
    }

    [Fact]
    public void NextQuestions_QuestionsLeftOut_CanNeverRaiseTheLevel()
    {
        // Answer every question that was not asked and is not in next_questions as badly as it can be answered, all at
        // once, keeping the "not sure" answers unknown: the level stays where it was.
        var worst = Gen.CollectToList(Kb.Questions.Select(q => AssessmentPropertyTests.WorstFor(q).Select(v => new KeyValuePair<string, AnswerValue>(q.Id, v))));
        Prop.ForAll(AnswerSets.ToArbitrary(), worst.ToArbitrary(), (answers, worstAnswers) =>
        {
            var before = Assess(answers);
            var asked = answers.Select(a => a.Key).ToHashSet();
            var next = before.NextQuestions.ToHashSet();
            var filled = worstAnswers.Where(w => !asked.Contains(w.Key) && !next.Contains(w.Key));
            var after = Assess(answers.Concat(filled)).Triage.Level;
            Assert.True(after == before.Triage.Level, $"questions left out of next_questions raised {before.Triage.Level} to {after}");
        }).Check(Config);
    }

    [Fact]
    public void NextQuestions_AnyAnswers_WarningSignsFirstNeverAskedTwiceAndChecklistsShort()
    {
        Prop.ForAll(AnswerSets.ToArbitrary(), answers =>
        {
            var result = Assess(answers);
            var asked = answers.Select(a => a.Key).ToHashSet();
            Assert.All(result.NextQuestions, id => Assert.DoesNotContain(id, asked));
            Assert.Equal(result.NextQuestions.Count, result.NextQuestions.Distinct().Count());
            // The questions of a more urgent rule that can still fire all come first, before any other.
            var given = Validator.Validate(answers).Answers!;
            var open = new HashSet<int>();
            foreach (var rule in Kb.Rules.Where(r => r.Level > result.Triage.Level && r.When.CanStillHold(given)))
            {
                rule.When.AddOpenQuestions(given, open, notSureIsFinal: true);
            }

            var isOpen = result.NextQuestions.Select(id => open.Contains(Kb.Question(id).Index)).ToList();
            Assert.True(isOpen.SkipWhile(o => o).All(o => !o), string.Join(", ", result.NextQuestions));
            if (result.Triage.Level == TriageLevel.Emergency)
            {
                Assert.Empty(result.NextQuestions);
            }

            var checklist = QuestionPlanner.Checklist(Kb, result.NextQuestions);
            Assert.Equal(result.NextQuestions.Take(checklist.Count), checklist);
            Assert.True(checklist.Count <= QuestionPlanner.ChecklistSize);
            Assert.True(checklist.Count <= 1 || checklist.All(id => Kb.Question(id).Type == QuestionType.Bool));
        }).Check(Config);
    }

    [Fact]
    public void NextQuestions_NotSureOnAPartARuleNeeds_SettlesTheRulesOtherQuestions()
    {
        // Water overload with swollen hands or feet is urgent; not sure about the water, the swelling question no longer
        // matters for that rule, while "no" about the water does the same.
        var rule = Kb.Rules.Single(r => r.Id == "swollen_after_water_overload");
        var swollen = Kb.Question("symptom.swollen_hands_feet").Index;
        foreach (var water in new[] { AnswerValue.NotSure, new BoolAnswer(false) })
        {
            var answers = Validator.Validate([new("hydration.plain_water_overload", water)]).Answers!;
            Assert.False(rule.When.CanStillHold(answers));
            var askable = new HashSet<int>();
            rule.When.AddOpenQuestions(answers, askable, notSureIsFinal: true);
            Assert.DoesNotContain(swollen, askable);
        }

        var open = Validator.Validate([]).Answers!;
        Assert.True(rule.When.CanStillHold(open));
    }

    [Fact]
    public void NextQuestions_NothingAnswered_StartsWithTheEmergencySignsAsAChecklist()
    {
        var result = Assess([]);
        var first = QuestionPlanner.Checklist(Kb, result.NextQuestions);

        Assert.Equal("symptom.chest_pain", first[0]);
        Assert.Equal(QuestionPlanner.ChecklistSize, first.Count);
        var emergencySigns = Kb.Rules.Where(r => r.Level == TriageLevel.Emergency).SelectMany(r => r.When.Questions).Select(i => Kb.Questions[i].Id).ToHashSet();
        Assert.All(first, id => Assert.Contains(id, emergencySigns));
    }

    [Fact]
    public void NextQuestions_AnEmergency_AsksNothingMore()
    {
        Assert.Empty(Assess([new("symptom.chest_pain", new BoolAnswer(true))]).NextQuestions);
    }
}
