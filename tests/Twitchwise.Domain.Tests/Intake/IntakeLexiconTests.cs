using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Tests.Intake;

public sealed class IntakeLexiconTests
{
    private const string MinimalScopes = "scopes: {negation: 6, hypothetical: 10, other_person: 12, historical: 8, uncertain: 4}\n";

    [Fact]
    public void Load_ShippedLexicon_IsValid()
    {
        var lexicon = IntakeLexicon.Load(IntakeLexicon.ReadEmbedded(), KnowledgeBase.Default);

        Assert.NotNull(lexicon);
    }

    [Theory]
    [InlineData("concepts:\n  - {id: calf, answer: episode.place, option: calf, terms: [calf]}", "concept 'calf'", "unknown question 'episode.place'")]
    [InlineData("concepts:\n  - {id: calf, answer: episode.locations, option: knee, terms: [knee]}", "concept 'calf'", "takes an 'option'")]
    [InlineData("concepts:\n  - {id: numb, answer: symptom.numbness, option: yes, terms: [numb]}", "concept 'numb'", "is yes/no")]
    [InlineData("concepts:\n  - {id: old, answer: person.age, value: '300', terms: [ancient]}", "concept 'old'", "must be a number from 0 to 120")]
    [InlineData("concepts:\n  - {id: calf, answer: episode.locations, option: calf, terms: []}", "concept 'calf'", "'terms' is empty")]
    [InlineData("concepts:\n  - {id: calf, answer: episode.locations, option: calf, terms: ['... calf']}", "concept 'calf'", "may not start or end with '...'")]
    [InlineData("triggers:\n  - {category: maybe, terms: [perhaps]}", "triggers #1 (maybe)", "category must be one of")]
    [InlineData("triggers:\n  - {category: negation, direction: sideways, terms: [no]}", "triggers #1 (negation)", "direction must be forward, backward or both")]
    [InlineData("drinks:\n  - {id: cola, caffeine_mg: 0, serving_ml: 330, terms: [cola]}", "drink 'cola'", "must both be above 0")]
    [InlineData("merge:\n  symptom.numbness: sum", "merge 'symptom.numbness'", "is not a number question")]
    public void Load_BadEntry_FailsNamingFileEntryAndProblem(string yaml, string entry, string problem)
    {
        var e = Assert.Throws<KnowledgeException>(() => IntakeLexicon.Load(MinimalScopes + yaml, KnowledgeBase.Default));

        Assert.Contains(e.Problems, p => p.File == IntakeLexicon.FileName && p.Entry == entry && p.Message.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingScope_IsReported()
    {
        var e = Assert.Throws<KnowledgeException>(() => IntakeLexicon.Load("scopes: {negation: 6}\n", KnowledgeBase.Default));

        Assert.Contains(e.Problems, p => p.Entry == "scopes" && p.Message.Contains("other_person", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_BrokenYaml_NamesTheLine()
    {
        var e = Assert.Throws<KnowledgeException>(() => IntakeLexicon.Load(MinimalScopes + "concepts: [ {id: x", KnowledgeBase.Default));

        Assert.StartsWith("line ", Assert.Single(e.Problems).Entry, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SmallValidLexicon_ReadsWithIt()
    {
        const string yaml = MinimalScopes + """
            triggers:
              - {category: negation, terms: [nope]}
            concepts:
              - {id: numb, answer: symptom.numbness, terms: [numb]}
            """;
        var reader = new IntakeReader(KnowledgeBase.Default, IntakeLexicon.Load(yaml, KnowledgeBase.Default));

        Assert.Equal(Twitchwise.Domain.Answers.AnswerValue.Of(false), reader.Read("nope, not numb").Answers["symptom.numbness"]);
    }

    [Theory]
    [InlineData("roles: {session_minutes: exercise.minuets}", "unknown question 'exercise.minuets'")]
    [InlineData("roles: {recent_session: exercise.minutes}", "'exercise.minutes' is a number question")]
    [InlineData("roles: {lap_time: exercise.minutes}", "must be one of")]
    [InlineData("concepts:\n  - {id: faint, answer: hydration.thirst_signs, confirm: [symptom.nearly_faint], terms: [faint]}", "unknown question 'symptom.nearly_faint'")]
    public void Load_RoleOrConfirmNamingAWrongQuestion_IsRefusedWithTheEntry(string yaml, string problem)
    {
        var e = Assert.Throws<KnowledgeException>(() => IntakeLexicon.Load(MinimalScopes + yaml, KnowledgeBase.Default));

        Assert.Contains(e.Problems, p => p.Message.Contains(problem, StringComparison.Ordinal));
    }
}
