using System.Globalization;
using Twitchwise.Domain.Answers;

namespace Twitchwise.Domain.Knowledge;

/// <summary>Three-valued truth: an answer that was not given is unknown, never "no".</summary>
public enum Tri : byte
{
    False,
    Unknown,
    True,
}

/// <summary>
/// A condition over answers, compiled from the knowledge base. It is true, false, or unknown while answers it needs are
/// missing; when true it can say which questions made it so, so every rule explains itself.
/// </summary>
public abstract class Condition
{
    /// <summary>Whether the condition holds; when true, the questions that made it so are added to <paramref name="because"/>.</summary>
    public abstract Tri Evaluate(AnswerSet answers, ISet<int>? because = null);

    /// <summary>
    /// The questions that could still make the condition true, added to <paramref name="open"/>: the unknown ones in the parts
    /// that are not already true or impossible. Nothing when the condition is already true or can no longer become true.
    /// With <paramref name="notSureIsFinal"/>, a question answered "not sure" is settled (its tests can no longer hold) and
    /// only questions not asked yet are added: what an interview can still ask. Without it, every unknown counts: what
    /// could still raise the level.
    /// </summary>
    public abstract void AddOpenQuestions(AnswerSet answers, ISet<int> open, bool notSureIsFinal = false);

    /// <summary>
    /// Whether the condition could still become true as more questions are asked, counting a "not sure" answer as final: a
    /// test of a question that was asked and left unknown can no longer hold in this interview.
    /// </summary>
    public abstract bool CanStillHold(AnswerSet answers);

    /// <summary>Whether the condition could still become true, counting "not sure" as final only when asked to.</summary>
    internal bool CouldStillHold(AnswerSet answers, bool notSureIsFinal) =>
        notSureIsFinal ? CanStillHold(answers) : Evaluate(answers) != Tri.False;

    /// <summary>The numbers <paramref name="question"/> is compared with, added to <paramref name="thresholds"/>.</summary>
    public abstract void AddThresholds(int question, ISet<double> thresholds);

    /// <summary>Every question the condition reads (worked out once, when the knowledge base is loaded).</summary>
    public abstract IReadOnlyList<int> Questions { get; }

    /// <summary>True when turning an answer to "yes" or raising a number can never make the condition false.</summary>
    public abstract bool IsMonotone { get; }

    /// <summary>A readable form, e.g. <c>symptom.dark_urine and episode.pain &gt;= 7</c>.</summary>
    public abstract string Describe(IReadOnlyList<Question> questions);
}

/// <summary>A test of one answer: unknown when it was not given, and explained by that one question when it holds.</summary>
internal abstract class Leaf(int question) : Condition
{
    private readonly int question = question;
    private readonly int[] questions = [question];

    protected int Question => question;

    public sealed override IReadOnlyList<int> Questions => questions;

    public sealed override Tri Evaluate(AnswerSet answers, ISet<int>? because = null)
    {
        var value = answers.Raw(question);
        if (double.IsNaN(value))
        {
            return Tri.Unknown;
        }

        if (!Holds(value))
        {
            return Tri.False;
        }

        because?.Add(question);
        return Tri.True;
    }

    public sealed override void AddOpenQuestions(AnswerSet answers, ISet<int> open, bool notSureIsFinal = false)
    {
        if (notSureIsFinal ? !answers.IsAsked(question) : !answers.IsKnown(question))
        {
            open.Add(question);
        }
    }

    public sealed override bool CanStillHold(AnswerSet answers)
    {
        var value = answers.Raw(question);
        return double.IsNaN(value) ? !answers.IsAsked(question) : Holds(value);
    }

    public override void AddThresholds(int question, ISet<double> thresholds)
    {
    }

    /// <summary>Whether a known answer passes the test.</summary>
    protected abstract bool Holds(double value);
}

internal sealed class BoolIs(int question, bool expected) : Leaf(question)
{
    protected override bool Holds(double value) => (value != 0) == expected;

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
    protected override bool Holds(double value) => comparison switch
    {
        Comparison.AtLeast => value >= threshold,
        Comparison.MoreThan => value > threshold,
        Comparison.AtMost => value <= threshold,
        _ => value < threshold,
    };

    public override bool IsMonotone => comparison is Comparison.AtLeast or Comparison.MoreThan;

    public override void AddThresholds(int question, ISet<double> thresholds)
    {
        if (question == Question)
        {
            thresholds.Add(threshold);
        }
    }

    public override string Describe(IReadOnlyList<Question> questions)
    {
        var op = comparison switch
        {
            Comparison.AtLeast => ">=",
            Comparison.MoreThan => ">",
            Comparison.AtMost => "<=",
            _ => "<",
        };
        return $"{questions[Question].Id} {op} {threshold.ToString(CultureInfo.InvariantCulture)}";
    }
}

