using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Web.Interview;

/// <summary>One piece of the person's text, marked when the intake understood an answer from it.</summary>
public sealed record TextPiece(string Text, bool Understood);

/// <summary>
/// The confirm page after a description: the person's own words with what was understood marked, the parts that gave no
/// answer, and what was set aside (about the past, someone else, or "if"). The questions to confirm come first.
/// </summary>
public sealed record ConfirmView(string Text, IntakeResult Intake, KnowledgeBase Knowledge)
{
    /// <summary>The intake's uncertain warning signs first (asked, never guessed), then what it understood, in question order.</summary>
    public static IReadOnlyList<Question> Questions(IntakeResult intake, KnowledgeBase knowledge) =>
    [
        .. intake.Confirm.Where(id => !intake.Answers.ContainsKey(id)).Distinct().Select(knowledge.Question),
        .. knowledge.Questions.Where(q => intake.Answers.ContainsKey(q.Id)),
    ];

    public int ToConfirm => Intake.Confirm.Count(id => !Intake.Answers.ContainsKey(id));

    /// <summary>Signs described for someone else that need help ("my dad has chest pain"): shown first, in case they are with the person.</summary>
    public SomeoneElseAlert? SomeoneElse { get; init; }

    /// <summary>The signs about someone else, in the person's words.</summary>
    public string SomeoneElseWords => SomeoneElse is { } alert ? string.Join(", ", alert.Signs.Select(f => $"“{f.Text}”").Distinct()) : "";

    public IReadOnlyList<TextPiece> Pieces
    {
        get
        {
            var pieces = new List<TextPiece>();
            var at = 0;
            foreach (var f in Intake.Findings.Where(f => f.Start >= 0 && f.End <= Text.Length && f.End > f.Start).OrderBy(f => f.Start))
            {
                if (f.Start < at)
                {
                    continue;
                }

                if (f.Start > at)
                {
                    pieces.Add(new(Text[at..f.Start], false));
                }

                pieces.Add(new(Text[f.Start..f.End], true));
                at = f.End;
            }

            if (at < Text.Length)
            {
                pieces.Add(new(Text[at..], false));
            }

            return pieces;
        }
    }

    /// <summary>The text as one run of HTML, understood pieces in &lt;mark&gt;: built here because markup between the pieces would add spaces.</summary>
    public Microsoft.AspNetCore.Html.HtmlString Marked => new(string.Concat(Pieces.Select(p =>
        p.Understood ? $"<mark>{System.Net.WebUtility.HtmlEncode(p.Text)}</mark>" : System.Net.WebUtility.HtmlEncode(p.Text))));

    /// <summary>The sentences and clauses that gave no answer at all: the person can say them again in other words.</summary>
    public IReadOnlyList<string> NotUnderstood => Intake.NotUnderstood;

    /// <summary>Most of the text gave nothing (often another language): said plainly, so no one takes the result as read.</summary>
    public bool MostlyUnread => Intake.MostlyUnread;

    /// <summary>What the text said that is not an answer now: the past, someone else, or a "what if".</summary>
    public IEnumerable<string> SetAside =>
        Intake.Historical.Select(f => $"“{f.Text}”: about the past, so not taken as now")
            .Concat(Intake.SetAside.Select(s => $"“{s.Finding.Text}”: " + (s.Reason == SetAsideReason.OtherPerson ? "about someone else" : "a “what if”, not something you have")));
}
