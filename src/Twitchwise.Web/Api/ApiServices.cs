using System.Text.Json;
using Twitchwise.Domain.Assessment;

namespace Twitchwise.Web.Api;

public static class ApiServices
{
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddHealthChecks();
        // The same JSON settings as the contract's serializer, so the OpenAPI document names properties as the API writes them.
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.DictionaryKeyPolicy = null;
            options.SerializerOptions.Encoder = AssessmentJson.Options.Encoder;
        });
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Twitchwise API";
            document.Info.Description =
                "Assess answers about muscle twitches and cramps after exercise (assessment contract version 1), browse the " +
                "questions and the knowledge base, and read a free-text description into answers. Errors are RFC 9457 problem " +
                "details; a 400 lists every problem in `errors`, keyed by question id. Not a diagnosis.";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health");
        return app;
    }
}
