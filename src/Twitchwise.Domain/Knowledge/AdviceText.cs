using System.Text.RegularExpressions;

namespace Twitchwise.Domain.Knowledge;

/// <summary>Reads what a rule's advice tells a person not to do, so the loader can check it against the steps shown.</summary>
public static partial class AdviceText
{
    /// <summary>
    /// True when <paramref name="text"/> forbids an action named by one of <paramref name="words"/>: a clause that opens
    /// (or goes on after a comma) with "do not", "don't", "never", "avoid" or "no", then names the action ("Do not
    /// massage it", "keep it still, no heat"). A description ("cramps that do not ease with stretching") is not an order.
    /// </summary>
    public static bool Forbids(string text, IReadOnlyList<string> words)
    {
        foreach (var clause in ClauseBreak().Split(text))
        {
            var cue = NegationCue().Match(clause);
            if (!cue.Success)
            {
                continue;
            }

            var after = clause[(cue.Index + cue.Length)..];
            if (words.Any(w => Regex.IsMatch(after, $@"\b{Regex.Escape(w)}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"[.;:!?]|\bbut\b|\bthen\b|\binstead\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"(?:^|[,(])\s*(?:do not|don't|never|avoid|no)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegationCue();
}
