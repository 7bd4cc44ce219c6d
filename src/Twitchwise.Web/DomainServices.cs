using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Web;

public static class DomainServices
{
    /// <summary>
    /// The validated knowledge base and the services over it, one instance each: they are immutable (the engine's caches
    /// are concurrent), and loading the knowledge base at start-up makes a broken one fail before the first request.
    /// </summary>
    public static IServiceCollection AddDomain(this IServiceCollection services)
    {
        var knowledge = KnowledgeBase.Default;
        services.AddSingleton(knowledge);
        services.AddSingleton(new AnswerValidator(knowledge));
        services.AddSingleton(new AssessmentEngine(knowledge));
        services.AddSingleton(IntakeReader.Default);
        services.AddSingleton<Interview.InterviewPlan>();
        return services;
    }
}
