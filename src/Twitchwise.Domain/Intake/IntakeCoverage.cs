using System.Text.RegularExpressions;

namespace Twitchwise.Domain.Intake;

/// <summary>
/// How much of a description gave answers: the clauses that gave none at all, which the person can say again in other
/// words, and whether it went mostly unread because it is written mostly in another language, which the intake does not
/// read. Unknown is not no: such a description has said nothing about its warning signs.
/// </summary>
public static partial class IntakeCoverage
{
    /// <summary>Fewer words than this are too few to judge ("calf twitch, help").</summary>
    private const int MinWordsToJudge = 10;

    /// <summary>
    /// English prose usually has a quarter or more of its words from the commonest few (below); a terse note ("twitching quads
    /// post-spin, 50 min class") has under a tenth, and so has a description written mostly in Spanish, Hindi or Tagalog.
    /// </summary>
    private const double EnglishCommonWordsAtLeast = 0.10;

    /// <summary>
    /// Of those, a terse English note has most of its other words read (in the in-sample eval stories of ten words or more,
    /// one English note of about 12,000 reaches this share); a description in another language has 0.7 or more unread.
    /// </summary>
    private const double UnreadContentShare = 0.7;

    // The commonest English words (articles, pronouns, auxiliaries, prepositions): grammar, so kept here, not lexicon data.
    private static readonly HashSet<string> CommonEnglish = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "but", "so", "my", "your", "his", "her", "their", "our", "i", "i'm", "i've", "me", "he",
        "she", "it", "it's", "they", "we", "you", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "do",
        "does", "did", "not", "no", "to", "of", "in", "on", "at", "after", "before", "for", "with", "from", "by", "up", "out",
        "about", "just", "now", "then", "when", "this", "that", "there", "what", "if", "as", "than", "too", "very", "really",
        "still", "also", "all", "some", "any", "one", "two", "can", "can't", "could", "would", "should", "will", "get", "got",
        "go", "went", "going", "came", "come", "back", "like",
    };

    /// <summary>
    /// The read result with what gave nothing: the sentences and clauses (of two words or more) that gave no answer nor
    /// anything kept apart, and whether the description is mostly unread.
    /// </summary>
    internal static IntakeResult Measure(string text, IntakeResult intake)
    {
        List<Finding> marked = [.. intake.Findings.Concat(intake.Historical).Concat(intake.SetAside.Select(s => s.Finding))];
        bool Unread(Match m) => !marked.Any(f => f.Start < m.Index + m.Length && f.End > m.Index);
        return intake with
        {
            NotUnderstood = [.. Clauses(text).Where(Unread).Select(m => m.Value.Trim())],
            MostlyUnread = MostlyUnread(text, Unread),
        };
    }

    /// <summary>
    /// True when the description is mostly not English as the intake reads it: few of English's commonest words, and most of
    /// the other words gave nothing. Its warning signs are then unknown, however little it seemed to say.
    /// </summary>
    private static bool MostlyUnread(string text, Func<Match, bool> unread)
    {
        var words = AnyWord().Matches(text).ToList();
        if (words.Count < MinWordsToJudge || words.Count(w => CommonEnglish.Contains(w.Value.ToLowerInvariant())) >= EnglishCommonWordsAtLeast * words.Count)
        {
            return false;
        }

        var content = words.Where(w => Word().IsMatch(w.Value) && !CommonEnglish.Contains(w.Value.ToLowerInvariant())).ToList();
        return content.Count > 0 && content.Count(unread) >= UnreadContentShare * content.Count;
    }

    private static IEnumerable<Match> Clauses(string text) => Clause().Matches(text).Where(m => Word().Count(m.Value) >= 2);

    [GeneratedRegex(@"[^.!?;,\n]+")]
    private static partial Regex Clause();

    [GeneratedRegex(@"\p{L}+(?:'\p{L}+)?")]
    private static partial Regex AnyWord();

    // Words of three letters or more: "a", "is" and "ok" alone are no content to have missed.
    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex Word();
}
