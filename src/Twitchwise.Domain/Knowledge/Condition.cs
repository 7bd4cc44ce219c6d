namespace Twitchwise.Domain.Knowledge;

/// <summary>Three-valued truth: an answer that was not given is unknown, never "no".</summary>
public enum Tri : byte
{
    False,
    Unknown,
    True,
}

/// <summary>
/// A condition over answers, compiled from the knowledge base. Answers arrive as one number per question
/// (NaN when unknown; bools 0/1, a choice as its option index, a set of choices as a bit mask).
/// Evaluation records which questions made a true condition true, so every rule can explain itself.
/// </summary>
public abstract class Condition
{
    /// <summary>Whether the condition holds, and (when true) the questions that made it so added to <paramref name="used"/>.</summary>
    internal abstract Tri Evaluate(ReadOnlySpan<double> values, ref UInt128 used);

    /// <summary>Whether the condition holds, without recording why: enough when <see cref="FixedMask"/> already says.</summary>
    internal abstract Tri Truth(ReadOnlySpan<double> values);

    /// <summary>Whether the condition holds for these answers: true, false, or unknown while answers are missing.</summary>
    public Tri Test(Answers.AnswerSet answers) => Truth(answers.Values);

    /// <summary>Every question the condition reads.</summary>
    public abstract IEnumerable<int> Questions { get; }

    /// <summary>True when turning an answer to "yes" or raising a number can never make the condition false.</summary>
    public abstract bool IsMonotone { get; }

    /// <summary>
    /// The questions that make the condition true whenever it is true, or null when that depends on which part of an
    /// "any" held. Lets the engine build the explanation of such a condition once.
    /// </summary>
    internal abstract UInt128? FixedMask { get; }

    /// <summary>A readable form, e.g. <c>symptom.dark_urine and episode.pain &gt;= 7</c>.</summary>
    public abstract string Describe(IReadOnlyList<Question> questions);

    internal static UInt128 Bit(int question) => UInt128.One << question;
}

/// <summary>A test of one answer: unknown when it was not given, and explained by that one question when it holds.</summary>
internal abstract class Leaf(int question) : Condition
{
    // Worked out once: a variable UInt128 shift costs more than the comparison it explains.
    private readonly UInt128 bit = Bit(question);

    protected int Question => question;

    internal sealed override UInt128? FixedMask => bit;

    public sealed override IEnumerable<int> Questions => [question];

    internal sealed override Tri Evaluate(ReadOnlySpan<double> values, ref UInt128 used)
    {
        var truth = Truth(values);
        if (truth == Tri.True)
        {
            used |= bit;
        }

        return truth;
    }

    /// <summary>Unknown for an answer not given (NaN), otherwise whether <paramref name="holds"/>.</summary>
    protected static Tri Answered(double value, bool holds) => double.IsNaN(value) ? Tri.Unknown : holds ? Tri.True : Tri.False;
}

internal sealed class BoolIs(int question, bool expected) : Leaf(question)
{
    internal override Tri Truth(ReadOnlySpan<double> values) => Answered(values[Question], (values[Question] != 0) == expected);

    public override bool IsMonotone => expected;

    public override string Describe(IReadOnlyList<Question> questions) =>
        expected ? questions[Question].Id : $"{questions[Question].Id} = no";
}

internal enum Comparison
{
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
}

internal sealed class NumberCompare(int question, Comparison comparison, double threshold) : Leaf(question)
{
    internal override Tri Truth(ReadOnlySpan<double> values)
    {
        var value = values[Question];
        return Answered(value, comparison switch
        {
            Comparison.AtLeast => value >= threshold,
            Comparison.MoreThan => value > threshold,
            Comparison.AtMost => value <= threshold,
            _ => value < threshold,
        });
    }

    public override bool IsMonotone => comparison is Comparison.AtLeast or Comparison.MoreThan;

