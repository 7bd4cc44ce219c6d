namespace Twitchwise.Domain.Journal;

/// <summary>One thing wrong with a journal entry: the line of the file (0 when not from a file), the field and what is wrong.</summary>
public sealed record JournalProblem(int Line, string Field, string Message)
{
    public override string ToString() => Line > 0 ? $"line {Line}, {Field}: {Message}" : $"{Field}: {Message}";
}

/// <summary>The outcome of reading a journal file: every entry, or every problem. Never a part of the file.</summary>
public sealed record JournalRead(IReadOnlyList<JournalEntry> Entries, IReadOnlyList<JournalProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
