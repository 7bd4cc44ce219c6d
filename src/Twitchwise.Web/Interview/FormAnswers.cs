using System.Globalization;
using Microsoft.Extensions.Primitives;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Web.Interview;

/// <summary>
/// The answers a form or a URL carries, one field per question id: "yes"/"no" for yes-no questions, a number, an option id,
/// or several option ids, or "unsure" when the person chose "Not sure" (asked, unknown: the contract's null). A field that
/// is empty or missing is <em>not asked</em>, so a warning sign left blank is asked again before any reassuring result.
/// Answers with a problem are left out and the problem kept, so the page can show it beside the question.
/// </summary>
public sealed record FormAnswers(
    IReadOnlyDictionary<string, AnswerValue> Answers,
    IReadOnlyDictionary<string, string> Typed,
    IReadOnlyList<InputProblem> Problems)
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string NotSure = "unsure";

    /// <summary>"None of these" for a several-options question: answered, with no option (the contract's empty list).</summary>
    public const string None = "none";

    /// <summary>
    /// The query parameter naming whom the answers are about when a description was typed for someone else ("my husband"),
    /// or "Someone else" was chosen before the interview (<see cref="SomeoneElse"/>): it travels with the answers, so every
    /// page after it, and the result, still speak to the helper.
    /// </summary>
    public const string SubjectField = "subject";

    /// <summary>
    /// Whom the answers are about when "Someone else" is chosen before the interview, with no description to name them:
    /// the pages and the result then speak about "them", and the result says it is "About: someone else".
    /// </summary>
    public const string SomeoneElse = "someone else";

    public static FormAnswers Empty { get; } = new(new Dictionary<string, AnswerValue>(), new Dictionary<string, string>(), []);

    /// <summary>Reads the answers of the questions given (every question when null) from form fields or query parameters.</summary>
    public static FormAnswers Read(Func<string, StringValues> form, KnowledgeBase knowledge, AnswerValidator validator, IEnumerable<Question>? questions = null)
    {
        var answers = new Dictionary<string, AnswerValue>(StringComparer.Ordinal);
        var typed = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<InputProblem>();
        foreach (var q in questions ?? knowledge.Questions)
        {
            var values = NonEmpty(form(q.Id));
            if (values.Count == 0)
            {
                continue;
            }

            typed[q.Id] = values[0];
            var value = Parse(q, values);
            if (value is null)
            {
                problems.Add(new(q.Id, Plain(q)));
            }
            else
            {
                answers[q.Id] = value;
            }
        }

        // The domain checks ranges and options exactly as it does for the API; what it refuses is left out.
        foreach (var problem in validator.Validate(answers).Problems)
        {
            answers.Remove(problem.Field);
            problems.Add(problem with { Message = Plain(knowledge.Question(problem.Field)) });
        }

        return new(answers, typed, problems);
    }

    /// <summary>
    /// The answers as a query string ("?symptom.chest_pain=no&amp;episode.pain=4"), in the knowledge base's question order so the
    /// same answers always give the same URL. The interview's GET pages carry every answer so far this way (decision 0015).
    /// </summary>
    public static QueryString Query(IReadOnlyDictionary<string, AnswerValue> answers, KnowledgeBase knowledge, int? step = null, string? subject = null) =>
        QueryString.Create(knowledge.Questions.Where(q => answers.ContainsKey(q.Id))
            .SelectMany(q => FieldValues(answers[q.Id]).Select(v => KeyValuePair.Create(q.Id, (string?)v)))
            .Concat(step is { } p ? [KeyValuePair.Create("step", (string?)p.ToString(CultureInfo.InvariantCulture))] : [])
            .Concat(subject is not null ? [KeyValuePair.Create(SubjectField, (string?)subject)] : []));

    /// <summary>Whom the answers are about, from the query (<see cref="SubjectField"/>); null when they are the person's own.</summary>
    public static string? Subject(StringValues values) =>
        NonEmpty(values) is [var subject] ? subject : null;

    /// <summary>The form values that carry an answer: one for most questions, one per option for several options.</summary>
    public static IEnumerable<string> FieldValues(AnswerValue value) => value switch
    {
        BoolAnswer b => [b.Value ? Yes : No],
        NumberAnswer n => [n.Value.ToString("0.####", CultureInfo.InvariantCulture)],
        ChoiceAnswer c => [c.Option],
        ChoicesAnswer { Options.Count: 0 } => [None],
        ChoicesAnswer s => s.Options,
        NotSureAnswer => [NotSure],
        _ => [],
    };

    private static List<string> NonEmpty(StringValues values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).ToList();

    // "Not sure" counts only on its own: a number typed or an option ticked beside it is the answer.
    private static AnswerValue? Parse(Question q, List<string> values) => values.Count > 1 ? ParseKnown(q, [.. values.Where(v => v != NotSure)])
        : values is [NotSure] ? AnswerValue.NotSure
        : ParseKnown(q, values);

    private static AnswerValue? ParseKnown(Question q, List<string> values) => q.Type switch
    {
        QuestionType.Bool when values is [Yes] => new BoolAnswer(true),
        QuestionType.Bool when values is [No] => new BoolAnswer(false),
        QuestionType.Number when values.Count == 1 && double.TryParse(values[0].Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
                                 && double.IsFinite(n) => new NumberAnswer(n),
        QuestionType.Choice when values.Count == 1 => new ChoiceAnswer(values[0]),
        QuestionType.Choices when values is [None] => new ChoicesAnswer([]),
        QuestionType.Choices => new ChoicesAnswer([.. values.Where(v => v != None)]),
        _ => null,
    };

    private static string Plain(Question q) => q.Type == QuestionType.Number
        ? $"Please give a number{RangeText(q)}, or leave it empty."
        : "Please pick from the options shown.";

    private static string RangeText(Question q) => q.Min is { } min && q.Max is { } max
        ? string.Create(CultureInfo.InvariantCulture, $" from {min:0.##} to {max:0.##}")
        : "";
}
