using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Answers;

/// <summary>The outcome of validating answers: either a set to assess, or every problem found. Never both.</summary>
public sealed record AnswerValidation(AnswerSet? Answers, IReadOnlyList<InputProblem> Problems)
{
    public bool IsValid => Answers is not null;
}

/// <summary>
/// Checks answers against the question set as a whole: every unknown id, wrong type, out-of-range number,
/// unknown option and duplicate is reported, and nothing is assessed unless all is well.
/// </summary>
public sealed class AnswerValidator(KnowledgeBase knowledge)
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    // Question ids are short; a longer property name is not one of them and is simply read as a string.
    private const int MaxFastIdLength = 128;

    // Each question's id and option ids in UTF-8, by question index: valid input is matched against them as it stands.
    private readonly byte[][] idUtf8 = [.. knowledge.Questions.Select(q => Encoding.UTF8.GetBytes(q.Id))];
    private readonly byte[][][] optionUtf8 = [.. knowledge.Questions.Select(q => q.Options.Select(o => Encoding.UTF8.GetBytes(o.Id)).ToArray())];

    /// <summary>Validates typed answers (from the interview, the web form or the free-text intake).</summary>
    public AnswerValidation Validate(IEnumerable<KeyValuePair<string, AnswerValue>> answers)
    {
        var problems = new List<InputProblem>();
        var values = NewValues();
        foreach (var (id, value) in answers)
        {
            if (!knowledge.TryGetQuestion(id, out var q))
            {
                problems.Add(new(id, UnknownQuestionMessage(id)));
                continue;
            }

            var parsed = value switch
            {
                BoolAnswer b when q.Type == QuestionType.Bool => b.Value ? 1 : 0,
                NumberAnswer n when q.Type == QuestionType.Number => CheckNumber(q, n.Value, problems),
                ChoiceAnswer c when q.Type == QuestionType.Choice => CheckChoice(q, c.Option, problems),
                ChoicesAnswer s when q.Type == QuestionType.Choices => CheckChoices(q, s.Options, problems),
                _ => Wrong(q, problems),
            };
            values[q.Index] = parsed;
        }

        return Finish(values, problems);
    }

    /// <summary>Validates the contract's JSON input: <c>{ "answers": { id: value, ... } }</c>.</summary>
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

    /// <summary>
    /// Validates the contract's JSON input from its UTF-8 bytes, as the API receives them. The usual input - every
    /// name a known question written without escapes, every answer valid - is read in one pass, without building a
    /// document; anything else goes through the document, which names every problem. Both give the same outcome.
    /// </summary>
    public AnswerValidation ValidateJson(ReadOnlyMemory<byte> utf8)
    {
        if (TryReadValid(utf8.Span) is { } values)
        {
            return Finish(values, []);
        }

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
        foreach (var property in root.EnumerateObject())
        {
            if (property.Name == "answers")
            {
                answers = property.Value;
                found = true;
            }
            else
            {
                problems.Add(new(property.Name, "unknown property; the input has only \"answers\""));
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
        // Repeats are spotted by question index (no hashing of every id); only unknown ids need a set, and rarely.
        Span<bool> answered = stackalloc bool[values.Length];
        HashSet<string>? unknown = null;
        Span<char> name = stackalloc char[MaxFastIdLength];
        foreach (var property in answers.EnumerateObject())
        {
            if (!TryGetQuestion(property, name, out var q))
            {
                var id = property.Name;
                unknown ??= new HashSet<string>(StringComparer.Ordinal);
                problems.Add(new(id, unknown.Add(id) ? UnknownQuestionMessage(id) : "answered more than once"));
                continue;
            }

            if (answered[q.Index])
            {
                problems.Add(new(q.Id, "answered more than once"));
                continue;
            }

            answered[q.Index] = true;

            var v = property.Value;
            if (v.ValueKind == JsonValueKind.Null)
            {
                // null says "I don't know" explicitly; it is the same as leaving the question out.
                continue;
            }

            values[q.Index] = q.Type switch
            {
                QuestionType.Bool when v.ValueKind is JsonValueKind.True or JsonValueKind.False => v.GetBoolean() ? 1 : 0,
                QuestionType.Number when v.ValueKind == JsonValueKind.Number => CheckNumber(q, v.GetDouble(), problems),
                QuestionType.Choice when v.ValueKind == JsonValueKind.String => OptionIndex(q, v) is var i and >= 0 ? i : CheckChoice(q, v.GetString()!, problems),
                QuestionType.Choices when v.ValueKind == JsonValueKind.Array => CheckChoiceArray(q, v, problems),
                _ => Wrong(q, problems),
            };
        }

        return Finish(values, problems);
    }

    /// <summary>
    /// The answers of a valid input with no escaped names or options, read straight off the bytes; null at the first
    /// thing that is not so (a problem, a repeat, an escape, anything unexpected), for the document path to look at.
    /// </summary>
    private double[]? TryReadValid(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = DocumentOptions.MaxDepth });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject
                || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped || !reader.ValueSpan.SequenceEqual("answers"u8)
                || !reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            var values = NewValues();
            var questions = knowledge.Questions;
            var next = 0;
            Span<char> name = stackalloc char[MaxFastIdLength];
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                // Answers usually come in interview order, so the question after the last is tried before a lookup.
                var q = next < questions.Count && !reader.ValueIsEscaped && reader.ValueSpan.SequenceEqual(idUtf8[next])
                    ? questions[next]
                    : reader.ValueIsEscaped || !TryGetQuestion(reader.ValueSpan, name, out var found) ? null : found;
                if (q is null || !double.IsNaN(values[q.Index]) || !reader.Read())
                {
                    return null; // unknown, escaped or answered before (a null answer is re-read by the document path too)
                }

                next = q.Index + 1;

                var value = reader.TokenType switch
                {
                    JsonTokenType.True when q.Type == QuestionType.Bool => 1,
                    JsonTokenType.False when q.Type == QuestionType.Bool => 0,
                    JsonTokenType.Number when q.Type == QuestionType.Number && reader.TryGetDouble(out var number)
                        && number >= q.Min && number <= q.Max => number,
                    JsonTokenType.String when q.Type == QuestionType.Choice => OptionIndex(q, ref reader),
                    JsonTokenType.StartArray when q.Type == QuestionType.Choices => OptionMask(q, ref reader),
                    _ => double.NaN,
                };
                if (double.IsNaN(value))
                {
                    return null;
                }

                values[q.Index] = value;
            }

            // The answers object has ended; the input must end with the outer object.
            return reader.TokenType == JsonTokenType.EndObject && reader.Read() && reader.TokenType == JsonTokenType.EndObject && !reader.Read()
                ? values
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The option the reader's unescaped string names, or NaN.</summary>
    private double OptionIndex(Question q, ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            var options = optionUtf8[q.Index];
            for (var i = 0; i < options.Length; i++)
            {
                if (reader.ValueSpan.SequenceEqual(options[i]))
                {
                    return i;
                }
            }
        }

        return double.NaN;
    }

    /// <summary>The options of the array at the reader, each known and listed once, as a bit mask; or NaN.</summary>
    private double OptionMask(Question q, ref Utf8JsonReader reader)
    {
        long mask = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            var i = OptionIndex(q, ref reader);
            if (double.IsNaN(i) || (mask & (1L << (int)i)) != 0)
            {
                return double.NaN;
            }

            mask |= 1L << (int)i;
        }

        return reader.TokenType == JsonTokenType.EndArray ? mask : double.NaN;
    }

    private double[] NewValues()
    {
        var values = new double[knowledge.Questions.Count];
        Array.Fill(values, double.NaN);
        return values;
    }

    private AnswerValidation Finish(double[] values, List<InputProblem> problems) =>
        problems.Count == 0 ? new(new AnswerSet(knowledge.Questions, values), []) : new(null, problems);

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

    private double CheckChoiceArray(Question q, JsonElement array, List<InputProblem> problems)
    {
        // The usual case - known options, each once - is read without making strings; anything else goes the long way
        // round, which names every problem.
        long mask = 0;
        foreach (var item in array.EnumerateArray())
        {
            var i = item.ValueKind == JsonValueKind.String ? OptionIndex(q, item) : -1;
            if (i < 0 || (mask & (1L << i)) != 0)
            {
                return CheckChoices(q, array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null), problems);
            }

            mask |= 1L << i;
        }

        return mask;
    }

    /// <summary>The option a JSON string names, compared as it stands in the input; -1 when it names none.</summary>
    private int OptionIndex(Question q, JsonElement value)
    {
        var options = optionUtf8[q.Index];
        for (var i = 0; i < options.Length; i++)
        {
            if (value.ValueEquals(options[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Finds the question a property names from its raw UTF-8 name when it has no escapes (as every id is written),
    /// so no string is made for it; an escaped or very long name is read as a string first.
    /// </summary>
    private bool TryGetQuestion(JsonProperty property, Span<char> buffer, [NotNullWhen(true)] out Question? question)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        return raw.Contains((byte)'\\') || raw.Length > buffer.Length
            ? knowledge.TryGetQuestion(property.Name, out question)
            : TryGetQuestion(raw, buffer, out question);
    }

    /// <summary>The question an unescaped UTF-8 id names, decoded into <paramref name="buffer"/> (no string is made).</summary>
    private bool TryGetQuestion(ReadOnlySpan<byte> utf8, Span<char> buffer, [NotNullWhen(true)] out Question? question)
    {
        if (utf8.Length <= buffer.Length && Encoding.UTF8.TryGetChars(utf8, buffer, out var length))
        {
            return knowledge.TryGetQuestion(buffer[..length], out question);
        }

        question = null;
        return false;
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
