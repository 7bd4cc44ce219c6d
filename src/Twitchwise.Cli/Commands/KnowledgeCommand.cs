using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Cli.Commands;

/// <summary><c>twitchwise knowledge [ID]</c>: browse causes, triage rules, advice and sources, or one entry by id.</summary>
internal static class KnowledgeCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string?>("id") { Description = "A cause, rule, advice, question or source id; leave out for an overview", Arity = ArgumentArity.ZeroOrOne };
        var format = CommonOptions.Format();
        var command = new Command("knowledge", "Browse the knowledge base: causes, triage rules, relief, prevention and sources") { id, format };
        command.SetAction(parse =>
        {
            var kb = context.Knowledge.Value;
            var wanted = parse.GetValue(id);
            var json = parse.GetValue(format) == "json";
            var entries = KnowledgeEntries.All(kb).Where(e => wanted is null || e.Id == wanted).ToList();
            if (entries.Count == 0)
            {
                var near = KnowledgeEntries.All(kb).Select(e => e.Id).Where(x => x.Contains(wanted!, StringComparison.OrdinalIgnoreCase)).Take(5).ToList();
                context.Error.WriteLine($"No knowledge entry has the id '{wanted}'." + (near.Count > 0 ? $" Did you mean: {string.Join(", ", near)}?" : " Run 'twitchwise knowledge' for the list."));
                return CliApp.Failed;
            }

            if (json)
            {
                object payload = wanted is null
                    ? new { knowledge_version = kb.Version, entries }
                    : entries;
                context.Out.WriteLine(JsonSerializer.Serialize(payload, AssessmentJson.Options));
                return CliApp.Ok;
            }

            var console = context.Console();
            if (wanted is null)
            {
                foreach (var kind in entries.GroupBy(e => e.Kind))
                {
                    console.Write(new Rule($"[bold]{Markup.Escape(kind.Key)}[/] ({kind.Count()})").LeftJustified());
                    foreach (var e in kind)
                    {
                        console.MarkupLine($"  [bold]{Markup.Escape(e.Id)}[/]  {Markup.Escape(e.Title)}");
                    }
                }

                console.MarkupLine($"[dim]Knowledge {Markup.Escape(kb.Version)}. 'twitchwise knowledge ID' shows one entry in full.[/]");
                return CliApp.Ok;
            }

            foreach (var e in entries)
            {
                console.Write(new Rule($"[bold]{Markup.Escape(e.Kind)}: {Markup.Escape(e.Id)}[/]").LeftJustified());
                console.MarkupLine($"[bold]{Markup.Escape(e.Title)}[/]");
                foreach (var (label, value) in e.Details)
                {
                    console.MarkupLine($"  [dim]{Markup.Escape(label)}:[/] {Markup.Escape(value)}");
                }

                console.MarkupLine($"  [dim]sources:[/] {Markup.Escape(string.Join(", ", e.Sources))}");
            }

            return CliApp.Ok;
        });
        return command;
    }
}
