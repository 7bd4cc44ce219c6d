using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Plans;
using Twitchwise.Storage;

namespace Twitchwise.Cli.Commands;

/// <summary>
/// <c>twitchwise plan templates|new|show|next|met|export</c>: training plans kept in the journal database. Only the
/// choices are stored; every command remakes the sessions from them and the journal, so a workout logged or imported
/// since shows as done, shorter, longer or missed, and the weeks ahead adapt (docs/plans.md).
/// </summary>
internal static class PlanCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("plan", "Training plans: a safe build-up or a return after a cramp, week by week, in your calendar");
        command.Subcommands.Add(Templates(context));
        command.Subcommands.Add(New(context));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(Next(context));
        command.Subcommands.Add(Met(context));
        command.Subcommands.Add(Export(context));
        return command;
    }

    private static Command Templates(CliContext context)
    {
        var format = CommonOptions.Format();
        var command = new Command("templates", "The plans you can start, with their weeks and sources") { format };
        command.SetAction(parse =>
        {
            var library = PlanLibrary.Default;
            if (parse.GetValue(format) == "json")
            {
                context.Out.WriteLine(JsonSerializer.Serialize(new { templates = library.Templates.Select(t => t.ToDto()) }, AssessmentJson.Options));
                return CliApp.Ok;
            }

            foreach (var t in library.Templates)
            {
                context.Out.WriteLine($"{t.Id}: {t.Title}");
                context.Out.WriteLine($"  {t.Summary}");
                context.Out.WriteLine($"  {t.Steps.Count} weeks, up to {t.SessionsPerWeek} sessions a week{(t.NoConsecutiveDays ? ", never two days in a row" : "")}; " +
                    $"default days {string.Join(", ", t.DefaultDays.Select(PlanLoader.DayName))}. Sources: {Sources(context, t.Sources)}");
            }

            return CliApp.Ok;
        });
        return command;
    }

    private static Command New(CliContext context)
    {
        var template = new Argument<string>("template") { Description = "The template's id, as 'twitchwise plan templates' lists it" };
        var start = new Option<string?>("--start") { Description = $"The first day of the plan ({JournalDb.DayHelp}); default today" };
        var days = new Option<string?>("--days") { Description = "The days you can train, e.g. mon,wed,sat; default the template's" };
        var time = new Option<string?>("--time") { Description = "The time of day sessions go in your calendar, HH:mm; default 18:00" };
        var format = CommonOptions.Format();
        var db = JournalDb.Option();
        var command = new Command("new", "Start a plan from a template; it replaces the plan you had") { template, start, days, time, format, db };
        command.SetAction(parse =>
        {
            var library = PlanLibrary.Default;
            var problems = new List<string>();
            var chosen = library.Template(parse.GetValue(template)!);
            if (chosen is null)
            {
                problems.Add($"There is no template '{parse.GetValue(template)}'; choose one of: {string.Join(", ", library.Templates.Select(t => t.Id))}.");
            }

            var startDay = parse.GetValue(start) is { } s ? TypedTime.ParseDay(s, context.Clock) : context.Clock.Today();
            if (startDay is null)
            {
                problems.Add($"--start '{parse.GetValue(start)}' is not a day: use {JournalDb.DayHelp}.");
            }

            TimeOnly at = new(18, 0);
            if (parse.GetValue(time) is { } t && !TimeOnly.TryParseExact(t, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out at))
            {
                problems.Add($"--time '{t}' is not a time of day: use HH:mm, such as 07:30 or 18:00.");
            }

            var dayList = chosen?.DefaultDays.ToList() ?? [];
            if (parse.GetValue(days) is { } d)
            {
                dayList = [];
                foreach (var name in d.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    if (PlanLoader.ParseDay(name) is { } day)
                    {
                        dayList.Add(day);
                    }
                    else
                    {
                        problems.Add($"--days: '{name}' is not a day; use mon, tue, wed, thu, fri, sat or sun, separated by commas.");
                    }
                }
            }

            if (chosen is not null && problems.Count == 0 && PlanEngine.CheckDays(dayList, chosen.SessionsPerWeek, chosen.NoConsecutiveDays) is { } daysProblem)
            {
                problems.Add($"--days: {daysProblem}.");
            }

            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    context.Error.WriteLine(problem);
                }

                return CliApp.InvalidInput;
            }

            return JournalDb.Use(context, parse.GetValue(db), (journal, _) =>
            {
                var entries = journal.Load(new JournalCodec(context.Knowledge.Value));
                if (PlanEngine.PauseReason(entries) is { } pause)
                {
                    // A plan would be advice to train; above self-care the advice is to be seen first.
                    context.Error.WriteLine(pause);
                    context.Error.WriteLine("No plan was made.");
                    return CliApp.Failed;
                }

                var stored = StoredPlan.Create(chosen!, startDay!.Value, dayList, at, context.Clock.LocalTimeZone.Id, context.Clock.GetUtcNow());
                journal.Plans.Add(stored);
                journal.SaveChanges();
                var plan = Make(context, stored, entries);
                if (parse.GetValue(format) == "json")
                {
                    context.Out.WriteLine(PlanJson.Serialize(plan));
                    return CliApp.Ok;
                }

                context.Out.WriteLine($"Made a plan: {plan.Template.Title}, {plan.Sessions.Count} sessions from {JournalCodec.FormatDate(plan.Start)}.");
                Render(context, stored, plan);
                return CliApp.Ok;
            });
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var format = CommonOptions.Format();
        var db = JournalDb.Option();
        var command = new Command("show", "Your plan week by week: what is done, shorter, longer or missed, and what is ahead") { format, db };
        command.SetAction(parse => WithPlan(context, parse.GetValue(db), (stored, plan) =>
        {
            if (parse.GetValue(format) == "json")
            {
                context.Out.WriteLine(PlanJson.Serialize(plan));
            }
            else
            {
                Render(context, stored, plan);
            }

            return CliApp.Ok;
        }));
        return command;
    }

    private static Command Next(CliContext context)
    {
        var format = CommonOptions.Format();
        var db = JournalDb.Option();
        var command = new Command("next", "The next session with its warm-up, cool-down and fluids, and why") { format, db };
        command.SetAction(parse => WithPlan(context, parse.GetValue(db), (_, plan) =>
        {
            var next = plan.Next;
            if (parse.GetValue(format) == "json")
            {
                context.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    paused = plan.Paused,
                    next = next?.ToDto(),
                    waiting_for = plan.WaitingFor.Select(c => c.ToDto()),
                    finished = plan.Finished,
                }, AssessmentJson.Options));
                return CliApp.Ok;
            }

            if (plan.Paused is not null)
            {
                context.Out.WriteLine(plan.Paused);
                return CliApp.Ok;
            }

            if (next is null)
            {
                context.Out.WriteLine(plan.Finished ? "The plan is done: every week is behind you. Keep each session within 10% of your longest of the last 30 days." : "Nothing is planned ahead.");
                return CliApp.Ok;
            }

            context.Out.WriteLine($"Next: {Day(next.Day)}{(next.Status == SessionStatus.Due ? " (today)" : "")}, week {next.Week}: {next.Sport} {PlanEngine.Number(next.Minutes)} min.");
            context.Out.WriteLine(next.Text);
            if (next.Note is not null)
            {
                context.Out.WriteLine(next.Note);
            }

            context.Out.WriteLine("With it:");
            foreach (var r in next.Routines)
            {
                context.Out.WriteLine($"  - {r.Text}");
            }

            context.Out.WriteLine($"Why: {Sources(context, next.Sources)}.");
            Waiting(context, plan);
            context.Out.WriteLine($"When you have done it: twitchwise log workout {next.Sport} MINUTES (or import it from your watch).");
            context.Out.WriteLine(AssessmentJson.Reminder);
            return CliApp.Ok;
        }));
        return command;
    }

    private static Command Met(CliContext context)
    {
        var criterion = new Argument<string>("criterion") { Description = "What you can now do, by its id (as 'twitchwise plan next' lists it)" };
        var day = new Option<string?>("--day") { Description = $"When you did it ({JournalDb.DayHelp}); default today" };
        var db = JournalDb.Option();
        var command = new Command("met", "Log that you passed a test a stage of your plan needs (e.g. hop_pain_free)") { criterion, day, db };
        command.SetAction(parse =>
        {
            var id = parse.GetValue(criterion)!;
            var on = parse.GetValue(day) is { } d ? TypedTime.ParseDay(d, context.Clock) : context.Clock.Today();
            if (on is null)
            {
                context.Error.WriteLine($"--day '{parse.GetValue(day)}' is not a day: use {JournalDb.DayHelp}.");
                return CliApp.InvalidInput;
            }

            return JournalDb.Use(context, parse.GetValue(db), (journal, _) =>
            {
                var stored = journal.CurrentPlan();
                if (stored is null)
                {
                    return NoPlan(context);
                }

                var template = PlanLibrary.Default.Template(stored.Template)!;
                var known = template.Steps.SelectMany(s => s.Criteria).Distinct().ToList();
                if (!known.Contains(id))
                {
                    context.Error.WriteLine(known.Count == 0
                        ? $"The plan '{template.Id}' has no stages to unlock; there is nothing to log as met."
                        : $"'{id}' is not a test of your plan; it has: {string.Join(", ", known)}.");
                    return CliApp.InvalidInput;
                }

                stored.SetCriterionMet(id, on.Value);
                journal.SaveChanges();
                context.Out.WriteLine($"Logged as met on {JournalCodec.FormatDate(on.Value)}: {PlanLibrary.Default.Criterion(id)!.Text}");
                var plan = Make(context, stored, journal.Load(new JournalCodec(context.Knowledge.Value)));
                Waiting(context, plan);
                return CliApp.Ok;
            });
        });
        return command;
    }

    private static Command Export(CliContext context)
    {
        var ics = new Option<string>("--ics") { Description = "The .ics file to write (replaced whole, never half-written)", Required = true };
        var db = JournalDb.Option();
        var command = new Command("export", "Write the plan as a calendar file; importing it again updates the events instead of copying them") { ics, db };
        command.SetAction(parse => WithPlan(context, parse.GetValue(db), (stored, plan) =>
        {
            var text = PlanCalendar.Write(plan, stored.Key, stored.Time, stored.TimeZone, context.Clock.GetUtcNow(), context.Knowledge.Value);
            var full = Path.GetFullPath(parse.GetValue(ics)!);
            var temporary = full + ".tmp";
            File.WriteAllText(temporary, text, new UTF8Encoding(false));
            File.Move(temporary, full, overwrite: true);
            context.Out.WriteLine($"Exported {plan.Sessions.Count} session{(plan.Sessions.Count == 1 ? "" : "s")} to {full}.");
            if (plan.Paused is not null)
            {
                context.Out.WriteLine(plan.Paused);
            }

            return CliApp.Ok;
        }));
        return command;
    }

    private static int WithPlan(CliContext context, string? dbPath, Func<StoredPlan, TrainingPlan, int> action) =>
        JournalDb.Use(context, dbPath, (journal, _) =>
        {
            var stored = journal.CurrentPlan();
            return stored is null ? NoPlan(context) : action(stored, Make(context, stored, journal.Load(new JournalCodec(context.Knowledge.Value))));
        });

    private static int NoPlan(CliContext context)
    {
        context.Error.WriteLine("You have no plan yet. Start one with 'twitchwise plan new TEMPLATE'; 'twitchwise plan templates' lists them.");
        return CliApp.Failed;
    }

    private static TrainingPlan Make(CliContext context, StoredPlan stored, IReadOnlyList<JournalEntry> journal)
    {
        var template = PlanLibrary.Default.Template(stored.Template)
            ?? throw new InvalidDataException($"the stored plan uses the template '{stored.Template}', which this version no longer has; start a new plan");
        return new PlanEngine(PlanLibrary.Default).Make(template, stored.Start, stored.DayList, context.Clock.Today(), journal, stored.CriteriaMet);
    }

    private static void Render(CliContext context, StoredPlan stored, TrainingPlan plan)
    {
        var o = context.Out;
        o.WriteLine($"{plan.Template.Title}: from {JournalCodec.FormatDate(plan.Start)}, on {string.Join(", ", plan.Days.Select(PlanLoader.DayName))} at {stored.TimeOfDay}.");
        foreach (var note in plan.Notes)
        {
            o.WriteLine(note);
        }

        foreach (var week in plan.Sessions.GroupBy(s => s.Week))
        {
            o.WriteLine($"Week {week.Key} (step {week.First().Step} of {plan.Template.Steps.Count})");
            foreach (var s in week)
            {
                o.WriteLine($"  #{s.Number,-3} {Day(s.Day)}  {s.Sport} {PlanEngine.Number(s.Minutes)} min  {Status(s)}");
                if (s.Note is not null && s.Status is SessionStatus.Due or SessionStatus.Planned)
                {
                    o.WriteLine($"       {s.Note}");
                }
            }
        }

        if (plan.Next is { } next)
        {
            o.WriteLine($"Next: #{next.Number} on {Day(next.Day)}: {next.Text}");
        }

        Waiting(context, plan);
        o.WriteLine(AssessmentJson.Reminder);
    }

    private static void Waiting(CliContext context, TrainingPlan plan)
    {
        if (plan.WaitingFor.Count == 0)
        {
            return;
        }

        context.Out.WriteLine("The next stage opens when you can do each of these; log each with 'twitchwise plan met ID':");
        foreach (var c in plan.WaitingFor)
        {
            context.Out.WriteLine($"  {c.Id}: {c.Text}");
        }
    }

    private static string Status(PlanSession s)
    {
        var logged = s.LoggedMinutes is { } m ? $" ({PlanEngine.Number(m)} min)" : "";
        var jump = s.JumpPercent is { } j
            ? $" - {j.ToString("0", CultureInfo.InvariantCulture)}% longer than your longest {s.Sport} of the 30 days before: more than the 10% the single-session rule allows"
            : "";
        return s.Status switch
        {
            SessionStatus.Done => "done" + logged + jump,
            SessionStatus.Shorter => "shorter" + logged,
            SessionStatus.Longer => "longer" + logged + jump,
            SessionStatus.Missed => "missed",
            SessionStatus.Due => "today",
            _ => "",
        };
    }

    private static string Sources(CliContext context, IEnumerable<string> ids) =>
        string.Join("; ", ids.Select(id => context.Knowledge.Value.TryGetSource(id, out var s) ? s.Title : id));

    private static string Day(DateOnly day) => day.ToString("ddd yyyy-MM-dd", CultureInfo.InvariantCulture);

}
