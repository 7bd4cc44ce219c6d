using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Web.Interview;

/// <summary>
/// What the result page shows: the contract's result (the same DTO the API and CLI write), the answers behind it in
/// plain words, and whether the interview stopped early because of an emergency. It also decides what each level may
/// show: an emergency only what to do now; urgent no causes; and nothing below urgent reads as an all-clear while a
/// warning sign is still open.
/// </summary>
public sealed record ResultView(AssessmentDto Assessment, KnowledgeBase Knowledge, IReadOnlyDictionary<string, AnswerValue> Answers, bool StoppedEarly)
{
    /// <summary>
    /// The action below urgent while a warning sign is open, when the knowledge base gives no wording of its own for that
    /// case: the level's usual action would reassure ("the common, harmless kind"), which is exactly what must not happen.
    /// </summary>
    public const string OpenSignsAction =
        "This is not the all-clear: some warning signs are still open. If any of them is yes, it could be more urgent than this. Answer them if you can; until then, stop exercising if it hurts and get medical advice if you are worried.";

    public string Level => Assessment.Triage.Level;

    public bool IsEmergency => Level == "emergency";

    public bool IsUrgent => Level == "urgent";

    /// <summary>True when no open warning sign could raise the level (the contract's <c>triage.complete</c>).</summary>
    public bool IsComplete => Assessment.Triage.Complete;

    /// <summary>Below urgent with a warning sign open: the page must not look like an all-clear.</summary>
    public bool IsProvisional => !IsComplete && !IsEmergency && !IsUrgent;

    /// <summary>Causes are for a person who can look after it or book a doctor; at urgent and above they only distract.</summary>
    public bool ShowsCauses => !IsEmergency && !IsUrgent;

    /// <summary>The engine's action; below urgent with signs open, never the level's reassuring one.</summary>
    public string Action
    {
        get
        {
            if (!IsProvisional)
            {
                return Assessment.Triage.Action;
            }

            var guidance = Knowledge.Levels.First(l => AssessmentJson.LevelId(l.Level) == Level);
            return guidance.ActionIncomplete != guidance.Action ? Assessment.Triage.Action : OpenSignsAction;
        }
    }

    /// <summary>The open warning signs, most dangerous first, each with "not sure" or "not answered".</summary>
    public IEnumerable<(string Id, string Text, string State)> OpenSigns => Assessment.UnansweredRedFlags.Select(id =>
        (id, QuestionText(id), Answers.ContainsKey(id) ? "you said not sure" : "not answered"));

    /// <summary>The sources cited by what this page shows, in the result's order; an emergency cites only its reasons and steps.</summary>
    public IReadOnlyList<SourceDto> Sources => sources ??= CitedSources();

    private IReadOnlyList<SourceDto>? sources;

    private List<SourceDto> CitedSources()
    {
        var a = Assessment;
        var cited = a.Triage.Reasons.SelectMany(r => r.Sources)
            .Concat(a.WhileWaiting.Concat(a.Relief).Concat(a.Prevention).SelectMany(s => s.Sources))
            .Concat(ShowsCauses ? a.Causes.SelectMany(c => c.Sources) : [])
            .Concat(IsEmergency ? [] : a.WatchFor.SelectMany(w => w.Sources))
            .ToHashSet(StringComparer.Ordinal);
        return [.. a.Sources.Where(s => cited.Contains(s.Id))];
    }

    /// <summary>Sources are cited by number, in the order the page lists them.</summary>
    public int SourceNumber(string id)
    {
        var list = Sources;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Id == id)
            {
                return i + 1;
            }
        }

        return 0;
    }

    public string Cite(IEnumerable<string> sources) =>
        "[" + string.Join(", ", sources.Select(SourceNumber).Where(n => n > 0).Distinct().Order()) + "]";

    /// <summary>“Did you sweat heavily?” yes: the answers behind a finding as the person gave them.</summary>
    public IEnumerable<string> Said(IEnumerable<string> answerIds) => answerIds.Distinct().Select(id =>
    {
        var q = Knowledge.Question(id);
        return Answers.TryGetValue(id, out var value) ? $"“{q.Text}” {AnswerWords.Of(q, value)}" : $"“{q.Text}” not answered";
    });

    public string QuestionText(string id) => Knowledge.Question(id).Text;
}
