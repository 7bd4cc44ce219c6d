using System.Globalization;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Web.Interview;

/// <summary>
/// What the result page shows, shortest useful first: the level, what to do now and the one or two steps that matter most
/// on the first screen of a phone; then why, what would change it, the top causes, relief and prevention, and the sources.
/// It also decides what each level may show: an emergency only what to do now; urgent no causes; and nothing below urgent
/// reads as an all-clear while a warning sign is still open.
/// </summary>
public sealed record ResultView(AssessmentDto Assessment, KnowledgeBase Knowledge, AnswerSet Answers, DateTimeOffset Date)
{
    /// <summary>
    /// The action below urgent while a warning sign is open, when the knowledge base gives no wording of its own for that
    /// case: the level's usual action would reassure ("the common, harmless kind"), which is exactly what must not happen.
    /// </summary>
    public const string OpenSignsAction =
        "This is not the all-clear: some warning signs are still open. If any of them is yes, it could be more urgent than this. Answer them if you can; until then, stop exercising if it hurts and get medical advice if you are worried.";

    /// <summary>How many causes are shown before the rest go behind a disclosure.</summary>
    public const int CausesShown = 3;

    /// <summary>How many relief and prevention steps are shown before the rest go behind a disclosure.</summary>
    public const int StepsShown = 1;

    /// <summary>The last interview page, with every answer kept.</summary>
    public string BackHref { get; init; } = "/";

    /// <summary>The interview again with the "not sure" warning signs left open, so the planner asks them.</summary>
    public string AnswerOpenSignsHref { get; init; } = "/Interview";

    public string Level => Assessment.Triage.Level;

    /// <summary>Whom the result is about when a description was typed for someone else ("my husband"); null when the person's own.</summary>
    public string? Subject => Assessment.Subject;

    public string WhileYouWait => TriageWords.WhileYouWait(Subject);

    public string NotFor => TriageWords.NotFor(Subject);

    public string GetHelpIfThisChanges => TriageWords.GetHelpIfThisChanges(Subject);

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

            var guidance = GuidanceOf(Level);
            return guidance.ActionIncomplete != guidance.Action ? Assessment.Triage.Action : OpenSignsAction;
        }
    }

    /// <summary>
    /// The most urgent rule the answers point towards while its other questions are open ("not sure"): it heads the page,
    /// with the questions that settle it and what to do if any is yes.
    /// </summary>
    public SuspicionDto? Suspected => IsEmergency ? null : Assessment.Triage.Suspected.FirstOrDefault();

    /// <summary>The ids of the questions that settle the suspicion, those of every suspected rule at its level, each once.</summary>
    private IReadOnlyList<string> SuspectedQuestionIds => Suspected is { } s
        ? [.. Assessment.Triage.Suspected.Where(x => x.Level == s.Level).SelectMany(x => x.Questions).Distinct()]
        : [];

    /// <summary>The questions that settle the suspicion, in full, as the interview would ask them (about them, for someone else).</summary>
    public IEnumerable<string> SuspectedQuestions => SuspectedQuestionIds.Select(id => Knowledge.Question(id).TextFor(Subject));

    /// <summary>"which this question settles" or "which these questions settle".</summary>
    public string SuspectedWhichSettle => TriageWords.WhichSettle(SuspectedQuestionIds.Count);

    /// <summary>"If the answer is yes", "If the answer confirms it" or "If the answers confirm it".</summary>
    public string SuspectedIf => TriageWords.IfConfirmed(Knowledge, SuspectedQuestionIds);

    /// <summary>What to do if a suspicion's question is yes: the action of its level, said to the helper for someone else.</summary>
    public string SuspectedAction => Suspected is { } s ? GuidanceOf(s.Level).ActionFor(Subject) : "";

    /// <summary>
    /// The one or two steps that matter most, under the action: what to do while waiting at emergency and urgent, otherwise
    /// the first relief step (the engine's order puts the best-supported first) unless a suspicion must be settled first.
    /// </summary>
    public IReadOnlyList<AdviceDto> FirstSteps => IsEmergency || IsUrgent
        ? [.. Assessment.WhileWaiting.Take(2)]
        : Suspected is null ? [.. Assessment.Relief.Take(1)] : [];

    /// <summary>While-waiting steps not already shown under the action.</summary>
    public IReadOnlyList<AdviceDto> MoreWhileWaiting => [.. Assessment.WhileWaiting.Skip(IsEmergency || IsUrgent ? 2 : 0)];

    /// <summary>Relief steps not already shown under the action.</summary>
    public IReadOnlyList<AdviceDto> MoreRelief => [.. Assessment.Relief.Skip(IsEmergency || IsUrgent ? 0 : FirstSteps.Count)];

    /// <summary>The open warning signs, most dangerous first, each as a short phrase ("dark (cola-coloured) urine: not sure").</summary>
    public IEnumerable<string> OpenSigns => Assessment.UnansweredRedFlags.Select(id => AnswerWords.Phrase(Knowledge.Question(id), Answers));

    /// <summary>"because dark (cola-coloured) urine: yes; session length: 95 minutes": the answers behind a finding, in a few words each.</summary>
    public string Because(IEnumerable<string> answerIds) => "because " + Said(answerIds);

    /// <summary>"feeling sick: yes; heavy sweating: yes": answers in a few words each.</summary>
    public string Said(IEnumerable<string> answerIds) =>
        string.Join("; ", answerIds.Distinct().Select(id => AnswerWords.Phrase(Knowledge.Question(id), Answers)));

    /// <summary>What the knowledge base says a level (by its contract id, "self_care") means for the person.</summary>
    private LevelGuidance GuidanceOf(string level) => Knowledge.Levels.First(l => AssessmentJson.LevelId(l.Level) == level);

    /// <summary>The answers given, for the printed summary: each answer that says something in its own line, the "no"s and "not sure"s in one line each.</summary>
    public IEnumerable<string> AnswersGiven
    {
        get
        {
            var asked = Knowledge.Questions.Where(q => Answers.IsAsked(q.Id)).ToList();
            bool Is(Question q, bool value) => Answers[q.Id] is BoolAnswer b && b.Value == value;
            var lines = asked.Where(q => Answers[q.Id] is { } v && !Is(q, false)).Select(q => AnswerWords.Phrase(q, Answers)).ToList();
            var no = asked.Where(q => Is(q, false)).Select(q => q.Short).ToList();
            var unsure = asked.Where(q => Answers[q.Id] is null).Select(q => q.Short).ToList();
            if (no.Count > 0)
            {
                lines.Add("No: " + string.Join(", ", no));
            }

            if (unsure.Count > 0)
            {
                lines.Add("Not sure: " + string.Join(", ", unsure));
            }

            return lines;
        }
    }

    public string DateText => Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The sources cited by what this page shows, in the result's order; an emergency cites only its reasons and steps.</summary>
    public IReadOnlyList<SourceDto> Sources => sources ??= CitedSources();

    private IReadOnlyList<SourceDto>? sources;

    private List<SourceDto> CitedSources()
    {
        var a = Assessment;
        var cited = a.Triage.Reasons.SelectMany(r => r.Sources)
            .Concat(Suspected?.Sources ?? [])
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
}
