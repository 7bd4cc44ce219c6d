using System.IO.Compression;
using Twitchwise.Domain.Answers;
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

    [Fact]
    public void NotTypos_HoldsEveryEnglishWordOneLetterFromALexiconWord()
    {
        // Fuzzy matching reads an unknown word one edit from a lexicon word as that word. A real English word there is no
        // typo: "washed it" is not "wasted", "cleaned it" not "cleared". An inflection of the same word ("attacks",
        // "relaxes") may still be read as it.
        var lexicon = IntakeLexicon.Load(IntakeLexicon.ReadEmbedded(), KnowledgeBase.Default);
        var notTypos = lexicon.NotTypos;
        var targets = lexicon.Words.Where(w => w.Length >= PhraseMatcher<object>.FuzzyMinLength && w.All(char.IsAsciiLetterLower)).ToList();

        var missing = EnglishWords()
            .Where(w => !lexicon.Words.Contains(w) && !notTypos.Contains(w))
            .Where(w => targets.Any(t => PhraseMatcher<object>.WithinOneEdit(w, t) && w != t && !SameWord(w, t)))
            .Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "add to not_typos in knowledge/intake-lexicon.yaml: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("scraped my shin in the mud, washed it and now my jaw is stiff", "symptom.muscle_wasting")]
    [InlineData("calf cramp after my run, heart rating was fine", "symptom.palpitations")]
    [InlineData("Girl, 17, sprinter, hamstrings twitch after races", "history.dirty_wound")]
    public void Read_EnglishWordOneLetterFromALexiconWord_IsNotReadAsIt(string text, string notAnswered)
    {
        Assert.False(IntakeReader.Default.Read(text).Answers.ContainsKey(notAnswered));
    }

    [Fact]
    public void Read_CleanedWound_IsNotADeniedWound()
    {
        // "cleaned" is one letter from the negation "cleared": it had denied the wound.
        var answers = IntakeReader.Default.Read("cut my leg on rusty wire, cleaned it").Answers;

        Assert.Equal(true, (answers["history.dirty_wound"] as BoolAnswer)?.Value);
    }

    private static bool SameWord(string a, string b) =>
        a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal) ||
        (a.Length == b.Length && a[..^1] == b[..^1] && new[] { a[^1], b[^1] }.Order().SequenceEqual(['d', 's']));

    private static IEnumerable<string> EnglishWords()
    {
        using var file = File.OpenRead(TestPaths.Repo("tests", "testdata", "scowl", "english-words.txt.gz"));
        using var reader = new StreamReader(new GZipStream(file, CompressionMode.Decompress));
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Theory]
    [InlineData("concepts:\n  - {id: calf, answer: episode.place, option: calf, terms: [calf]}", "concept 'calf'", "unknown question 'episode.place'")]
    [InlineData("concepts:\n  - {id: calf, answer: episode.locations, option: knee, terms: [knee]}", "concept 'calf'", "takes an 'option'")]
    [InlineData("concepts:\n  - {id: numb, answer: symptom.numbness, option: yes, terms: [numb]}", "concept 'numb'", "is yes/no")]
    [InlineData("concepts:\n  - {id: old, answer: person.age, value: '300', terms: [ancient]}", "concept 'old'", "must be a number from 0 to 120")]
    [InlineData("concepts:\n  - {id: calf, answer: episode.locations, option: calf, terms: []}", "concept 'calf'", "'terms' is empty")]
    [InlineData("concepts:\n  - {id: calf, answer: episode.locations, option: calf, terms: ['... calf']}", "concept 'calf'", "may not start or end with '...'")]
    [InlineData("concepts:\n  - {id: calf, answer: episode.locations, option: calf, terms: [calf, Calf]}", "concept 'calf'", "term 'calf' is listed 2 times")]
    [InlineData("concepts:\n  - {id: knock, answer: history.head_injury, terms: [cracked his head, cracked her head]}", "concept 'knock'", "term 'cracked her head' matches as 'cracked his head' does")]
    [InlineData("spellings: {ma: my}\nconcepts:\n  - {id: chest, answer: symptom.chest_pain, terms: [ma chest is tight]}", "concept 'chest'", "holds 'ma', which is read as 'my'")]
    [InlineData("spellings: {ma: my lot}", "spellings 'ma'", "one lower-case word to one lower-case word")]
    [InlineData("spellings_before:\n  - {word: e, becomes: he she, before: [dey]}", "spellings_before 'e'", "one lower-case word to one lower-case word")]
    [InlineData("spellings_before:\n  - {word: e, becomes: he, before: []}", "spellings_before 'e'", "needs a list of the single lower-case words")]
    [InlineData("spellings_before:\n  - {word: e, becomes: he, before: [no fit]}", "spellings_before 'e'", "needs a list of the single lower-case words")]
    [InlineData("people: [son, lad]\ncalled_by_themselves: [lad, bloke]", "called_by_themselves", "'bloke' is not in people")]
    [InlineData("concepts:\n  - {id: sweat, answer: symptom.cold_sweat, terms: [sweatin like mad, sweating buckets]}", "terms", "'sweatin' is read as 'sweating' only where no term holds it")]
    [InlineData("signs_said_with: {signs: [person.age], words: {symptom.numbness: [numb]}}", "signs_said_with", "'person.age' is not a yes/no question")]
    [InlineData("part_signs:\n  - {answer: symptom.weakness, reach: 3, replaces: [symptom.swollen], parts: [hand], states: [weak]}", "part_signs[0]", "replaces 'symptom.swollen', which is no question")]
    [InlineData("hedged_companions: {symptom.chest_pain: [person.age]}", "hedged_companions 'symptom.chest_pain'", "'person.age' is not a yes/no question")]
    [InlineData("hedged_companions: {symptom.chest_pain: [history.conditions=heart]}", "hedged_companions 'symptom.chest_pain'", "'history.conditions=heart' names no option of a question")]
    [InlineData("concepts:\n  - {id: heavy, answer: symptom.chest_pain, said_unsurely: true, terms: [chest feels heavy]}", "concept 'heavy'", "'said_unsurely' is for words that only ask")]
    [InlineData("concepts:\n  - {id: op, answer: history.clot_risk, option: recent_surgery, recent_within_days: 84, terms: [op]}", "concept 'op'", "'recent_within_days' is a positive number of days")]
    [InlineData("explained_by: {nothing_here: [the cold]}", "explained_by", "'nothing_here' is not a concept")]
    [InlineData("concepts:\n  - {id: op, answer: history.clot_risk, option: recent_surgery, historical_counts: true, recent_within_days: 0, terms: [op]}", "concept 'op'", "'recent_within_days' is a positive number of days")]
    [InlineData("concepts:\n  - {id: sick, answer: symptom.nausea, other_sense: true, terms: [class was sick]}", "concept 'sick'", "'other_sense' words answer and ask nothing")]
    [InlineData("glass_test: {answer: person.age, reach: 8, tests: [press a glass], stays: [stays], fades: [fades], denials: [not]}", "glass_test", "yes/no")]
    [InlineData("glass_test: {answer: symptom.rash_or_mottled_skin, reach: 8, tests: [press a glass], stays: [], fades: [fades], denials: [not]}", "glass_test stays", "'terms' is empty")]
    [InlineData("unplaced_signs: {signs: {person.age: [old]}, said_normal: [normal], said_normal_reach: 4}", "unplaced_signs", "'person.age' is not a yes/no question")]
    [InlineData("unplaced_signs: {signs: {symptom.chest_pain: [chest], symptom.palpitations: [Chest]}, said_normal: [normal], said_normal_reach: 4}", "unplaced_signs", "'chest' is listed more than once")]
    [InlineData("unplaced_signs: {signs: {symptom.chest_pain: [chest]}, said_normal: [], said_normal_reach: 4}", "unplaced_signs", "needs signs, said_normal")]
    [InlineData("triggers:\n  - {category: maybe, terms: [perhaps]}", "triggers #1 (maybe)", "category must be one of")]
    [InlineData("triggers:\n  - {category: negation, direction: sideways, terms: [no]}", "triggers #1 (negation)", "direction must be forward, backward or both")]
    [InlineData("triggers:\n  - {category: uncertain, direction: backward, one_finding: true, terms: [kinda]}", "triggers #1 (uncertain)", "one_finding is for forward triggers only")]
    [InlineData("drinks:\n  - {id: cola, caffeine_mg: 0, serving_ml: 330, terms: [cola]}", "drink 'cola'", "must both be above 0")]
    [InlineData("merge:\n  symptom.numbness: sum", "merge 'symptom.numbness'", "is not a number question")]
    [InlineData("one_side_of_the_body: {answer: episode.sides, sides: [left, right], signs: [symptom.numbness], parts: {arm: [arm], leg: [leg]}}", "one_side_of_the_body", "'answer' must be a yes/no question")]
    [InlineData("one_side_of_the_body: {answer: symptom.one_side_weak_or_numb, sides: [left, right], signs: [person.age], parts: {arm: [arm], leg: [leg]}}", "one_side_of_the_body", "sign 'person.age' is not a yes/no question")]
    [InlineData("one_side_of_the_body: {answer: symptom.one_side_weak_or_numb, sides: [left, right], signs: [symptom.numbness], parts: {arm: [arm, hand], leg: [leg, Hand]}}", "one_side_of_the_body", "'hand' is a part of two regions")]
    [InlineData("one_side_of_the_body: {answer: symptom.one_side_weak_or_numb, sides: [left], signs: [symptom.numbness], parts: {arm: [arm], leg: [leg]}}", "one_side_of_the_body", "two sides")]
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
