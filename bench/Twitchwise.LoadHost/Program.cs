using Twitchwise.LoadHost;
using Twitchwise.Web;

// The real app plus /bench/fixed, for bench/load/run.sh only.
var app = WebApplication.CreateBuilder(args).AddTwitchwise().Build();
app.UseTwitchwise();
app.MapBenchmark();
app.Run();
