using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Assessment;

/// <summary>How triage findings are put into words, the same in the engine's reasons, the CLI and the web page.</summary>
public static class TriageWords
{
    /// <summary>A rule's title inside a sentence: "Possible stroke" becomes "possible stroke"; "DVT ..." stays as it is.</summary>
    public static string InSentence(string title) =>
        title.Length > 1 && char.IsUpper(title[0]) && !char.IsUpper(title[1]) ? char.ToLowerInvariant(title[0]) + title[1..] : title;

    /// <summary>"this question settles" or "these questions settle", for the questions that would settle a suspicion.</summary>
    public static string WhichSettle(int questions) => questions == 1 ? "this question settles" : "these questions settle";

    /// <summary>"While you wait", or "While you wait with them" for whoever is looking after someone else (<paramref name="subject"/>).</summary>
    public static string WhileYouWait(string? subject) => subject is null ? "While you wait" : "While you wait with them";

    /// <summary>The heading of steps held back: "Not for you", or "Not for them" when the result is about someone else.</summary>
    public static string NotFor(string? subject) => subject is null ? "Not for you" : "Not for them";

    /// <summary>
    /// The heading of the warning signs that would change the advice: "Get help if this changes", or "Get help for them if
    /// this changes" for whoever is looking after someone else.
    /// </summary>
    public static string GetHelpIfThisChanges(string? subject) => subject is null ? "Get help if this changes" : "Get help for them if this changes";

    /// <summary>
    /// What to do hangs on the answers: "If the answer is yes" for one yes/no question, "If the answer confirms it" for one
    /// other, "If the answers confirm it" for several.
    /// </summary>
    public static string IfConfirmed(KnowledgeBase knowledge, IReadOnlyList<string> questions) => questions switch
    {
        [var only] when knowledge.Question(only).Type == QuestionType.Bool => "If the answer is yes",
        [_] => "If the answer confirms it",
        _ => "If the answers confirm it",
    };
}
