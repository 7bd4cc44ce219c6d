using Twitchwise.Cli;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.TestSupport;

/// <summary>Runs the real command tree in-process, as a person piping into `twitchwise` would: no terminal, no colour.</summary>
public static class CliRunner
{
    public sealed record Outcome(int Exit, string Out, string Error);

    public static Outcome WithInput(string stdin, params string[] args) => WithInput(stdin, new Dictionary<string, string>(), args);

    public static Outcome WithInput(string stdin, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(new StringReader(stdin), output, error, InputIsTerminal: false, ColorEnabled: false,
            name => environment.TryGetValue(name, out var v) ? v : null, TimeProvider.System, new Lazy<KnowledgeBase>(() => KnowledgeBase.Default));
        var exit = CliApp.Run(args, context);
        return new Outcome(exit, output.ToString(), error.ToString());
    }

    public static Outcome Run(params string[] args) => WithInput("", args);
}
