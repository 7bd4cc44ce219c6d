namespace Twitchwise.Domain.Answers;

/// <summary>One answer to one question, typed as in the assessment contract.</summary>
public abstract record AnswerValue
{
    public static AnswerValue Of(bool value) => new BoolAnswer(value);
    public static AnswerValue Of(double value) => new NumberAnswer(value);
    public static AnswerValue Of(string option) => new ChoiceAnswer(option);
    public static AnswerValue Of(params string[] options) => new ChoicesAnswer(options);

    /// <summary>"Asked, and not sure": unknown for every rule, but no longer a question to ask.</summary>
    public static AnswerValue NotSure { get; } = new NotSureAnswer();
}

public sealed record NotSureAnswer : AnswerValue
{
    public override string ToString() => "not sure";
}

public sealed record BoolAnswer(bool Value) : AnswerValue
{
    public override string ToString() => Value ? "true" : "false";
}

public sealed record NumberAnswer(double Value) : AnswerValue
{
    public override string ToString() => Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record ChoiceAnswer(string Option) : AnswerValue
{
    public override string ToString() => Option;
}

public sealed record ChoicesAnswer(IReadOnlyList<string> Options) : AnswerValue
{
    // Records compare lists by reference; answers are equal when they hold the same options in order.
    public bool Equals(ChoicesAnswer? other) => other is not null && Options.SequenceEqual(other.Options);

    public override int GetHashCode() => Options.Aggregate(17, (h, o) => HashCode.Combine(h, o));

    public override string ToString() => string.Join(", ", Options);
}
