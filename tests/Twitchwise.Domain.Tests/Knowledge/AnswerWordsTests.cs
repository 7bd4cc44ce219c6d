using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Tests.Knowledge;

/// <summary>A result's "because" names each answer in a few words, the way the person gave it.</summary>
public sealed class AnswerWordsTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;

    [Theory]
    [InlineData("symptom.dark_urine", "true", "dark (cola-coloured) urine: yes")]
    [InlineData("exercise.minutes", "95", "session length: 95 minutes")]
    [InlineData("episode.pain", "7", "pain (0-10): 7")]
    [InlineData("episode.sides", "\"one_side\"", "sides: One side")]
    [InlineData("episode.seconds", "null", "episode length: not sure")]
    public void Phrase_NamesTheAnswerInAFewWords(string id, string json, string expected)
    {
        var answers = new AnswerValidator(Kb).ValidateJson($$"""{ "answers": { "{{id}}": {{json}} } }""").Answers!;

        var phrase = AnswerWords.Phrase(Kb.Question(id), answers);

        Assert.Equal(expected, phrase, ignoreCase: true);
    }

    [Fact]
    public void Phrase_OfAQuestionNotAsked_SaysSo() =>
        Assert.Equal("temperature: not answered", AnswerWords.Phrase(Kb.Question("symptom.temperature_c"), new AnswerValidator(Kb).ValidateJson("""{ "answers": {} }""").Answers!));

    [Fact]
    public void EveryQuestion_HasAShortNameOfAFewWords() =>
        Assert.All(Kb.Questions, q => Assert.InRange(q.Short.Split(' ').Length, 1, 8));
}
