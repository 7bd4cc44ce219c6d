using Spectre.Console;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Cli;

/// <summary>
/// Everything a command touches outside itself: the streams, whether a person is at a terminal, the environment,
/// the clock and the knowledge base. Tests build one with string writers; Program.cs builds the real one.
/// </summary>
public sealed record CliContext(
    TextReader In,
    TextWriter Out,
    TextWriter Error,
    bool InputIsTerminal,
    bool ColorEnabled,
    Func<string, string?> Environment,
    TimeProvider Clock,
    Lazy<KnowledgeBase> Knowledge)
{
    public static CliContext FromConsole()
    {
        // Colour only when a person will see it: not when output is piped, and never against NO_COLOR.
        var color = !System.Console.IsOutputRedirected
            && string.IsNullOrEmpty(System.Environment.GetEnvironmentVariable("NO_COLOR"))
            && System.Environment.GetEnvironmentVariable("TERM") != "dumb";
        return new CliContext(System.Console.In, System.Console.Out, System.Console.Error, !System.Console.IsInputRedirected, color,
            System.Environment.GetEnvironmentVariable, TimeProvider.System, new Lazy<KnowledgeBase>(() => KnowledgeBase.Default));
    }

    /// <summary>A Spectre console over <see cref="Out"/> that uses colour only when <see cref="ColorEnabled"/>.</summary>
    public IAnsiConsole Console()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Out),
            // NO_COLOR turns colour off, not the cursor control that the interview's choice prompts need at a terminal.
            Ansi = ColorEnabled || InputIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorEnabled ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InputIsTerminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!ColorEnabled)
        {
            // Piped output is read by programs and people alike; keep it wide enough not to wrap mid-sentence.
            console.Profile.Width = 100;
        }

        return console;
    }
}
