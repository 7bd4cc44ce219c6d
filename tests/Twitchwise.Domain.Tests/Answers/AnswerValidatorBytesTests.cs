using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Tests.Answers;

/// <summary>
/// The API validates the body's UTF-8 bytes, reading the usual valid body in one pass; whatever the body, the outcome
/// must be the text path's: the same answers, or the same problems.
/// </summary>
public sealed class AnswerValidatorBytesTests
{
    private const int Runs = 10_000;
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;
    private static readonly AnswerValidator Validator = new(Kb);
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(Runs).WithQuietOnSuccess(true);

    private static string Quote(string text) => $"\"{text}\"";

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A valid answer as JSON text, in the spellings clients use.</summary>
    private static Gen<string> ValidValue(Question q) => q.Type switch
    {
        QuestionType.Bool => Gen.Elements("true", "false"),
        QuestionType.Number => Gen.OneOf(
            Gen.Choose((int)q.Min!.Value, (int)q.Max!.Value).Select(i => i.ToString(CultureInfo.InvariantCulture)),
            Gen.Elements(Number(q.Min!.Value), Number(q.Max!.Value), Number(q.Max!.Value) + ".0", "0e0", "-0", "1E0")
                .Where(text => double.Parse(text, CultureInfo.InvariantCulture) >= q.Min && double.Parse(text, CultureInfo.InvariantCulture) <= q.Max)),
        QuestionType.Choice => Gen.Elements(q.Options.Select(o => Quote(o.Id)).ToArray()),
        _ => Gen.ListOf(Gen.Elements(true, false), q.Options.Count)
            .Select(picks => "[" + string.Join(", ", q.Options.Where((_, i) => picks[i]).Select(o => Quote(o.Id))) + "]"),
    };

    /// <summary>Answers that are wrong, unusual or need the long way round: null, escapes, repeats, out of range.</summary>
    private static readonly Gen<string> OddValue = Gen.Elements(
        "null", "\"\"", "[]", "{}", "\"x\"", "-1", "1e400", "12345", "true", "\"\\u0063alf\"", "\"tw\\u0069tch\"",
        "[\"calf\", \"calf\"]", "[null]", "[\"calf\", 1]", "[[\"calf\"]]", "\"\\ud800\"", "0.5", "\"7\"");

    private static Gen<string> Name(Question q) => Gen.Frequency(
        (12, Gen.Constant(Quote(q.Id))),
        (1, Gen.Constant(Quote($"\\u{(int)q.Id[0]:x4}{q.Id[1..]}"))), // the same id, escaped
        (1, Gen.Constant(Quote(q.Id + "x"))));

    /// <summary>
    /// A body: every question left out or answered (oddly, in a messy body), maybe a repeat, odd spacing and extras,
    /// in interview order or shuffled.
    /// </summary>
    private static readonly Gen<string> Bodies =
        from messy in Gen.Elements(false, false, true)
        from members in Gen.CollectToList(Kb.Questions.Select(q => Gen.Frequency(
            (2, Gen.Constant<string?>(null)),
            (2, from name in messy ? Name(q) : Gen.Constant(Quote(q.Id))
                from value in messy ? Gen.Frequency((5, ValidValue(q)), (1, OddValue)) : ValidValue(q)
                select (string?)$"{name}: {value}"))))
        from repeat in Gen.Frequency((6, Gen.Constant(false)), (messy ? 1 : 0, Gen.Constant(true)))
        from separator in Gen.Elements(",", ", ", ",\n  ", " ,")
        from before in Gen.Frequency((8, Gen.Constant("")), (messy ? 1 : 0, Gen.Elements("\"extra\": 1, ", "\"answers\": {}, ")))
        from after in Gen.Frequency((8, Gen.Constant("")), (messy ? 1 : 0, Gen.Elements(", \"extra\": 1", ", \"answers\": {}", "} {", "]")))
        let given = members.Where(m => m is not null).Select(m => m!).ToList()
        let listed = repeat && given.Count > 0 ? [.. given, given[0]] : given
        from inOrder in Gen.Elements(true, false)
        from order in inOrder ? Gen.Constant<IEnumerable<string>>(listed) : Gen.Shuffle(listed.ToArray()).Select(s => (IEnumerable<string>)s) // interview order, or any
        select $"{{{before}\"answers\": {{{string.Join(separator, order)}}}{after}}}";

    [Fact]
    public void ValidateJsonBytes_AnyBody_SameOutcomeAsTheText()
    {
        var valid = 0;
        Prop.ForAll(Bodies.ToArbitrary(), body =>
        {
            var fromText = Validator.ValidateJson(body);
            var fromBytes = Validator.ValidateJson(Encoding.UTF8.GetBytes(body));

            Assert.Equal(fromText.Problems, fromBytes.Problems);
            Assert.Equal(fromText.IsValid, fromBytes.IsValid);
            if (fromText.IsValid)
            {
                valid++;
                Assert.Equal(fromText.Answers!.Values.ToArray(), fromBytes.Answers!.Values.ToArray());
            }
        }).Check(Config);

        // Both ways were exercised: most clean bodies are valid, most messy ones are not.
        Assert.InRange(valid, Runs / 2, Runs - 1);
    }

    [Theory]
    [InlineData("""{"answers": {"symptom.weakness": true, "episode.kind": "spasm", "episode.locations": ["calf", "thigh"], "episode.pain": 6.5}}""")]
    [InlineData("""{"answers": {}}""")]
    [InlineData(""" { "answers" : { "sleep.hours" : 5.5 } } """)]
    public void ValidateJsonBytes_ValidBody_SameAnswersAsTheText(string body)
    {
        var fromBytes = Validator.ValidateJson(Encoding.UTF8.GetBytes(body));

        Assert.True(fromBytes.IsValid, string.Join("; ", fromBytes.Problems));
        Assert.Equal(Validator.ValidateJson(body).Answers!.Values.ToArray(), fromBytes.Answers!.Values.ToArray());
    }

    [Theory]
    [InlineData("""{"answers": {"episode.pain": 11}}""", "episode.pain", "out of range")]
    [InlineData("""{"answers": {"symptom.weakness": true, "symptom.weakness": true}}""", "symptom.weakness", "answered more than once")]
    [InlineData("""{"answers": {"episode.kind": "\u0073pasm", "episode.locations": ["calf", "knee"]}}""", "episode.locations", "\"knee\" is not an option")]
    [InlineData("""{"answers": {}} trailing""", "answers", "not valid JSON")]
    [InlineData("""{"answers": {"exercise.type": "\ud800"}}""", "answers", "not valid Unicode")]
    public void ValidateJsonBytes_BadBody_NamesTheProblemAsTheTextDoes(string body, string field, string message)
    {
        var validation = Validator.ValidateJson(Encoding.UTF8.GetBytes(body));

        Assert.False(validation.IsValid);
        var problem = Assert.Single(validation.Problems);
        Assert.Equal(field, problem.Field);
        Assert.Contains(message, problem.Message);
    }
}
