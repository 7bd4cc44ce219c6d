using System.Text.Json;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;

namespace Twitchwise.Domain.Intake;

public sealed record IntakeFindingDto(string Answer, object Value, string Text, int Start, int End);

public sealed record SetAsideDto(string Answer, object Value, string Text, int Start, int End, string Reason);

/// <summary>
/// The intake's JSON shape: answers as in the contract, and the words behind each; subject names the person the answers
/// are about when the description is someone else's ("My wife"), and is null when it is the writer's own; the clauses that
/// gave nothing, and whether the description was mostly in a language the intake does not read.
/// </summary>
public sealed record IntakeDto(
    IReadOnlyDictionary<string, object> Answers,
    IReadOnlyList<IntakeFindingDto> Findings,
    IReadOnlyList<IntakeFindingDto> Historical,
    IReadOnlyList<SetAsideDto> SetAside,
    IReadOnlyList<string> Confirm,
    string? Subject,
    IReadOnlyList<string> NotUnderstood,
    bool MostlyUnread);

/// <summary>Maps an intake result to JSON for the CLI and the API alike.</summary>
public static class IntakeJson
{
    public static IntakeDto ToDto(this IntakeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(
            result.Answers.ToDictionary(a => a.Key, a => Json(a.Value), StringComparer.Ordinal),
            result.Findings.Select(ToDto).ToList(),
            result.Historical.Select(ToDto).ToList(),
            result.SetAside.Select(s => new SetAsideDto(s.Finding.Answer, Json(s.Finding.Value), s.Finding.Text, s.Finding.Start, s.Finding.End,
                s.Reason == SetAsideReason.Hypothetical ? "hypothetical" : "other_person")).ToList(),
            result.Confirm,
            result.Subject,
            result.NotUnderstood,
            result.MostlyUnread);
    }

    public static string Serialize(IntakeResult result) => JsonSerializer.Serialize(result.ToDto(), AssessmentJson.Contract.IntakeDto);

    /// <summary>An answer as the contract's JSON writes it: true/false, a number, an option, or a list of options.</summary>
    public static object Json(AnswerValue value) => value switch
    {
        BoolAnswer b => b.Value,
        NumberAnswer n => n.Value,
        ChoiceAnswer c => c.Option,
        ChoicesAnswer s => s.Options,
        _ => value.ToString()!,
    };

    private static IntakeFindingDto ToDto(Finding f) => new(f.Answer, Json(f.Value), f.Text, f.Start, f.End);
}
