using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Cli.Tests;

/// <summary>Runs the CLI in-process, as a pipe would (no terminal, no colour), and captures what it writes.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun WithInput(string stdin, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var context = new CliContext(new StringReader(stdin), output, error, InputIsTerminal: false, ColorEnabled: false,
            _ => null, TimeProvider.System, new Lazy<KnowledgeBase>(() => KnowledgeBase.Default));
        var code = CliApp.Run(args, context);
        return new(code, output.ToString(), error.ToString());
    }

    public static CliRun Of(params string[] args) => WithInput("", args);
}
