using Twitchwise.Web.Api;
using Twitchwise.Web.Journal;
using Twitchwise.Web.Plans;

namespace Twitchwise.Web;

/// <summary>
/// The whole app as two steps, so that Program.cs stays two lines and the load benchmark's host
/// (bench/Twitchwise.LoadHost) runs exactly this app with its one extra endpoint, instead of the app carrying it.
/// </summary>
public static class TwitchwiseApp
{
    public static WebApplicationBuilder AddTwitchwise(this WebApplicationBuilder builder)
    {
        builder.Services.AddDomain();
        builder.Services.AddApi();
        builder.Services.AddJournal();
        builder.Services.AddPlans();
        builder.Services.AddRazorPages();
        return builder;
    }

    public static WebApplication UseTwitchwise(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.MapRazorPages();
        app.MapOpenApi();

        var api = app.MapGroup("/api/v1");
        api.MapAssessmentApi();
        api.MapKnowledgeApi();
        api.MapIntakeApi();
        api.MapPlanApi();
        app.MapPlanCalendarFeed();
        app.MapHealth();
        return app;
    }
}
