namespace Twitchwise.Domain.Knowledge;

/// <summary>One problem in the knowledge files: which file, which entry, what is wrong.</summary>
public sealed record KnowledgeProblem(string File, string Entry, string Message)
{
    public override string ToString() => $"{File}: {Entry}: {Message}";
}

/// <summary>The knowledge base failed validation; the message lists every problem found.</summary>
public sealed class KnowledgeException(IReadOnlyList<KnowledgeProblem> problems)
    : Exception("The knowledge base is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p)))
{
    public IReadOnlyList<KnowledgeProblem> Problems { get; } = problems;
}

/// <summary>A knowledge file by name (e.g. <c>triage.yaml</c>) and its text.</summary>
public sealed record KnowledgeFile(string Name, string Text);
