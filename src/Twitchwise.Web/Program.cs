using Twitchwise.Web;

var app = WebApplication.CreateBuilder(args).AddTwitchwise().Build();
app.UseTwitchwise();
app.Run();

/// <summary>The entry point, public so that tests can host the real app.</summary>
public partial class Program;
