using System.Globalization;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Answers;

/// <summary>
/// Answers in the words a person chose them in (yes/no, a number with its unit, option labels), and the few-word
/// phrase a result's "because" uses to name an answer, so the web, the CLI and the print say it the same way.
/// </summary>
public static class AnswerWords
{
    public static string Of(Question q, AnswerValue value) => value switch
    {
        BoolAnswer b => b.Value ? "yes" : "no",
        NumberAnswer n => n.Value.ToString("0.##", CultureInfo.InvariantCulture) + (UnitWord(q) is { } unit ? " " + unit : ""),
        ChoiceAnswer c => Label(q, c.Option),
        ChoicesAnswer s => s.Options.Count == 0 ? "none" : string.Join(", ", s.Options.Select(o => Label(q, o))),
        _ => value.ToString(),
    };

    /// <summary>"dark (cola-coloured) urine: yes", "session length: 95 minutes"; "not sure" or "not answered" when unknown.</summary>
    public static string Phrase(Question q, AnswerSet answers) => answers[q.Id] switch
    {
        { } value => $"{q.Short}: {Of(q, value)}",
        null when answers.IsAsked(q.Id) => $"{q.Short}: not sure",
        null => $"{q.Short}: not answered",
    };

    /// <summary>The unit to print after a number; null when the knowledge base's unit is only a scale such as "0-10".</summary>
    public static string? UnitWord(Question q) =>
        q.Unit is { } unit && !unit.Any(char.IsDigit) ? unit : null;

    private static string Label(Question q, string option) =>
        q.Options.FirstOrDefault(o => o.Id == option)?.Label ?? option;
}
