using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Answers;

/// <summary>
/// A validated, immutable set of answers. Only <see cref="AnswerValidator"/> builds one, so every value in it is of the
/// right type and inside its range. A question is <em>not asked</em> (absent), <em>asked and not sure</em> (null in the
/// contract) or answered; the first two are both unknown for every rule. Internally one number per question (NaN =
/// unknown; a bool 0/1, a choice its option index, a set of choices a bit mask of options).
/// </summary>
public sealed class AnswerSet
{
    private readonly double[] values;
    private readonly bool[] asked;

    // A trial answer laid over the shared arrays (see With): -1 when there is none.
    private readonly int trialIndex;
    private readonly double trialValue;

    internal AnswerSet(IReadOnlyList<Question> questions, double[] values, bool[] asked)
        : this(questions, values, asked, -1, double.NaN)
    {
    }

    private AnswerSet(IReadOnlyList<Question> questions, double[] values, bool[] asked, int trialIndex, double trialValue)
    {
        Questions = questions;
        this.values = values;
        this.asked = asked;
        this.trialIndex = trialIndex;
        this.trialValue = trialValue;
    }

    internal IReadOnlyList<Question> Questions { get; }

    /// <summary>How many questions have a known answer.</summary>
    public int Count => Enumerable.Range(0, values.Length).Count(IsKnown);

    public bool IsKnown(string questionId) => IndexOf(questionId) is var i and >= 0 && IsKnown(i);

    /// <summary>True when the question was asked, whether answered or "not sure".</summary>
    public bool IsAsked(string questionId) => IndexOf(questionId) is var i and >= 0 && IsAsked(i);

    public AnswerValue? this[string questionId] => IndexOf(questionId) is var i and >= 0 ? ValueAt(i) : null;

    /// <summary>The known answers in question order, as the contract's id -> value map.</summary>
    public IReadOnlyList<KeyValuePair<string, AnswerValue>> Known() =>
        [.. Enumerable.Range(0, values.Length).Where(IsKnown).Select(i => new KeyValuePair<string, AnswerValue>(Questions[i].Id, ValueAt(i)!))];

    /// <summary>Every asked question in question order: the known answers, and "not sure" for the others.</summary>
    public IReadOnlyList<KeyValuePair<string, AnswerValue>> Asked() =>
        [.. Enumerable.Range(0, values.Length).Where(IsAsked).Select(i => new KeyValuePair<string, AnswerValue>(Questions[i].Id, ValueAt(i) ?? AnswerValue.NotSure))];

    internal bool IsKnown(int index) => !double.IsNaN(Raw(index));

    internal bool IsAsked(int index) => index == trialIndex || asked[index];

    /// <summary>The raw value of a question (NaN when unknown), for conditions.</summary>
    internal double Raw(int index) => index == trialIndex ? trialValue : values[index];

    /// <summary>
    /// The same answers with one question answered <paramref name="value"/> (NaN: asked, "not sure"), for trying what an
    /// answer would change. The planner tries hundreds of these per assessment, so the trial answer is laid over the
    /// same arrays rather than copying them (they are never written after validation). One trial at a time.
    /// </summary>
    internal AnswerSet With(int index, double value) => trialIndex < 0
        ? new AnswerSet(Questions, values, asked, index, value)
        : throw new InvalidOperationException("A trial answer set takes no second trial answer.");

    internal AnswerValue? ValueAt(int index)
    {
        var v = Raw(index);
        if (double.IsNaN(v))
        {
            return null;
        }

        var q = Questions[index];
        return q.Type switch
        {
            QuestionType.Bool => new BoolAnswer(v != 0),
            QuestionType.Number => new NumberAnswer(v),
            QuestionType.Choice => new ChoiceAnswer(q.Options[(int)v].Id),
            _ => new ChoicesAnswer(q.Options.Where((_, i) => ((long)v & (1L << i)) != 0).Select(o => o.Id).ToArray()),
        };
    }

    private int IndexOf(string questionId)
    {
        for (var i = 0; i < Questions.Count; i++)
        {
            if (Questions[i].Id == questionId)
            {
                return i;
            }
        }

        return -1;
    }
}
