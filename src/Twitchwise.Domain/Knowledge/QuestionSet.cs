namespace Twitchwise.Domain.Knowledge;

public sealed record QuestionGroupDto(string Id, string Title, string Intro, string TitleForSomeoneElse, string IntroForSomeoneElse);

public sealed record QuestionOptionDto(string Id, string Label, string LabelForSomeoneElse);

/// <summary>
/// One question as a client needs it to build an interview: type, range, options, and why it is asked; and each wording
/// for someone answering about another person ("How old are they?"), to ask when the answers are not the person's own.
/// </summary>
public sealed record QuestionDto(
    string Id,
    string Type,
    string Group,
    string Text,
    string TextForSomeoneElse,
    string Why,
    string WhyForSomeoneElse,
    bool RedFlag,
    double? Min,
    double? Max,
    string? Unit,
    IReadOnlyList<QuestionOptionDto> Options,
    string? AskIf,
    IReadOnlyList<string> Sources);

/// <summary>
/// The question set in interview order (red flags first), with the groups that make the interview's steps. One shape
/// for everyone who lists the questions: <c>twitchwise questions --format json</c> and <c>GET /api/v1/questions</c>.
/// </summary>
public sealed record QuestionSetDto(string KnowledgeVersion, IReadOnlyList<QuestionGroupDto> Groups, IReadOnlyList<QuestionDto> Questions)
{
    public static QuestionSetDto From(KnowledgeBase kb) => new(
        kb.Version,
        kb.Groups.Select(g => new QuestionGroupDto(g.Id, g.Title, g.Intro, g.TitleForSomeoneElse, g.IntroForSomeoneElse)).ToList(),
        kb.Questions.Select(q => new QuestionDto(q.Id, q.Type.ToString().ToLowerInvariant(), q.Group, q.Text, q.TextForSomeoneElse, q.Why, q.WhyForSomeoneElse,
            q.RedFlag, q.Min, q.Max, q.Unit, q.Options.Select(o => new QuestionOptionDto(o.Id, o.Label, o.LabelForSomeoneElse)).ToList(),
            q.AskIf?.Describe(kb.Questions), q.Sources)).ToList());
}
