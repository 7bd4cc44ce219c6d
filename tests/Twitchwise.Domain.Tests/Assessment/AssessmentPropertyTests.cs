using FsCheck;
using FsCheck.Fluent;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Tests.Assessment;

/// <summary>Properties every assessment keeps, checked over 10,000 random answer sets each.</summary>
public sealed class AssessmentPropertyTests
{
    private const int Runs = 10_000;
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;
    private static readonly AssessmentEngine Engine = new(Kb);
    private static readonly AnswerValidator Validator = new(Kb);
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(Runs).WithQuietOnSuccess(true);

    /// <summary>A random but valid answer for a question: boundary and in-between numbers, any options.</summary>
    internal static Gen<AnswerValue> ValueFor(Question q) => q.Type switch
    {
        QuestionType.Bool => Gen.Elements<AnswerValue>(new BoolAnswer(true), new BoolAnswer(false)),
        QuestionType.Number => Gen.OneOf(
            Gen.Elements(q.Min!.Value, q.Max!.Value),
            Gen.Choose((int)q.Min!.Value, (int)q.Max!.Value).Select(i => (double)i),
            Gen.Choose(0, 1000).Select(i => q.Min!.Value + ((q.Max!.Value - q.Min.Value) * i / 1000.0)))
            .Select(d => (AnswerValue)new NumberAnswer(d)),
        QuestionType.Choice => Gen.Elements(q.Options.ToArray()).Select(o => (AnswerValue)new ChoiceAnswer(o.Id)),
        _ => Gen.ListOf(Gen.Elements(true, false), q.Options.Count)
            .Select(picks => (AnswerValue)new ChoicesAnswer(q.Options.Where((_, i) => picks[i]).Select(o => o.Id).ToArray())),
    };

    /// <summary>Each question left unknown (about half the time) or answered at random. Shared with the advice properties.</summary>
    internal static readonly Gen<List<KeyValuePair<string, AnswerValue>>> AnswerSets =
        Gen.CollectToList(Kb.Questions.Select(q => Gen.Frequency(
                (1, Gen.Constant<KeyValuePair<string, AnswerValue>?>(null)),
                (1, ValueFor(q).Select(v => (KeyValuePair<string, AnswerValue>?)new KeyValuePair<string, AnswerValue>(q.Id, v))))))
            .Select(all => all.Where(a => a is not null).Select(a => a!.Value).ToList());

    private static AssessmentResult Assess(IEnumerable<KeyValuePair<string, AnswerValue>> answers)
    {
        var validation = Validator.Validate(answers);
        Assert.True(validation.IsValid, string.Join("; ", validation.Problems));
        return Engine.Assess(validation.Answers!);
    }

    [Fact]
    public void Assess_AnyValidAnswers_NeverThrowsAndExplainsItself()
    {
        var runs = 0;
        Prop.ForAll(AnswerSets.ToArbitrary(), answers =>
        {
            runs++;
            var given = answers.Select(a => a.Key).ToHashSet();
            var result = Assess(answers);

            // Every level above self-care has a reason, and the level is the most urgent reason's.
            Assert.True(result.Triage.Level == TriageLevel.SelfCare || result.Triage.Reasons.Count > 0);
            Assert.Equal(result.Triage.Reasons.Select(r => r.Level).DefaultIfEmpty(TriageLevel.SelfCare).Max(), result.Triage.Level);
            // Each reason and each finding names answers that were given.
            Assert.All(result.Triage.Reasons, r => Assert.True(r.Answers.Count > 0 && r.Answers.All(given.Contains), r.Id));
            Assert.All(result.Causes, c => Assert.True(c.Because.Count > 0 && c.Because.All(f => f.Answers.All(given.Contains)), c.Id));
            // Causes come most likely first; the warning signs left open were not given, and none is asked again.
            Assert.True(result.Causes.Zip(result.Causes.Skip(1)).All(p => p.First.Score >= p.Second.Score));
            Assert.All(result.UnansweredRedFlags, id => Assert.DoesNotContain(id, given));
            Assert.Equal(result.UnansweredRedFlags.Count == 0, result.Triage.Complete);
            Assert.All(result.NextQuestions, id => Assert.DoesNotContain(id, given));
        }).Check(Config);
        Assert.Equal(Runs, runs);
    }

    [Fact]
    public void Assess_AnyRedFlagTurnedYes_NeverLowersTheLevel()
    {
        var flags = Kb.RedFlags.Where(q => q.Type == QuestionType.Bool).Select(q => q.Id).ToArray();
        Prop.ForAll(AnswerSets.ToArbitrary(), Gen.Elements(flags).ToArbitrary(), (answers, flag) =>
        {
            var before = Assess(answers).Triage.Level;
            var after = Assess(answers.Where(a => a.Key != flag).Append(new(flag, new BoolAnswer(true)))).Triage.Level;
            Assert.True(after >= before, $"{flag}: yes lowered {before} to {after}");
        }).Check(Config);
    }

