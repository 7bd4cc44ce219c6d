using System.Globalization;
using System.Text;
using System.Text.Json;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Answers;

/// <summary>The outcome of validating answers: either a set to assess, or every problem found. Never both.</summary>
public sealed record AnswerValidation(AnswerSet? Answers, IReadOnlyList<InputProblem> Problems)
{
    public bool IsValid => Answers is not null;

    /// <summary>
    /// Whom the answers are about when not the person sending them ("my dad"), from the JSON input's optional
    /// <c>"subject"</c>: the result then names them and says every step to whoever is looking after them. Null when
    /// the answers are the sender's own, or the input is invalid.
    /// </summary>
    public string? Subject { get; init; }

    /// <summary>
    /// Yes/no warning signs a description raised but did not settle, from the JSON input's optional <c>"confirm"</c> (the
    /// intake's own <c>confirm</c>): the result shows as suspected the ones a yes would make more urgent. Empty when none
    /// were given, or the input is invalid.
    /// </summary>
    public IReadOnlyList<string> Confirm { get; init; } = [];
}

/// <summary>
/// Checks answers against the question set as a whole: every unknown id, wrong type, out-of-range number,
/// unknown option and duplicate is reported, and nothing is assessed unless all is well.
/// </summary>
public sealed class AnswerValidator(KnowledgeBase knowledge)
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    /// <summary>The input field naming whom the answers are about, as the result's <c>subject</c> does.</summary>
    public const string SubjectField = "subject";

    /// <summary>The longest <c>"subject"</c> taken: a few words naming a person ("my husband"), shown in the result's heading.</summary>
    public const int SubjectMaxLength = 100;

    /// <summary>The input field listing yes/no questions the words raised but did not settle, as the intake's <c>confirm</c> does.</summary>
    public const string ConfirmField = "confirm";

    /// <summary>Validates typed answers (from the interview, the web form or the free-text intake).</summary>
    public AnswerValidation Validate(IEnumerable<KeyValuePair<string, AnswerValue>> answers)
    {
        var problems = new List<InputProblem>();
        var values = NewValues();
        var asked = new bool[values.Length];
        foreach (var (id, value) in answers)
        {
            if (!knowledge.TryGetQuestion(id, out var q))
            {
                problems.Add(new(id, UnknownQuestionMessage(id)));
                continue;
            }

            asked[q.Index] = true;
            values[q.Index] = value switch
            {
                NotSureAnswer => double.NaN,
                BoolAnswer b when q.Type == QuestionType.Bool => b.Value ? 1 : 0,
                NumberAnswer n when q.Type == QuestionType.Number => CheckNumber(q, n.Value, problems),
                ChoiceAnswer c when q.Type == QuestionType.Choice => CheckChoice(q, c.Option, problems),
                ChoicesAnswer s when q.Type == QuestionType.Choices => CheckChoices(q, s.Options, problems),
                _ => Wrong(q, problems),
            };
        }

        return Finish(values, asked, problems);
    }

    /// <summary>
    /// Validates the contract's JSON input: <c>{ "answers": { id: value, ... } }</c>, with an optional <c>"subject"</c>
    /// naming whom the answers are about when they are not the sender's own (<see cref="AnswerValidation.Subject"/>).
    /// </summary>
    public AnswerValidation ValidateJson(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            return new(null, [new("answers", $"the input is not valid JSON ({Shorten(e.Message)})")]);
        }

        using (doc)
        {
            return ValidateJson(doc.RootElement);
        }
    }

    /// <summary>Validates the contract's JSON input from its UTF-8 bytes, as the API receives them.</summary>
    public AnswerValidation ValidateJson(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException)
        {
            // Not JSON (or not UTF-8): the text path names the syntax error as the CLI does.
            return ValidateJson(Encoding.UTF8.GetString(utf8.Span));
        }

        using (doc)
        {
            return ValidateJson(doc.RootElement);
        }
    }

    public AnswerValidation ValidateJson(JsonElement root)
    {
        try
        {
            return ValidateElement(root);
        }
        catch (InvalidOperationException)
        {
            // JSON may escape a lone UTF-16 surrogate ("\ud800"), which is no text at all; reading it as a string throws.
            return new(null, [new("answers", "the input holds text that is not valid Unicode (a lone \\u surrogate escape)")]);
        }
    }

    private AnswerValidation ValidateElement(JsonElement root)
    {
        var problems = new List<InputProblem>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new(null, [new("answers", "the input must be a JSON object like {\"answers\": {...}}")]);
        }

        JsonElement answers = default;
        var found = false;
        string? subject = null;
        IReadOnlyList<string> confirm = [];
        foreach (var property in root.EnumerateObject())
        {
            if (property.Name == "answers")
            {
                answers = property.Value;
                found = true;
            }
            else if (property.Name == SubjectField)
            {
                subject = Subject(property.Value, problems);
            }
            else if (property.Name == ConfirmField)
            {
                confirm = Confirm(property.Value, problems);
            }
            else
            {
                problems.Add(new(property.Name, "unknown property; the input has only \"answers\", \"subject\" and \"confirm\""));
            }
        }

        if (!found)
        {
            problems.Add(new("answers", "missing; the input must have an \"answers\" object"));
            return new(null, problems);
        }

        if (answers.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new("answers", "must be an object that maps question ids to answers"));
            return new(null, problems);
        }

        var values = NewValues();
        var asked = new bool[values.Length];
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in answers.EnumerateObject())
        {
            var id = property.Name;
            if (!knowledge.TryGetQuestion(id, out var q))
            {
                problems.Add(new(id, unknown.Add(id) ? UnknownQuestionMessage(id) : "answered more than once"));
                continue;
            }

            if (asked[q.Index])
            {
                problems.Add(new(q.Id, "answered more than once"));
                continue;
            }

            // null says "asked, and not sure": unknown for every rule, like a question left out, but no longer to ask.
            asked[q.Index] = true;
            var v = property.Value;
            values[q.Index] = q.Type switch
            {
                _ when v.ValueKind == JsonValueKind.Null => double.NaN,
                QuestionType.Bool when v.ValueKind is JsonValueKind.True or JsonValueKind.False => v.GetBoolean() ? 1 : 0,
                QuestionType.Number when v.ValueKind == JsonValueKind.Number => CheckNumber(q, v.GetDouble(), problems),
                QuestionType.Choice when v.ValueKind == JsonValueKind.String => CheckChoice(q, v.GetString()!, problems),
                QuestionType.Choices when v.ValueKind == JsonValueKind.Array => CheckChoices(q,
                    v.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null), problems),
                _ => Wrong(q, problems),
            };
        }

        return Finish(values, asked, problems) with
        {
            Subject = problems.Count == 0 ? subject : null,
            Confirm = problems.Count == 0 ? confirm : [],
        };
    }

    /// <summary>
    /// The input's <c>"subject"</c>: null (or left out) for the sender's own answers, else a few words naming the person
    /// ("my dad"), as the result's <c>subject</c> gives them back.
    /// </summary>
    private static string? Subject(JsonElement value, List<InputProblem> problems)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
        var problem = text switch
        {
            null => "wrong type; expected text naming whom the answers are about (for example \"my dad\"), or null when they are your own",
            "" => "is empty; name whom the answers are about (for example \"my dad\"), or leave \"subject\" out when they are your own",
            { Length: > SubjectMaxLength } => $"is {text.Length} characters long; at most {SubjectMaxLength} are taken (a few words such as \"my dad\")",
            _ when text.Any(char.IsControl) => "holds a line break or other control character; expected a few words on one line (for example \"my dad\")",
            _ => null,
        };
        if (problem is not null)
        {
            problems.Add(new(SubjectField, problem));
            return null;
        }

        return text;
    }

    /// <summary>
    /// The input's <c>"confirm"</c>: ids of yes/no questions a description raised but left uncertain ("maybe a bit numb?"),
    /// as <c>twitchwise intake --format json</c> gives them. Null or left out: none.
    /// </summary>
    private IReadOnlyList<string> Confirm(JsonElement value, List<InputProblem> problems)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new(ConfirmField, "wrong type; expected a list of yes/no question ids, for example [\"symptom.numbness\"]"));
            return [];
        }

        var ids = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            var id = item.ValueKind == JsonValueKind.String ? item.GetString()! : null;
            var question = id is not null && knowledge.TryGetQuestion(id, out var q) ? q : null;
            var problem = (id, question) switch
            {
                (null, _) => "holds something that is not a question id; expected a list of yes/no question ids",
                (_, null) => $"\"{id}\": {UnknownQuestionMessage(id)}",
                (_, { Type: not QuestionType.Bool }) => $"\"{id}\" is not a yes/no question; \"confirm\" lists only yes/no questions",
                _ when ids.Contains(id) => $"\"{id}\" is listed more than once",
                _ => null,
            };
            if (problem is not null)
            {
                problems.Add(new(ConfirmField, problem));
                continue;
            }

            ids.Add(id!);
        }

        return ids;
    }

    private double[] NewValues()
    {
        var values = new double[knowledge.Questions.Count];
        Array.Fill(values, double.NaN);
        return values;
    }

    private AnswerValidation Finish(double[] values, bool[] asked, List<InputProblem> problems) =>
        problems.Count == 0 ? new(new AnswerSet(knowledge.Questions, values, asked), []) : new(null, problems);

    private string UnknownQuestionMessage(string id)
    {
        var near = knowledge.Questions
            .Select(q => (q.Id, Distance: EditDistance(q.Id, id)))
            .Where(x => x.Distance <= 3)
            .OrderBy(x => x.Distance)
            .Select(x => x.Id)
            .FirstOrDefault();
        return near is null ? "unknown question id" : $"unknown question id (did you mean \"{near}\"?)";
    }

    private static double CheckNumber(Question q, double value, List<InputProblem> problems)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value < q.Min || value > q.Max)
        {
            problems.Add(new(q.Id, $"{Format(value)} is out of range; expected a number from {Format(q.Min)} to {Format(q.Max)}{UnitSuffix(q)}"));
            return double.NaN;
        }

        return value;
    }

    private static double CheckChoice(Question q, string option, List<InputProblem> problems)
    {
        var i = q.OptionIndex(option);
        if (i < 0)
        {
            problems.Add(new(q.Id, $"\"{option}\" is not an option; expected one of: {OptionList(q)}"));
            return double.NaN;
        }

        return i;
    }

    private static double CheckChoices(Question q, IEnumerable<string?> options, List<InputProblem> problems)
    {
        long mask = 0;
        var ok = true;
        foreach (var option in options)
        {
            var i = option is null ? -1 : q.OptionIndex(option);
            if (i < 0)
            {
                problems.Add(new(q.Id, option is null
                    ? $"every item must be one of: {OptionList(q)}"
                    : $"\"{option}\" is not an option; expected any of: {OptionList(q)}"));
                ok = false;
            }
            else if ((mask & (1L << i)) != 0)
            {
                problems.Add(new(q.Id, $"\"{option}\" is listed more than once"));
                ok = false;
            }
            else
            {
                mask |= 1L << i;
            }
        }

        return ok ? mask : double.NaN;
    }

    private static double Wrong(Question q, List<InputProblem> problems)
    {
        var expected = q.Type switch
        {
            QuestionType.Bool => "true or false",
            QuestionType.Number => $"a number from {Format(q.Min)} to {Format(q.Max)}{UnitSuffix(q)}",
            QuestionType.Choice => $"one of: {OptionList(q)}",
            _ => $"a list of any of: {OptionList(q)}",
        };
        problems.Add(new(q.Id, $"wrong type; expected {expected}"));
        return double.NaN;
    }

    private static string OptionList(Question q) => string.Join(", ", q.Options.Select(o => o.Id));

    private static string UnitSuffix(Question q) => q.Unit is null ? "" : $" ({q.Unit})";

    private static string Format(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "?";

    private static string Shorten(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
