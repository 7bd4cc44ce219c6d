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
}

/// <summary>Which kind of episode a piece of advice is written for: twitches and cramps are not treated alike.</summary>
public enum EpisodeKindFilter
{
    Any,
    Twitch,
    Spasm,
}

public sealed record Source(string Id, string Kind, string Title, string? File, string? Note);

public sealed record QuestionOption(string Id, string Label);

public sealed record QuestionGroup(string Id, string Title, string Intro);

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
    IReadOnlyList<string> Sources)
{
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

public sealed record LevelGuidance(TriageLevel Level, string Label, string Action);

public sealed record TriageRule(string Id, TriageLevel Level, string Title, string Advice, Condition When, IReadOnlyList<string> Sources);

/// <summary>One observation that speaks for (or against) a cause, with how strongly.</summary>
public sealed record Evidence(Condition When, double Weight, string Text);

public sealed record Cause(
    string Id,
    string Name,
    string Summary,
    IReadOnlyList<Evidence> Support,
    IReadOnlyList<Evidence> Against,
    IReadOnlyList<string> Sources);

public sealed record Advice(
    string Id,
    AdviceKind Kind,
    string Text,
    EpisodeKindFilter For,
    IReadOnlyList<string> Causes,
    bool Always,
    string? EvidenceNote,
    IReadOnlyList<string> Sources);

/// <summary>A warning sign that would change the advice, shown so a person knows when to act.</summary>
public sealed record SafetyNet(string Id, TriageLevel Level, string Text, IReadOnlyList<string> Sources);

/// <summary>One item of a seed article (a cause, remedy, prevention step or warning sign) and the entries that cover it.</summary>
public sealed record CoverageItem(string Seed, string Kind, string Item, IReadOnlyList<string> CoveredBy);
