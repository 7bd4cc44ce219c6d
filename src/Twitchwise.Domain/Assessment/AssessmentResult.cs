using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Assessment;

/// <summary>The outcome of one assessment, in the shape of the assessment contract (version 2).</summary>
/// <param name="WhileWaiting">At the urgent and emergency levels: what to do until help comes, safe for every rule that fired.</param>
/// <param name="Withheld">Steps that would have been shown but could harm this person, with the reason.</param>
/// <param name="UnansweredRedFlags">Unknown questions that could still raise the level, most dangerous first.</param>
/// <param name="NextQuestions">Questions still worth asking, in order; never one already asked (even "not sure").</param>
/// <param name="Subject">
/// Who the answers are about when it is not the person using Twitchwise ("my husband"); null when they are their own. The
/// level's action, every step (while waiting, relief, prevention, and those held back, with why) are then worded for
/// whoever is looking after them.
/// </param>
public sealed record AssessmentResult(
    Triage Triage,
    IReadOnlyList<RankedCause> Causes,
    IReadOnlyList<AdviceStep> Relief,
    IReadOnlyList<AdviceStep> Prevention,
    IReadOnlyList<AdviceStep> WhileWaiting,
    IReadOnlyList<WithheldStep> Withheld,
    IReadOnlyList<WarningSign> WatchFor,
    IReadOnlyList<string> UnansweredRedFlags,
    IReadOnlyList<string> NextQuestions,
    IReadOnlyList<Source> Sources,
    string KnowledgeVersion,
    string? Subject);

/// <summary>
/// How urgent it is, what to do now, and every rule that raised the level. <paramref name="Complete"/> is true only when no
/// unanswered question could still raise the level; <paramref name="Call"/> is the number to ring, if the level has one.
/// <paramref name="Suspected"/> lists the more urgent rules the answers already point towards, most urgent first: each
/// must be settled before the level can be relied on.
/// </summary>
public sealed record Triage(
    TriageLevel Level,
    string Label,
    string Action,
    IReadOnlyList<TriageReason> Reasons,
    bool Complete,
    string? Call,
    IReadOnlyList<Suspicion> Suspected);

/// <summary>
/// A more urgent rule that part of the answers already points towards (its <c>suspect_when</c> holds) while the rest is
/// unanswered: "sick and sweaty" with arm pain not yet asked. <paramref name="Answers"/> are the answers that point at it,
/// <paramref name="Questions"/> the unanswered ones that would settle it, in interview order.
/// </summary>
public sealed record Suspicion(
    string Id,
    TriageLevel Level,
    string Title,
    string Text,
    IReadOnlyList<string> Answers,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Sources);

/// <summary>A triage rule that fired, the answers that made it fire, and its advice and sources.</summary>
public sealed record TriageReason(string Id, TriageLevel Level, string Title, string Text, IReadOnlyList<string> Answers, IReadOnlyList<string> Sources);

public sealed record RankedCause(
    string Id,
    string Name,
    string Summary,
    Likelihood Likelihood,
    double Score,
    IReadOnlyList<Finding> Because,
    IReadOnlyList<Finding> Against,
    IReadOnlyList<string> Sources);

/// <summary>One piece of evidence that held: the answers behind it and what it means.</summary>
public sealed record Finding(string Answer, IReadOnlyList<string> Answers, string Text);

public sealed record AdviceStep(string Id, string Text, IReadOnlyList<string> Causes, string? Evidence, IReadOnlyList<string> Sources);

/// <summary>A step held back from this person: "not for you: <paramref name="Text"/>, because <paramref name="Reason"/>".</summary>
public sealed record WithheldStep(string Id, string Text, string Reason);

public sealed record WarningSign(string Id, TriageLevel Level, string Text, IReadOnlyList<string> Sources);
