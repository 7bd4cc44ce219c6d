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
    internal abstract Tri Evaluate(ReadOnlySpan<double> values, ref UInt128 used);

    /// <summary>Whether the condition holds for these answers: true, false, or unknown while answers are missing.</summary>
    public Tri Test(Answers.AnswerSet answers)
    {
        var used = UInt128.Zero;
        return Evaluate(answers.Values, ref used);
    }

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

internal sealed class BoolIs(int question, bool expected) : Condition
{
    internal override UInt128? FixedMask => Bit(question);

    internal override Tri Evaluate(ReadOnlySpan<double> values, ref UInt128 used)
    {
        var v = values[question];
        if (double.IsNaN(v))
        {
            return Tri.Unknown;
        }

        if ((v != 0) == expected)
        {
            used |= Bit(question);
            return Tri.True;
        }

        return Tri.False;
    }

    public override IEnumerable<int> Questions => [question];

    public override bool IsMonotone => expected;

    public override string Describe(IReadOnlyList<Question> questions) =>
        expected ? questions[question].Id : $"{questions[question].Id} = no";
}

internal enum Comparison
{
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
}

internal sealed class NumberCompare(int question, Comparison comparison, double threshold) : Condition
{
    internal override UInt128? FixedMask => Bit(question);

    internal override Tri Evaluate(ReadOnlySpan<double> values, ref UInt128 used)
    {
        var v = values[question];
        if (double.IsNaN(v))
        {
            return Tri.Unknown;
        }

        var holds = comparison switch
        {
            Comparison.AtLeast => v >= threshold,
            Comparison.MoreThan => v > threshold,
            Comparison.AtMost => v <= threshold,
            _ => v < threshold,
        };
        if (holds)
        {
            used |= Bit(question);
            return Tri.True;
        }

        return Tri.False;
    }

    public override IEnumerable<int> Questions => [question];

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
        return $"{questions[question].Id} {op} {threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}

/// <summary>A choice is one of the options, or a set of choices holds any of them.</summary>
internal sealed class OptionIn(int question, long mask, bool isSet) : Condition
{
    internal override UInt128? FixedMask => Bit(question);

    internal override Tri Evaluate(ReadOnlySpan<double> values, ref UInt128 used)
    {
        var v = values[question];
        if (double.IsNaN(v))
        {
            return Tri.Unknown;
        }

        var held = isSet ? (long)v : 1L << (int)v;
        if ((held & mask) != 0)
        {
            used |= Bit(question);
            return Tri.True;
        }

        return Tri.False;
    }

    public override IEnumerable<int> Questions => [question];

    // Adding an option to a set can only make "holds any of" truer; a single choice has no order.
    public override bool IsMonotone => true;

    public override string Describe(IReadOnlyList<Question> questions)
    {
        var q = questions[question];
        var names = q.Options.Where((_, i) => (mask & (1L << i)) != 0).Select(o => o.Id);
        return $"{q.Id} {(isSet ? "holds any of" : "is one of")} [{string.Join(", ", names)}]";
    }
}

/// <summary>A set of choices holds at least <c>count</c> options.</summary>
internal sealed class CountAtLeast(int question, int count) : Condition
{
    internal override UInt128? FixedMask => Bit(question);

    internal override Tri Evaluate(ReadOnlySpan<double> values, ref UInt128 used)
    {
        var v = values[question];
        if (double.IsNaN(v))
        {
            return Tri.Unknown;
        }

        if (long.PopCount((long)v) >= count)
        {
            used |= Bit(question);
            return Tri.True;
        }

        return Tri.False;
    }

    public override IEnumerable<int> Questions => [question];

    public override bool IsMonotone => true;

    public override string Describe(IReadOnlyList<Question> questions) => $"{questions[question].Id} holds {count} or more";
}

internal sealed class AllOf(Condition[] parts) : Condition
{
    internal override UInt128? FixedMask =>
        parts.Aggregate((UInt128?)UInt128.Zero, (mask, p) => mask is { } m && p.FixedMask is { } pm ? m | pm : null);

    internal override Tri Evaluate(ReadOnlySpan<double> values, ref UInt128 used)
    {
        var mine = UInt128.Zero;
        var result = Tri.True;
        foreach (var part in parts)
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

    public override IEnumerable<int> Questions => parts.SelectMany(p => p.Questions);

    public override bool IsMonotone => parts.All(p => p.IsMonotone);

    public override string Describe(IReadOnlyList<Question> questions) =>
        string.Join(" and ", parts.Select(p => p is AnyOf ? $"({p.Describe(questions)})" : p.Describe(questions)));
}

internal sealed class AnyOf(Condition[] parts) : Condition
{
    internal override UInt128? FixedMask => null;

    internal override Tri Evaluate(ReadOnlySpan<double> values, ref UInt128 used)
    {
        var result = Tri.False;
        foreach (var part in parts)
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

    public override IEnumerable<int> Questions => parts.SelectMany(p => p.Questions);

    public override bool IsMonotone => parts.All(p => p.IsMonotone);

    public override string Describe(IReadOnlyList<Question> questions) =>
        string.Join(" or ", parts.Select(p => p is AllOf ? $"({p.Describe(questions)})" : p.Describe(questions)));
}

/// <summary>A named condition from the knowledge base (e.g. recent_exercise), shared by several rules.</summary>
internal sealed class Named(string name, Condition inner) : Condition
{
    public string Name { get; } = name;

    internal override UInt128? FixedMask => inner.FixedMask;

    internal override Tri Evaluate(ReadOnlySpan<double> values, ref UInt128 used) => inner.Evaluate(values, ref used);

    public override IEnumerable<int> Questions => inner.Questions;

    public override bool IsMonotone => inner.IsMonotone;

    public override string Describe(IReadOnlyList<Question> questions) => Name;
}
