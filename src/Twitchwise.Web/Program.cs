using Twitchwise.Web;
using Twitchwise.Web.Api;
using Twitchwise.Web.Journal;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDomain();
builder.Services.AddApi();
builder.Services.AddJournal();
builder.Services.AddRazorPages();

var app = builder.Build();
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
app.MapHealth();
app.MapBenchmark();

app.Run();

/// <summary>The entry point, public so that tests can host the real app.</summary>
public partial class Program;
