using System.CommandLine;
using System.CommandLine.Help;
using Twitchwise.Cli.Commands;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Cli;

/// <summary>Builds the command tree. Each feature owns one file under Commands/ and adds itself here.</summary>
public static class CliApp
{
    /// <summary>Exit codes: 0 done, 1 failed, 2 the input was invalid (every problem is on stderr).</summary>
    public const int Ok = 0;
    public const int Failed = 1;
    public const int InvalidInput = 2;

    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("Twitchwise: self-care guidance for muscle twitches and cramps after exercise. Not a diagnosis.");
        root.Subcommands.Add(AssessCommand.Create(context));
        root.Subcommands.Add(QuestionsCommand.Create(context));
        root.Subcommands.Add(KnowledgeCommand.Create(context));
        root.Subcommands.Add(IntakeCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(LogCommand.Create(context));
        root.Subcommands.Add(JournalCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(InsightsCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(PlanCommand.Create(context));
        return root;
    }

    public static int Run(string[] args, CliContext context)
    {
        try
        {
            var root = Build(context);
            var parsed = root.Parse(args);
            if (parsed.Action is HelpAction || parsed.Errors.Count > 0)
            {
                LogCommand.DescribeChoices(root.Subcommands.Single(c => c.Name == "log"), context.Knowledge.Value);
            }

            // Our own handler below: System.CommandLine's default one prints stack traces.
            return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (KnowledgeException e)
        {
            // A broken knowledge base is a build problem, but say exactly what is wrong rather than crash.
            context.Error.WriteLine(e.Message);
            return Failed;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A person should never see a stack trace; the message and a plea to report it are enough.
            context.Error.WriteLine($"twitchwise failed unexpectedly: {e.Message}");
            context.Error.WriteLine("This is a bug in Twitchwise; please report it with the command you ran.");
            return Failed;
        }
    }
}
