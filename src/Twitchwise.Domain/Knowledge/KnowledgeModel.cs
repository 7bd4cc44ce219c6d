namespace Twitchwise.Domain.Knowledge;

public enum QuestionType
{
    Bool,
    Number,
    Choice,
    Choices,
}

/// <summary>Triage levels, ordered from least to most urgent so that a larger value is more urgent.</summary>
public enum TriageLevel
{
    SelfCare = 0,
    Doctor = 1,
    Urgent = 2,
    Emergency = 3,
}

public enum Likelihood
{
    Possible,
    Likely,
}

public enum AdviceKind
{
    Relief,
    Prevention,

    /// <summary>What to do until help arrives, at the urgent and emergency levels; named by the rules that fire.</summary>
    WhileWaiting,
}

/// <summary>Which kind of episode a piece of advice is written for: twitches and cramps are not treated alike.</summary>
public enum EpisodeKindFilter
{
    Any,
    Twitch,
    Spasm,
}

public sealed record Source(string Id, string Kind, string Title, string? File, string? Note);

// Answered for someone else ("my dad's calf keeps cramping"), a question is put to whoever is answering about that
// person: "How old are they?", never "How old are you?", which a carer could answer with their own age or symptoms.
// Each wording below has its words for someone else; where the person's own wording does not speak to "you" they are
// the same words. Every method takes the subject as the assessment does (null: the person's own answers).

/// <param name="LabelForSomeoneElse">The label said about someone else; the same as <paramref name="Label"/> unless that speaks to "you".</param>
public sealed record QuestionOption(string Id, string Label, string LabelForSomeoneElse)
{
    /// <summary>The label for whoever the answers are about: <paramref name="subject"/> names them when not the person's own.</summary>
    public string LabelFor(string? subject) => subject is null ? Label : LabelForSomeoneElse;
}

public sealed record QuestionGroup(string Id, string Title, string Intro, string TitleForSomeoneElse, string IntroForSomeoneElse)
{
    public string TitleFor(string? subject) => subject is null ? Title : TitleForSomeoneElse;

    public string IntroFor(string? subject) => subject is null ? Intro : IntroForSomeoneElse;
}