    [Fact]
    public void Assess_AnyNumberRaised_NeverLowersTheLevel()
    {
        var numbers = Kb.Questions.Where(q => q.Type == QuestionType.Number).ToArray();
        Prop.ForAll(AnswerSets.ToArbitrary(), Gen.Elements(numbers).ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (answers, q, step) =>
        {
            var current = answers.Where(a => a.Key == q.Id).Select(a => ((NumberAnswer)a.Value).Value).DefaultIfEmpty(q.Min!.Value).First();
            var raised = Math.Min(q.Max!.Value, current + ((q.Max.Value - q.Min!.Value) * step / 100.0));
            var before = Assess(answers).Triage.Level;
            var after = Assess(answers.Where(a => a.Key != q.Id).Append(new(q.Id, new NumberAnswer(raised)))).Triage.Level;
            Assert.True(after >= before, $"{q.Id} raised to {raised} lowered {before} to {after}");
        }).Check(Config);
    }

    [Fact]
    public void Assess_AnsweringAnUnknownQuestion_NeverLowersTheLevel()
    {
        // Unknown is not "no": whatever the missing answer turns out to be, nothing already found goes away.
        var extra = from q in Gen.Elements(Kb.Questions.ToArray())
                    from v in ValueFor(q)
                    select new KeyValuePair<string, AnswerValue>(q.Id, v);
        Prop.ForAll(AnswerSets.ToArbitrary(), extra.ToArbitrary(), (answers, added) =>
        {
            var (id, value) = added;
            if (answers.Any(a => a.Key == id))
            {
                return;
            }

            var before = Assess(answers).Triage.Level;
            var after = Assess(answers.Append(added)).Triage.Level;
            Assert.True(after >= before, $"answering {id} = {value} lowered {before} to {after}");
        }).Check(Config);
    }

    /// <summary>The worst answer a question can have for the rules: yes, its largest number, every option.</summary>
    internal static Gen<AnswerValue> WorstFor(Question q) => q.Type switch
    {
        QuestionType.Bool => Gen.Constant<AnswerValue>(new BoolAnswer(true)),
        QuestionType.Number => Gen.Constant<AnswerValue>(new NumberAnswer(q.Max!.Value)),
        QuestionType.Choices => Gen.Constant<AnswerValue>(new ChoicesAnswer([.. q.Options.Select(o => o.Id)])),
        _ => Gen.Elements(q.Options.ToArray()).Select(o => (AnswerValue)new ChoiceAnswer(o.Id)),
    };

    [Fact]
    public void Assess_UnknownsNotListedAsOpen_CanNeverRaiseTheLevel()
    {
        // Complete means complete: answer every unknown question that is not in unanswered_red_flags as badly as it can
        // be answered, all at once, and the level stays where it was.
        var worst = Gen.CollectToList(Kb.Questions.Select(q => WorstFor(q).Select(v => new KeyValuePair<string, AnswerValue>(q.Id, v))));
        Prop.ForAll(AnswerSets.ToArbitrary(), worst.ToArbitrary(), (answers, worstAnswers) =>
        {
            var before = Assess(answers);
            var given = answers.Select(a => a.Key).ToHashSet();
            var filled = worstAnswers.Where(w => !given.Contains(w.Key) && !before.UnansweredRedFlags.Contains(w.Key));
            var after = Assess(answers.Concat(filled)).Triage.Level;
            Assert.True(after == before.Triage.Level, $"unlisted unknowns raised {before.Triage.Level} to {after}");
        }).Check(Config);
    }

    [Fact]
    public void Assess_AnyValidAnswers_ShowsNoStepThatCouldHarm()
    {
        var advice = Kb.Advice.ToDictionary(a => a.Id);
        Prop.ForAll(AnswerSets.ToArbitrary(), answers =>
        {
            var validation = Validator.Validate(answers);
            var result = Engine.Assess(validation.Answers!);
            var fired = Kb.Rules.Where(r => result.Triage.Reasons.Any(reason => reason.Id == r.Id)).ToList();
            foreach (var step in result.Relief.Concat(result.Prevention).Concat(result.WhileWaiting).Select(s => advice[s.Id]))
            {
                Assert.NotEqual(Tri.True, step.WithholdWhen?.Evaluate(validation.Answers!) ?? Tri.False);
                Assert.DoesNotContain(fired, r => r.Avoid.Intersect(step.Actions).Any());
            }

            if (result.Triage.Level == TriageLevel.Emergency)
            {
                Assert.Empty(result.Causes);
                Assert.Empty(result.Relief);
                Assert.Empty(result.Prevention);
                Assert.NotEmpty(result.WhileWaiting);
            }

            if (result.Triage.Level == TriageLevel.Urgent)
            {
                var urgent = fired.Where(r => r.Level == TriageLevel.Urgent).ToList();
                Assert.All(result.Relief.Concat(result.Prevention), s => Assert.All(urgent, r => Assert.Contains(s.Id, r.SafeAdvice)));
            }
        }).Check(Config);
    }

    [Fact]
    public void ValidateJson_RandomText_NeverThrowsAndNeverHalfAccepts()
    {
        var fragments = new[] { "{", "}", "[", "]", "\"answers\"", ":", ",", "true", "null", "-1", "1e999", "\"episode.kind\"", "\"spasm\"", "\"calf\"", "\"symptom.weakness\"", " ", "\"\\u0000\"", "7.5" };
        var junk = Gen.ListOf(Gen.Elements(fragments)).Select(parts => string.Concat(parts));
        Prop.ForAll(junk.ToArbitrary(), text =>
        {
            var validation = Validator.ValidateJson(text);
            // Either a complete answer set and no problems, or problems and nothing to assess.
            Assert.True(validation.IsValid ^ validation.Problems.Count > 0);
        }).Check(Config);
    }
}
