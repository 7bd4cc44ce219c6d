using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Assessment;

/// <summary>The outcome of one assessment, in the shape of the assessment contract.</summary>
public sealed record AssessmentResult(
    Triage Triage,
    IReadOnlyList<RankedCause> Causes,
    IReadOnlyList<AdviceStep> Relief,
    IReadOnlyList<AdviceStep> Prevention,
    IReadOnlyList<WarningSign> WatchFor,
    IReadOnlyList<string> UnansweredRedFlags,
    IReadOnlyList<Source> Sources,
    string KnowledgeVersion);

/// <summary>How urgent it is, what to do now, and every rule that raised the level.</summary>
public sealed record Triage(TriageLevel Level, string Label, string Action, IReadOnlyList<TriageReason> Reasons);

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

public sealed record WarningSign(string Id, TriageLevel Level, string Text, IReadOnlyList<string> Sources);
