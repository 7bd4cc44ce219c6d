using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Journal;

namespace Twitchwise.Cli.Commands;

/// <summary><c>twitchwise journal [--from --to] [--format json]</c> lists entries with their ids; <c>journal delete ID</c> removes one.</summary>
internal static class JournalCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<string?>("--from") { Description = $"First day to show ({JournalDb.DayHelp})" };
        var to = new Option<string?>("--to") { Description = $"Last day to show ({JournalDb.DayHelp})" };
        var format = CommonOptions.Format();
        var db = JournalDb.Option();
        var command = new Command("journal", "List the journal's entries, oldest first, with the ids that 'journal delete' takes") { from, to, format, db };
        command.Subcommands.Add(Delete(context));
        command.SetAction(parse =>
        {
            DateOnly? first = null, last = null;
            if (parse.GetValue(from) is { } f && (first = TypedTime.ParseDay(f, context.Clock)) is null
                || parse.GetValue(to) is { } t && (last = TypedTime.ParseDay(t, context.Clock)) is null)
            {
                context.Error.WriteLine($"--from and --to take a day: {JournalDb.DayHelp}.");
                return CliApp.InvalidInput;
            }

            return JournalDb.Use(context, parse.GetValue(db), (journal, _) =>
            {
                var entries = journal.Load(new JournalCodec(context.Knowledge.Value), first, last);
                if (parse.GetValue(format) == "json")
                {
                    context.Out.WriteLine(new JsonObject { ["entries"] = new JsonArray([.. entries.Select(ToJson)]) }.ToJsonString(AssessmentJson.Options));
                    return CliApp.Ok;
                }

                if (entries.Count == 0)
                {
                    context.Out.WriteLine(first is null && last is null
                        ? "The journal is empty. Add to it with 'twitchwise log ...' (e.g. 'twitchwise log episode twitch calf') or 'twitchwise import FILE'."
                        : "No entries on those days.");
                    return CliApp.Ok;
                }

                var idWidth = entries.Max(e => e.Id).ToString(System.Globalization.CultureInfo.InvariantCulture).Length + 1;
                foreach (var e in entries)
                {
                    context.Out.WriteLine($"{("#" + e.Id).PadLeft(idWidth)}  {EntryText.When(e),-16}  {JournalCodec.TypeOf(e),-10}  {EntryText.Describe(e)}");
                }

                context.Out.WriteLine($"{entries.Count} entr{(entries.Count == 1 ? "y" : "ies")}.");
                return CliApp.Ok;
            });
        });
        return command;
    }

    /// <summary>The entry's contract line with its id in front, so programs can pick an id for <c>journal delete</c>.</summary>
    private static JsonObject ToJson(JournalEntry entry)
    {
        var json = new JsonObject { ["id"] = entry.Id };
        foreach (var (name, value) in JsonNode.Parse(JournalCodec.WriteLine(entry))!.AsObject())
        {
            json[name] = value?.DeepClone();
        }

        return json;
    }

    private static Command Delete(CliContext context)
    {
        var id = new Argument<long>("id") { Description = "The entry's id, as 'twitchwise journal' shows it" };
        var db = JournalDb.Option();
        var command = new Command("delete", "Delete one entry by its id") { id, db };
        command.SetAction(parse => JournalDb.Use(context, parse.GetValue(db), (journal, _) =>
        {
            var wanted = parse.GetValue(id);
            var row = journal.Entries.AsNoTracking().FirstOrDefault(e => e.Id == wanted);
            if (row is null)
            {
                context.Error.WriteLine($"No journal entry has the id {wanted}. 'twitchwise journal' lists the entries with their ids.");
                return CliApp.Failed;
            }

            journal.Entries.Where(e => e.Id == wanted).ExecuteDelete();
            context.Out.WriteLine($"Deleted {row.Type} #{wanted} of {JournalCodec.FormatDate(row.Day)}.");
            return CliApp.Ok;
        }));
        return command;
    }
}
