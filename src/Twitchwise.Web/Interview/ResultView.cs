using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Web.Interview;

/// <summary>
/// What the result page shows: the contract's result (the same DTO the API and CLI write), the answers behind it in
/// plain words, and whether the interview stopped early because of an emergency.
/// </summary>
public sealed record ResultView(AssessmentDto Assessment, KnowledgeBase Knowledge, IReadOnlyDictionary<string, AnswerValue> Answers, bool StoppedEarly)
{
    public string Level => Assessment.Triage.Level;

    public bool IsEmergency => Level == "emergency";

    /// <summary>Sources are cited by number, in the order the result lists them.</summary>
    public int SourceNumber(string id)
    {
        for (var i = 0; i < Assessment.Sources.Count; i++)
        {
            if (Assessment.Sources[i].Id == id)
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