/// <summary>A choice is one of the options, or a set of choices holds any of them.</summary>
internal sealed class OptionIn(int question, long mask, bool isSet) : Leaf(question)
{
    protected override bool Holds(double value) => ((isSet ? (long)value : 1L << (int)value) & mask) != 0;

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
    protected override bool Holds(double value) => long.PopCount((long)value) >= count;

    public override bool IsMonotone => true;

    public override string Describe(IReadOnlyList<Question> questions) => $"{questions[Question].Id} holds {count} or more";
}

internal sealed class AllOf(Condition[] parts) : Condition
{
    private readonly Condition[] parts = parts;
    private readonly int[] questions = [.. parts.SelectMany(p => p.Questions)];

    public override Tri Evaluate(AnswerSet answers, ISet<int>? because = null)
    {
        var result = Tri.True;
        foreach (var part in parts)
        {
            var t = part.Evaluate(answers);
            if (t == Tri.False)
            {
                return Tri.False;
            }

            if (t == Tri.Unknown)
            {
                result = Tri.Unknown;
            }
        }

        // The answers behind it only count once every part holds: only then are they collected.
        if (result == Tri.True && because is not null)
        {
            foreach (var part in parts)
            {
                part.Evaluate(answers, because);
            }
        }

        return result;
    }

    public override void AddOpenQuestions(AnswerSet answers, ISet<int> open, bool notSureIsFinal = false)
    {
        if (!CouldStillHold(answers, notSureIsFinal) || Evaluate(answers) == Tri.True)
        {
            return;
        }

        // Every part must hold: the ones that already do need nothing more.
        foreach (var part in parts)
        {
            if (part.Evaluate(answers) != Tri.True)
            {
                part.AddOpenQuestions(answers, open, notSureIsFinal);
            }
        }
    }

    public override bool CanStillHold(AnswerSet answers)
    {
        foreach (var part in parts)
        {
            if (!part.CanStillHold(answers))
            {
                return false;
            }
        }

        return true;
    }

    public override void AddThresholds(int question, ISet<double> thresholds)
    {
        foreach (var part in parts)
        {
            part.AddThresholds(question, thresholds);
        }
    }

    public override IReadOnlyList<int> Questions => questions;

    public override bool IsMonotone => parts.All(p => p.IsMonotone);

    public override string Describe(IReadOnlyList<Question> questions) =>
        string.Join(" and ", parts.Select(p => p is AnyOf ? $"({p.Describe(questions)})" : p.Describe(questions)));
}

internal sealed class AnyOf(Condition[] parts) : Condition
{
    private readonly Condition[] parts = parts;
    private readonly int[] questions = [.. parts.SelectMany(p => p.Questions)];

    public override Tri Evaluate(AnswerSet answers, ISet<int>? because = null)
    {
        var result = Tri.False;
        foreach (var part in parts)
        {
            // Every part is evaluated so that the explanation names all the answers behind it.
            var t = part.Evaluate(answers, because);
            if (t > result)
            {
                result = t;
            }
        }

        return result;
    }

    public override void AddOpenQuestions(AnswerSet answers, ISet<int> open, bool notSureIsFinal = false)
    {
        if (Evaluate(answers) == Tri.True)
        {
            return;
        }

        // Any part may make it hold: each that still could.
        foreach (var part in parts)
        {
            if (part.CouldStillHold(answers, notSureIsFinal))
            {
                part.AddOpenQuestions(answers, open, notSureIsFinal);
            }
        }
    }

    public override bool CanStillHold(AnswerSet answers)
    {
        foreach (var part in parts)
        {
            if (part.CanStillHold(answers))
            {
                return true;
            }
        }

        return false;
    }

    public override void AddThresholds(int question, ISet<double> thresholds)
    {
        foreach (var part in parts)
        {
            part.AddThresholds(question, thresholds);
        }
    }

    public override IReadOnlyList<int> Questions => questions;

    public override bool IsMonotone => parts.All(p => p.IsMonotone);

    public override string Describe(IReadOnlyList<Question> questions) =>
        string.Join(" or ", parts.Select(p => p is AllOf ? $"({p.Describe(questions)})" : p.Describe(questions)));
}

/// <summary>A named condition from the knowledge base (e.g. recent_exercise), shared by several rules.</summary>
internal sealed class Named(string name, Condition inner) : Condition
{
    public string Name { get; } = name;

    public override Tri Evaluate(AnswerSet answers, ISet<int>? because = null) => inner.Evaluate(answers, because);

    public override void AddOpenQuestions(AnswerSet answers, ISet<int> open, bool notSureIsFinal = false) =>
        inner.AddOpenQuestions(answers, open, notSureIsFinal);

    public override bool CanStillHold(AnswerSet answers) => inner.CanStillHold(answers);


    public override void AddThresholds(int question, ISet<double> thresholds) => inner.AddThresholds(question, thresholds);

    public override IReadOnlyList<int> Questions => inner.Questions;

    public override bool IsMonotone => inner.IsMonotone;

    public override string Describe(IReadOnlyList<Question> questions) => Name;
}
