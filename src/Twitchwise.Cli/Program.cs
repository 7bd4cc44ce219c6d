using Twitchwise.Cli;

return CliApp.Run(args, CliContext.FromConsole());
