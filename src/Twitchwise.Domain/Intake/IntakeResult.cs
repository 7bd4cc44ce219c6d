using Twitchwise.Domain.Answers;

namespace Twitchwise.Domain.Intake;

/// <summary>One answer read from the text, and the words behind it (Start inclusive, End exclusive, in characters).</summary>
public sealed record Finding(string Answer, AnswerValue Value, string Text, int Start, int End);

public enum SetAsideReason
{
    /// <summary>"if it gets worse", "should I worry about weakness": not something the person has.</summary>
    Hypothetical,

    /// <summary>"my dad had MS": about someone else.</summary>
    OtherPerson,
}

public sealed record SetAsideFinding(Finding Finding, SetAsideReason Reason);

/// <summary>
/// What the intake understood: the answers (contract ids and values), the findings behind them, findings about
/// the past kept apart (not answers: "I used to get numbness"), and findings set aside as hypothetical or about
/// someone else; and the warning signs the words raised but left uncertain ("maybe a bit numb?"), to be confirmed by
/// asking, never answered on a guess.
/// </summary>
public sealed record IntakeResult(
    IReadOnlyDictionary<string, AnswerValue> Answers,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<Finding> Historical,
    IReadOnlyList<SetAsideFinding> SetAside,
    IReadOnlyList<string> Confirm)
{
    /// <summary>
    /// The words naming the person the description is about ("My wife"), when it is about someone other than the writer;
    /// null when it is the writer's own. The answers are then that person's.
    /// </summary>
    public string? Subject { get; init; }

    /// <summary>The sentences and clauses that gave no answer at all: the person can say them again in other words.</summary>
    public IReadOnlyList<string> NotUnderstood { get; init; } = [];

    /// <summary>
    /// True when the description is mostly in a language the intake does not read: its warning signs are unknown, however
    /// little it seemed to say, so no level is given from it.
    /// </summary>
    public bool MostlyUnread { get; init; }
}
