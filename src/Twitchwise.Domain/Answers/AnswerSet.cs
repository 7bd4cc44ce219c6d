using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Answers;

/// <summary>
/// A validated, immutable set of answers. Only <see cref="AnswerValidator"/> builds one, so every value in it
/// is of the right type and inside its range. Internally one number per question (NaN = unknown), which lets
/// the engine evaluate rules without allocating.
/// </summary>
public sealed class AnswerSet
{
    private readonly double[] values;

    internal AnswerSet(IReadOnlyList<Question> questions, double[] values)
    {
        Questions = questions;
        this.values = values;
    }

    internal IReadOnlyList<Question> Questions { get; }

    internal ReadOnlySpan<double> Values => values;

    public int Count => values.Count(v => !double.IsNaN(v));

    public bool IsKnown(string questionId) => IndexOf(questionId) is var i and >= 0 && !double.IsNaN(values[i]);

    public AnswerValue? this[string questionId] => IndexOf(questionId) is var i and >= 0 ? ValueAt(i) : null;

    /// <summary>The known answers in question order, as the contract's id -> value map.</summary>
    public IReadOnlyList<KeyValuePair<string, AnswerValue>> Known()
    {
        var list = new List<KeyValuePair<string, AnswerValue>>();
        for (var i = 0; i < values.Length; i++)
        {
            if (ValueAt(i) is { } v)
            {
                list.Add(new(Questions[i].Id, v));
            }
        }

        return list;
    }

    internal AnswerValue? ValueAt(int index)
    {
        var v = values[index];
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
