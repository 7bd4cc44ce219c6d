using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Tests.Answers;

public sealed class AnswerValidatorTests
{
    private static readonly AnswerValidator Validator = new(KnowledgeBase.Default);

    public static TheoryData<string, string, string> BadInputs => new()
    {
        // input, field named, words the message must contain
        { """{"answers": {"symptom.weaknes": true}}""", "symptom.weaknes", "did you mean \"symptom.weakness\"" },
        { """{"answers": {"episode.pain": 11}}""", "episode.pain", "out of range; expected a number from 0 to 10" },
        { """{"answers": {"episode.pain": -1}}""", "episode.pain", "out of range" },
        { """{"answers": {"episode.pain": "7"}}""", "episode.pain", "wrong type; expected a number" },
        { """{"answers": {"symptom.weakness": "yes"}}""", "symptom.weakness", "wrong type; expected true or false" },
        { """{"answers": {"episode.kind": "cramp"}}""", "episode.kind", "\"cramp\" is not an option; expected one of: twitch, spasm, both" },
        { """{"answers": {"episode.kind": ["spasm"]}}""", "episode.kind", "wrong type; expected one of" },
        { """{"answers": {"episode.locations": "calf"}}""", "episode.locations", "wrong type; expected a list" },
        { """{"answers": {"episode.locations": ["calf", "knee"]}}""", "episode.locations", "\"knee\" is not an option" },
        { """{"answers": {"episode.locations": ["calf", "calf"]}}""", "episode.locations", "listed more than once" },
        { """{"answers": {"episode.locations": [1]}}""", "episode.locations", "every item must be one of" },
        { """{"answers": {"symptom.weakness": true, "symptom.weakness": false}}""", "symptom.weakness", "answered more than once" },
        { """{"answer": {}}""", "answers", "missing" },
        { """{"answers": {}, "extra": 1}""", "extra", "unknown property" },
        // Whom the answers are about: a few words naming them, as the result's "subject" gives them back.
        { """{"answers": {}, "subject": true}""", "subject", "wrong type; expected text naming whom the answers are about" },
        { """{"answers": {}, "subject": ["my dad"]}""", "subject", "wrong type" },
        { """{"answers": {}, "subject": "   "}""", "subject", "is empty" },
        { "{\"answers\": {}, \"subject\": \"" + new string('a', 101) + "\"}", "subject", "is 101 characters long; at most 100" },
        { """{"answers": {}, "subject": "my dad\nand more"}""", "subject", "control character" },
        { """{"answers": {"episode.pain": 11}, "subject": 3}""", "subject", "wrong type" },
        { """{"answers": []}""", "answers", "must be an object" },
        { """[1, 2]""", "answers", "must be a JSON object" },
        { """{"answers": {""", "answers", "not valid JSON" },
        { "", "answers", "not valid JSON" },
        { """{"answers": {"exercise.type": "\ud800"}}""", "answers", "not valid Unicode" },
        { """{"answers": {"\udc00": true}}""", "answers", "not valid Unicode" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void ValidateJson_BadInput_IsRefusedNamingFieldAndProblem(string json, string field, string message)
    {
        var result = Validator.ValidateJson(json);

        Assert.False(result.IsValid);
        Assert.Null(result.Answers);
        Assert.Contains(result.Problems, p => p.Field == field && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateJson_SeveralProblems_ListsEveryOne()
    {
        var result = Validator.ValidateJson("""
            {"answers": {"symptom.weaknes": true, "episode.pain": 11, "episode.kind": "cramp",
                         "episode.locations": ["calf", "calf"], "sleep.hours": "five", "exercise.recent": true}}
            """);

        Assert.Equal(["symptom.weaknes", "episode.pain", "episode.kind", "episode.locations", "sleep.hours"], result.Problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData("""{"answers": {"episode.pain": 3}, "subject": "  my dad "}""", "my dad")]
    [InlineData("""{"answers": {"episode.pain": 3}, "subject": null}""", null)]
    [InlineData("""{"answers": {"episode.pain": 3}}""", null)]
    public void ValidateJson_Subject_NamesWhomTheAnswersAreAbout(string json, string? subject)
    {
        var result = Validator.ValidateJson(json);

        Assert.True(result.IsValid);
        Assert.Equal(subject, result.Subject);
    }

    [Fact]
    public void ValidateJson_NullAnswer_MeansUnknown()
    {
        var result = Validator.ValidateJson("""{"answers": {"symptom.weakness": null, "episode.pain": 3}}""");

        Assert.True(result.IsValid);
        Assert.False(result.Answers!.IsKnown("symptom.weakness"));
        Assert.Equal(new NumberAnswer(3), result.Answers["episode.pain"]);
    }

    [Theory]
    [InlineData("episode.pain", 0)]
    [InlineData("episode.pain", 10)]
    [InlineData("exercise.load_increase_percent", -100)]
    [InlineData("hydration.liters_today", 2.75)]
    public void Validate_NumberAtOrInsideItsRange_IsAccepted(string id, double value)
    {
        var result = Validator.Validate([new(id, new NumberAnswer(value))]);

        Assert.True(result.IsValid);
        Assert.Equal(value, ((NumberAnswer)result.Answers![id]!).Value);
    }

    [Fact]
    public void Validate_TypedAnswersRoundTripThroughTheContractJson()
    {
        var answers = new Dictionary<string, AnswerValue>
        {
            ["episode.kind"] = new ChoiceAnswer("both"),
            ["episode.locations"] = new ChoicesAnswer(["calf", "foot"]),
            ["symptom.weakness"] = new BoolAnswer(false),
            ["sleep.hours"] = new NumberAnswer(6.5),
        };
        var set = Validator.Validate(answers).Answers!;

        var json = Twitchwise.Domain.Assessment.AssessmentJson.SerializeAnswers(set);
        var again = Validator.ValidateJson(json).Answers!;

        Assert.Equal(set.Known(), again.Known());
    }
}