    public override string Describe(IReadOnlyList<Question> questions)
    {
        var op = comparison switch
        {
            Comparison.AtLeast => ">=",
            Comparison.MoreThan => ">",
            Comparison.AtMost => "<=",
            _ => "<",
        };
        return $"{questions[Question].Id} {op} {threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}

/// <summary>A choice is one of the options, or a set of choices holds any of them.</summary>
internal sealed class OptionIn(int question, long mask, bool isSet) : Leaf(question)
{
    internal override Tri Truth(ReadOnlySpan<double> values)
    {
        var value = values[Question];
        // NaN converts to 0 here, and Answered then says unknown anyway.
        return Answered(value, ((isSet ? (long)value : 1L << (int)value) & mask) != 0);
    }

    // Adding an option to a set can only make "holds any of" truer; a single choice has no order.
    public override bool IsMonotone => true;

    public override string Describe(IReadOnlyList<Question> questions)
    {
        var q = questions[Question];
        var names = q.Options.Where((_, i) => (mask & (1L << i)) != 0).Select(o => o.Id);
        return $"{q.Id} {(isSet ? "holds any of" : "is one of")} [{string.Join(", ", names)}]";
    }
}

/// <summary>A set of choices holds at least <c>count</c> options.</summary>
internal sealed class CountAtLeast(int question, int count) : Leaf(question)
{
    internal override Tri Truth(ReadOnlySpan<double> values)
    {
        var value = values[Question];
        return Answered(value, long.PopCount((long)value) >= count);
    }

    public override bool IsMonotone => true;

    public override string Describe(IReadOnlyList<Question> questions) => $"{questions[Question].Id} holds {count} or more";
}

internal sealed class AllOf(Condition[] parts) : Condition
{
    // A named condition only matters when describing; evaluation goes straight to what it names.
    private readonly Condition[] evaluated = [.. parts.Select(Named.Unwrap)];

    internal override UInt128? FixedMask =>
        parts.Aggregate((UInt128?)UInt128.Zero, (mask, p) => mask is { } m && p.FixedMask is { } pm ? m | pm : null);

    internal override Tri Evaluate(ReadOnlySpan<double> values, ref UInt128 used)
    {
        var mine = UInt128.Zero;
        var result = Tri.True;
        foreach (var part in evaluated)
        {
            var t = part.Evaluate(values, ref mine);
            if (t == Tri.False)
            {
                return Tri.False;
            }

            if (t == Tri.Unknown)
            {
                result = Tri.Unknown;
            }
        }

        if (result == Tri.True)
        {
            used |= mine;
        }

        return result;
    }

    internal override Tri Truth(ReadOnlySpan<double> values)
    {
        var result = Tri.True;
        foreach (var part in evaluated)
        {
            var t = part.Truth(values);
            if (t == Tri.False)
            {
                return Tri.False;
            }

            if (t == Tri.Unknown)
            {
                result = Tri.Unknown;
            }
        }

        return result;
    }

    public override IEnumerable<int> Questions => parts.SelectMany(p => p.Questions);

    public override bool IsMonotone => parts.All(p => p.IsMonotone);

    public override string Describe(IReadOnlyList<Question> questions) =>
        string.Join(" and ", parts.Select(p => p is AnyOf ? $"({p.Describe(questions)})" : p.Describe(questions)));
}

internal sealed class AnyOf(Condition[] parts) : Condition
{
    // A named condition only matters when describing; evaluation goes straight to what it names.
    private readonly Condition[] evaluated = [.. parts.Select(Named.Unwrap)];

    internal override UInt128? FixedMask => null;

    internal override Tri Evaluate(ReadOnlySpan<double> values, ref UInt128 used)
    {
        var result = Tri.False;
        foreach (var part in evaluated)
        {
            // Every true part is evaluated so that the explanation names all the answers behind it.
            var t = part.Evaluate(values, ref used);
            if (t > result)
            {
                result = t;
            }
        }

        return result;
    }

    internal override Tri Truth(ReadOnlySpan<double> values)
    {
        var result = Tri.False;
        foreach (var part in evaluated)
        {
            var t = part.Truth(values);
            if (t == Tri.True)
            {
                return Tri.True; // nothing to explain here, so the first true part settles it
            }

            if (t > result)
            {
                result = t;
            }
        }

        return result;
    }

    public override IEnumerable<int> Questions => parts.SelectMany(p => p.Questions);

    public override bool IsMonotone => parts.All(p => p.IsMonotone);

    public override string Describe(IReadOnlyList<Question> questions) =>
        string.Join(" or ", parts.Select(p => p is AllOf ? $"({p.Describe(questions)})" : p.Describe(questions)));
}

/// <summary>A named condition from the knowledge base (e.g. recent_exercise), shared by several rules.</summary>
internal sealed class Named(string name, Condition inner) : Condition
{
    public static Condition Unwrap(Condition condition) => condition is Named named ? Unwrap(named.Inner) : condition;

    private Condition Inner => inner;

    public string Name { get; } = name;

    internal override UInt128? FixedMask => inner.FixedMask;

    internal override Tri Evaluate(ReadOnlySpan<double> values, ref UInt128 used) => inner.Evaluate(values, ref used);

    internal override Tri Truth(ReadOnlySpan<double> values) => inner.Truth(values);

    public override IEnumerable<int> Questions => inner.Questions;

    public override bool IsMonotone => inner.IsMonotone;

    public override string Describe(IReadOnlyList<Question> questions) => Name;
}
