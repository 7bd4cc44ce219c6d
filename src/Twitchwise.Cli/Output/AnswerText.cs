using Twitchwise.Domain.Answers;

namespace Twitchwise.Cli.Output;

internal static class AnswerText
{
    /// <summary>An answer in plain words: yes/no for booleans, numbers as given, options by id.</summary>
    public static string Of(string id, AnswerSet answers) => answers[id] switch
    {
        null => "unknown",
        BoolAnswer b => b.Value ? "yes" : "no",
        var v => v.ToString(),
    };
}
