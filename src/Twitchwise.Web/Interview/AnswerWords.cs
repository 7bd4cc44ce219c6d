using System.Globalization;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Web.Interview;

/// <summary>Answers in the words a person chose them in: yes/no, a number with its unit, option labels.</summary>
public static class AnswerWords
{
    public static string Of(Question q, AnswerValue value) => value switch
    {
        BoolAnswer b => b.Value ? "yes" : "no",
        NumberAnswer n => n.Value.ToString("0.##", CultureInfo.InvariantCulture) + (UnitWord(q) is { } unit ? " " + unit : ""),
        ChoiceAnswer c => Label(q, c.Option),
        ChoicesAnswer s => string.Join(", ", s.Options.Select(o => Label(q, o))),
        _ => value.ToString(),
    };

    /// <summary>The unit to print after a number; null when the knowledge base's unit is only a scale such as "0-10".</summary>
    public static string? UnitWord(Question q) =>
        q.Unit is { } unit && !unit.Any(char.IsDigit) ? unit : null;

    private static string Label(Question q, string option) =>
        q.Options.FirstOrDefault(o => o.Id == option)?.Label ?? option;
}
