namespace Twitchwise.Domain.Answers;

/// <summary>One thing wrong with the input, named by the question id (or "answers" for the whole object).</summary>
public sealed record InputProblem(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
