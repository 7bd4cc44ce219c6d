using System.CommandLine;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Cli.Commands;

/// <summary>
/// <c>twitchwise log workout|fluid|caffeine|sleep|stress|medication|episode ...</c>: one journal entry in one line.
/// The main values are arguments, the rest options with defaults (now, today, last night). The entry is checked by the
/// same rules as an import; a bad value is refused with exit 2 and nothing is written.
/// </summary>
internal static class LogCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("log", "Add one entry to the journal: a workout, a drink, caffeine, sleep, stress, a medicine or an episode");
        command.Subcommands.Add(Workout(context));
        command.Subcommands.Add(Fluid(context));
        command.Subcommands.Add(Caffeine(context));
        command.Subcommands.Add(Sleep(context));
        command.Subcommands.Add(Stress(context));
        command.Subcommands.Add(Medication(context));
        command.Subcommands.Add(Episode(context));
        return command;
    }

    private static Command Workout(CliContext context)
    {
        var sport = new Argument<string>("sport");
        var minutes = new Argument<double>("minutes") { Description = "How long, in minutes" };
        var rpe = new Option<int?>("--rpe", "-r") { Description = "How hard it felt, 1 (very easy) to 10 (maximal); needed for training load" };
        var distance = new Option<double?>("--distance") { Description = "Distance in km" };
        var hot = new Option<bool?>("--hot") { Description = "In hot or humid conditions" };
        var warmedUp = new Option<bool?>("--warmed-up") { Description = "Warmed up before" };
        var cooledDown = new Option<bool?>("--cooled-down") { Description = "Cooled down and stretched after" };
        var electrolytes = new Option<bool?>("--electrolytes") { Description = "Took electrolytes (sports drink, salts, salty food)" };
        var at = At();
        var command = new Command("workout", "A training session, e.g. 'log workout run 45 --rpe 7'") { sport, minutes, rpe, distance, hot, warmedUp, cooledDown, electrolytes, at };
        return Finish(context, command, parse => Time(context, parse.GetValue(at)) is { } start
            ? new WorkoutEntry(start, parse.GetValue(sport)!, parse.GetValue(minutes), parse.GetValue(rpe), parse.GetValue(distance), parse.GetValue(hot),
                parse.GetValue(warmedUp), parse.GetValue(cooledDown), parse.GetValue(electrolytes), EntrySource.Manual)
            : null);
    }

    private static Command Fluid(CliContext context)
    {
        var liters = new Argument<double>("liters") { Description = "How much, in litres (a glass is about 0.25)" };
        var electrolytes = new Option<bool?>("--electrolytes") { Description = "A drink with electrolytes (sports drink, oral rehydration salts)" };
        var at = At();
        var command = new Command("fluid", "Something you drank, e.g. 'log fluid 0.5'") { liters, electrolytes, at };
        return Finish(context, command, parse => Time(context, parse.GetValue(at)) is { } when
            ? new FluidEntry(when, parse.GetValue(liters), parse.GetValue(electrolytes))
            : null);
    }

    private static Command Caffeine(CliContext context)
    {
        var mg = new Argument<double>("mg") { Description = "Caffeine in mg: brewed coffee ~95 a mug, espresso ~63, black tea ~47, energy drink ~80 a can" };
        var at = At();
        var command = new Command("caffeine", "Caffeine you had, e.g. 'log caffeine 95'") { mg, at };
        return Finish(context, command, parse => Time(context, parse.GetValue(at)) is { } when ? new CaffeineEntry(when, parse.GetValue(mg)) : null);
    }

    private static Command Sleep(CliContext context)
    {
        var hours = new Argument<double>("hours") { Description = "Hours slept" };
        var night = new Option<string?>("--night-of") { Description = $"The date the night began ({JournalDb.DayHelp}); default yesterday, i.e. last night" };
        var command = new Command("sleep", "Last night's sleep, e.g. 'log sleep 6.5'") { hours, night };
        return Finish(context, command, parse => Day(context, parse.GetValue(night), "--night-of", -1) is { } day ? new SleepEntry(day, parse.GetValue(hours)) : null);
    }

    private static Command Stress(CliContext context)
    {
        var level = new Argument<int>("level") { Description = "Stress or anxiety, 0 (none) to 10 (worst)" };
        var day = new Option<string?>("--day") { Description = $"Which day ({JournalDb.DayHelp}); default today" };
        var command = new Command("stress", "How stressed you were today, e.g. 'log stress 6'") { level, day };
        return Finish(context, command, parse => Day(context, parse.GetValue(day), "--day") is { } d ? new StressEntry(d, parse.GetValue(level)) : null);
    }

    private static Command Medication(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "The medicine's name, e.g. salbutamol" };
        var cls = new Option<string>("--class", "-c") { Required = true };
        var started = new Option<string?>("--started") { Description = $"When you started it ({JournalDb.DayHelp}); default today" };
        var stopped = new Option<string?>("--stopped") { Description = $"When you stopped it ({JournalDb.DayHelp}); leave out while you still take it" };
        var command = new Command("medication", "A medicine you take, e.g. 'log medication salbutamol --class asthma_bronchodilator'") { name, cls, started, stopped };
        return Finish(context, command, parse =>
        {
            var from = Day(context, parse.GetValue(started), "--started");
            var to = parse.GetValue(stopped) is { } s ? Day(context, s, "--stopped") : null;
            return from is { } f && (to is not null || parse.GetValue(stopped) is null)
                ? new MedicationEntry(parse.GetValue(name)!, parse.GetValue(cls)!, f, to)
                : null;
        });
    }

    private static Command Episode(CliContext context)
    {
        var kind = new Argument<string>("kind");
        var locations = new Argument<string[]>("locations") { Arity = ArgumentArity.OneOrMore };
        var seconds = new Option<double?>("--seconds", "-s") { Description = "How long it lasted, in seconds" };
        var pain = new Option<int?>("--pain", "-p") { Description = "Pain at its worst, 0 (none) to 10" };
        var notes = new Option<string?>("--notes", "-n") { Description = "Anything else worth remembering" };
        var at = At();
        var command = new Command("episode", "A twitch or cramp, e.g. 'log episode twitch calf --seconds 20'") { kind, locations, seconds, pain, notes, at };
        return Finish(context, command, parse => Time(context, parse.GetValue(at)) is { } when
            ? new EpisodeEntry(when, parse.GetValue(kind)!, parse.GetValue(locations)!, parse.GetValue(seconds), parse.GetValue(pain), parse.GetValue(notes))
            : null);
    }

    /// <summary>Adds --db, and the action: build the entry, check it, store it, confirm it in one line.</summary>
    private static Command Finish(CliContext context, Command command, Func<ParseResult, JournalEntry?> build)
    {
        var db = JournalDb.Option();
        command.Options.Add(db);
        command.SetAction(parse =>
        {
            if (build(parse) is not { } entry)
            {
                return CliApp.InvalidInput;
            }

            var problems = new JournalValidator(context.Knowledge).Validate(entry);
            if (problems.Count > 0)
            {
                context.Error.WriteLine($"Not logged: {string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}"))}.");
                return CliApp.InvalidInput;
            }

            return JournalDb.Use(context, parse.GetValue(db), (journal, location) =>
            {
                var stored = Storage.StoredEntry.From(entry);
                journal.Entries.Add(stored);
                journal.SaveChanges();
                // Ids are never reused (AUTOINCREMENT, a PostgreSQL identity), so id 1 is the journal's first entry ever;
                // reading it from the insert spares a counting query, which costs a log command about 10% of its time.
                var first = stored.Id == 1 ? $" This is the first entry of your journal at {location}." : "";
                context.Out.WriteLine($"Logged {JournalCodec.TypeOf(entry)} #{stored.Id}: {EntryText.When(entry)}, {EntryText.Describe(entry)}.{first}");
                return CliApp.Ok;
            });
        });
        return command;
    }

    private static Option<string?> At() => new("--at") { Description = JournalDb.TimeHelp };

    private static DateTimeOffset? Time(CliContext context, string? text)
    {
        var time = TypedTime.Parse(text, context.Clock);
        if (time is null)
        {
            context.Error.WriteLine($"Not logged: --at \"{text}\" is not a time; use HH:mm (today), YYYY-MM-DD HH:mm, or ISO 8601 like 2026-03-01T07:00+01:00.");
        }

        return time;
    }

    private static DateOnly? Day(CliContext context, string? text, string option, int fallback = 0)
    {
        var day = TypedTime.ParseDay(text, context.Clock, fallback);
        if (day is null)
        {
            context.Error.WriteLine($"Not logged: {option} \"{text}\" is not a day; use {JournalDb.DayHelp}.");
        }

        return day;
    }

    /// <summary>The arguments and options whose allowed values are a question's options in the knowledge base.</summary>
    private static readonly (string Command, string Symbol, string Question)[] KnowledgeChoices =
    [
        ("workout", "sport", "exercise.type"),
        ("medication", "--class", "medication.classes"),
        ("episode", "kind", "episode.kind"),
        ("episode", "locations", "episode.locations"),
    ];

    /// <summary>
    /// Lists the allowed values in the help of the symbols above. Called only when help or a parse error will be shown:
    /// loading the knowledge base costs more than the rest of a command, so building the command tree must not need it.
    /// </summary>
    public static void DescribeChoices(Command log, KnowledgeBase kb)
    {
        foreach (var (name, symbolName, question) in KnowledgeChoices)
        {
            var command = log.Subcommands.Single(c => c.Name == name);
            Symbol symbol = command.Arguments.FirstOrDefault(a => a.Name == symbolName) as Symbol ?? command.Options.Single(o => o.Name == symbolName);
            symbol.Description = "One of: " + string.Join(", ", kb.Question(question).Options.Select(o => o.Id));
        }
    }
}
