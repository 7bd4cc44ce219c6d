using Microsoft.AspNetCore.Http.HttpResults;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Web.Api;

public sealed record KnowledgeDto(string KnowledgeVersion, IReadOnlyList<KnowledgeEntry> Entries);

public static class KnowledgeApi
{
    public static IEndpointRouteBuilder MapKnowledgeApi(this IEndpointRouteBuilder api)
    {
        var questions = QuestionSetDto.From(api.ServiceProvider.GetRequiredService<KnowledgeBase>());
        api.MapGet("/questions", () => TypedResults.Json(questions, AssessmentJson.Options))
            .WithName("ListQuestions")
            .WithTags("Knowledge")
            .WithSummary("The questions an assessment can answer, in interview order")
            .Produces<QuestionSetDto>();

        api.MapGet("/knowledge", ListKnowledge)
            .WithName("ListKnowledge")
            .WithTags("Knowledge")
            .WithSummary("Every knowledge entry: causes, triage rules, relief, prevention, warning signs, questions, sources")
            .WithDescription("Filter with ?kind=cause (or \"triage rule\", relief, prevention, \"warning sign\", question, source).")
            .Produces<KnowledgeDto>();

        api.MapGet("/knowledge/{id}", GetEntry)
            .WithName("GetKnowledgeEntry")
            .WithTags("Knowledge")
            .WithSummary("The knowledge entries with this id (a cause, rule, advice, question or source)")
            .Produces<IReadOnlyList<KnowledgeEntry>>();
        return api;
    }

    private static JsonHttpResult<KnowledgeDto> ListKnowledge(KnowledgeBase kb, string? kind) =>
        TypedResults.Json(new KnowledgeDto(kb.Version, KnowledgeEntries.All(kb)
            .Where(e => kind is null || string.Equals(e.Kind, kind, StringComparison.OrdinalIgnoreCase)).ToList()), AssessmentJson.Options);

    private static Results<JsonHttpResult<List<KnowledgeEntry>>, ProblemHttpResult> GetEntry(KnowledgeBase kb, string id)
    {
        var entries = KnowledgeEntries.All(kb).Where(e => e.Id == id).ToList();
        if (entries.Count > 0)
        {
            return TypedResults.Json(entries, AssessmentJson.Options);
        }

        var near = KnowledgeEntries.All(kb).Select(e => e.Id).Where(x => x.Contains(id, StringComparison.OrdinalIgnoreCase)).Distinct().Take(5).ToList();
        return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such knowledge entry",
            detail: $"No knowledge entry has the id '{id}'." + (near.Count > 0 ? $" Did you mean: {string.Join(", ", near)}?" : " GET /api/v1/knowledge lists them all."));
    }

}
