using Microsoft.AspNetCore.Http.HttpResults;
using Twitchwise.Domain.Answers;

namespace Twitchwise.Web.Api;

internal static class ApiProblems
{
    /// <summary>A 400 whose <c>errors</c> map each question id (or "answers", "text") to every message about it.</summary>
    public static ValidationProblem Invalid(IEnumerable<InputProblem> problems, string title, string detail) =>
        TypedResults.ValidationProblem(
            problems.GroupBy(p => p.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
            title: title,
            detail: detail);
}