/// <param name="TextForSomeoneElse">The question put about someone else ("Do they have chest pain or pressure?"); every question has one.</param>
/// <param name="WhyForSomeoneElse">Why it is asked, said about someone else; the same as <paramref name="Why"/> unless that speaks to "you".</param>
public sealed record Question(
    string Id,
    int Index,
    QuestionType Type,
    string Group,
    string Text,
    string Why,
    bool RedFlag,
    double? Min,
    double? Max,
    string? Unit,
    IReadOnlyList<QuestionOption> Options,
    Condition? AskIf,
    IReadOnlyList<string> Sources,
    string Short,
    string TextForSomeoneElse,
    string WhyForSomeoneElse)
{
    /// <summary>The question as put to whoever answers: <paramref name="subject"/> names whom it is about when not the person's own.</summary>
    public string TextFor(string? subject) => subject is null ? Text : TextForSomeoneElse;

    /// <summary>Why it is asked, in the words for whoever answers (<see cref="TextFor"/>).</summary>
    public string WhyFor(string? subject) => subject is null ? Why : WhyForSomeoneElse;

    public int OptionIndex(string option)
    {
        for (var i = 0; i < Options.Count; i++)
        {
            if (Options[i].Id == option)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>
/// What a level means for the person. <paramref name="ActionIncomplete"/> replaces the action while a question that could
/// still raise the level is unanswered (no reassurance then); <paramref name="Call"/> is the number to ring, if any.
/// <paramref name="ActionForSomeoneElse"/> says the action to whoever is with the person when the answers are someone
/// else's ("do not let them drive", not "do not drive yourself"); null where the action reads the same for both.
/// <paramref name="ActionIncompleteForSomeoneElse"/> is the incomplete action in a helper's words ("questions about them").
/// </summary>
public sealed record LevelGuidance(TriageLevel Level, string Label, string Action, string ActionIncomplete, string? Call, string? ActionForSomeoneElse = null,
    string? ActionIncompleteForSomeoneElse = null)
{
    /// <summary>
    /// The action said to whoever the answers are about: their helper's words when <paramref name="subject"/> names someone
    /// else. While a warning sign is unanswered (<paramref name="complete"/> false) it is held back ("answer the open
    /// questions first"), except at an emergency, whose action stands.
    /// </summary>
    public string ActionFor(string? subject, bool complete = true) =>
        !complete && Level != TriageLevel.Emergency
            ? (subject is not null && ActionIncompleteForSomeoneElse is { } theirsOpen ? theirsOpen : ActionIncomplete)
        : subject is not null && ActionForSomeoneElse is { } theirs ? theirs
        : complete ? Action : ActionIncomplete;

    /// <summary>The action said to whoever is with someone else, named or not ("You described someone else ...").</summary>
    public string ActionForThem => ActionForSomeoneElse ?? Action;
}

/// <param name="WhileWaiting">Steps to take until help arrives (ids of while-waiting advice).</param>
/// <param name="SafeAdvice">At the urgent level, the relief and prevention steps this rule allows; nothing else is shown.</param>
/// <param name="Avoid">Kinds of action that could harm when this rule fires; no step that takes one is ever shown then.</param>
/// <param name="SuspectWhen">
/// Part of the rule that, once true while the rest is unanswered, makes the rule a suspicion to settle before anything
/// else: "sick and sweaty" with the arm pain question open. Null for a rule that no part of can point towards.
/// </param>
/// <param name="AdviceForSomeoneElse">
/// <paramref name="Advice"/> said to whoever is looking after the person ("Get them to stop exercising", "a muscle they
/// worked"); the same words where the advice neither speaks to "you" nor tells anyone what to do now (below urgent).
/// </param>
public sealed record TriageRule(
    string Id,
    TriageLevel Level,
    string Title,
    string Advice,
    string AdviceForSomeoneElse,
    Condition When,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> WhileWaiting,
    IReadOnlyList<string> SafeAdvice,
    IReadOnlyList<string> Avoid,
    Condition? SuspectWhen = null)
{
    /// <summary>The advice for whoever the answers are about: <paramref name="subject"/> names them when not the person's own.</summary>
    public string AdviceFor(string? subject) => subject is null ? Advice : AdviceForSomeoneElse;
}

/// <summary>One observation that speaks for (or against) a cause, with how strongly.</summary>
/// <param name="TextForSomeoneElse">The observation said about someone else ("They sweated heavily"); the same as <paramref name="Text"/> unless that speaks to "you".</param>
public sealed record Evidence(Condition When, double Weight, string Text, string TextForSomeoneElse)
{
    /// <summary>The observation for whoever the answers are about: <paramref name="subject"/> names them when not the person's own.</summary>
    public string TextFor(string? subject) => subject is null ? Text : TextForSomeoneElse;
}

/// <param name="SummaryForSomeoneElse">What the cause is, said about someone else; the same as <paramref name="Summary"/> unless that speaks to "you".</param>
public sealed record Cause(
    string Id,
    string Name,
    string Summary,
    IReadOnlyList<Evidence> Support,
    IReadOnlyList<Evidence> Against,
    IReadOnlyList<string> Sources,
    string SummaryForSomeoneElse)
{
    /// <summary>What the cause is, for whoever the answers are about (<see cref="Evidence.TextFor"/>).</summary>
    public string SummaryFor(string? subject) => subject is null ? Summary : SummaryForSomeoneElse;
}

/// <param name="Actions">The kinds of action the step asks for (massage, heat, drink_water, ...), so rules can hold it back.</param>
/// <param name="WithholdWhen">When the step must not reach this person (kidney disease, a possible clot, ...); null if never.</param>
/// <param name="WithholdReason">Why it is held back, said to the person ("because ...").</param>
/// <param name="ShowWhen">Only for the people this holds for (an eyelid twitch, a "pop"); null if for everyone its causes reach.</param>
/// <param name="ForSomeoneElse">
/// The step said to someone looking after the person ("Help them sit down", "They should warm up"), for an assessment about
/// someone else; every step has one, so a carer never reads an order meant for the person as their own.
/// </param>
/// <param name="WithholdReasonForSomeoneElse">
/// <paramref name="WithholdReason"/> said about someone else; the same words unless those speak to "you".
/// </param>
public sealed record Advice(
    string Id,
    AdviceKind Kind,
    string Text,
    EpisodeKindFilter For,
    IReadOnlyList<string> Causes,
    bool Always,
    string? EvidenceNote,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Actions,
    Condition? WithholdWhen,
    string? WithholdReason,
    Condition? ShowWhen,
    string ForSomeoneElse,
    string? WithholdReasonForSomeoneElse)
{
    /// <summary>The step in the words for whoever it is about: <paramref name="subject"/> names them when not the person's own.</summary>
    public string TextFor(string? subject) => subject is null ? Text : ForSomeoneElse;

    /// <summary>Why the step is held back, in the words for whoever it is about (<see cref="TextFor"/>).</summary>
    public string? WithholdReasonFor(string? subject) => subject is null ? WithholdReason : WithholdReasonForSomeoneElse;
}

/// <summary>A kind of action advice can ask for; <paramref name="Words"/> are how rule texts name it ("do not massage").</summary>
public sealed record AdviceAction(string Id, string Text, IReadOnlyList<string> Words);

/// <summary>A warning sign that would change the advice, shown so a person knows when to act.</summary>
/// <param name="TextForSomeoneElse">
/// The sign and what to do, said to whoever is looking after the person ("get them seen today", "a muscle they worked");
/// every line has one, since each says what to do if the sign appears.
/// </param>
public sealed record SafetyNet(string Id, TriageLevel Level, string Text, IReadOnlyList<string> Sources, string TextForSomeoneElse)
{
    /// <summary>The line for whoever the answers are about: <paramref name="subject"/> names them when not the person's own.</summary>
    public string TextFor(string? subject) => subject is null ? Text : TextForSomeoneElse;
}

/// <summary>One item of a seed article (a cause, remedy, prevention step or warning sign) and the entries that cover it.</summary>
public sealed record CoverageItem(string Seed, string Kind, string Item, IReadOnlyList<string> CoveredBy);
