using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Web.Interview;

/// <summary>
/// One question on a page: its current answer (or what was typed, when that was not valid), its error, and the words a
/// description gave for it. <paramref name="FoldWhy"/> folds "why we ask" away, on the page that may list every warning sign.
/// </summary>
public sealed record QuestionField(Question Question, AnswerValue? Value, string? Typed, string? Error, string? Heard, bool FoldWhy = false)
{
    /// <summary>
    /// Whom the answers are about when a description was typed for someone else ("my dad"): the question is then put about
    /// them ("How old are they?"), so a carer never answers with their own age or symptoms. Null: the person's own.
    /// </summary>
    public string? Subject { get; init; }

    /// <summary>The question, in the words for whoever answers.</summary>
    public string Text => Question.TextFor(Subject);

    /// <summary>Why it is asked, in the words for whoever answers.</summary>
    public string Why => Question.WhyFor(Subject);

    /// <summary>An option's label, in the words for whoever answers.</summary>
    public string Label(QuestionOption option) => option.LabelFor(Subject);

    /// <summary>An id safe for HTML ids and CSS: dots become dashes.</summary>
    public string HtmlId => "q-" + Question.Id.Replace('.', '-');

    public bool IsChecked(string option) => Value switch
    {
        BoolAnswer b => option == (b.Value ? FormAnswers.Yes : FormAnswers.No),
        ChoiceAnswer c => c.Option == option,
        ChoicesAnswer s => s.Options.Contains(option) || (s.Options.Count == 0 && option == FormAnswers.None),
        NotSureAnswer => option == FormAnswers.NotSure,
        _ => false,
    };

    /// <summary>True when the person chose "Not sure". Nothing is ever chosen for them: a new question starts empty.</summary>
    public bool IsNotSure => Value is NotSureAnswer;

    public string NumberText => Typed ?? (Value is NumberAnswer n ? FormAnswers.FieldValues(n).First() : "");
}
