using System.CommandLine;
using System.Text.Json;
using Twitchwise.Cli.Output;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;

namespace Twitchwise.Cli.Commands;

/// <summary>
/// <c>twitchwise assess</c>: the interview at a terminal, or the contract's answers from a file or stdin.
/// Exit 0 when assessed, 2 when the answers are invalid (every problem on stderr), 1 otherwise.
/// </summary>
internal static class AssessCommand
{
    public static Command Create(CliContext context)
    {
        var answersOption = new Option<string?>("--answers", "-a")
        {
            Description = "A JSON file with {\"answers\": {...}} as in the assessment contract; - reads stdin",
        };
        var textOption = IntakeCommand.TextOption();
        var format = CommonOptions.Format();
        var full = new Option<bool>("--full") { Description = "Show every cause, relief and prevention step, unanswered question and research note" };
        var all = new Option<bool>("--all") { Description = "Show every possible cause, not only the top three" };
        var noInput = new Option<bool>("--no-input") { Description = "Ask nothing, even at a terminal: assess what was given and list the warning signs left open" };
        var save = new Option<bool>("--save") { Description = "Also store the answers and the result in the journal, as an assessment entry" };
        var db = JournalDb.Option();
        var command = new Command("assess", "Assess twitches or cramps: an interview at a terminal, answers from a file, or a description (--text)")
            { answersOption, textOption, format, full, all, noInput, save, db };
        // One source of answers per run: silently dropping one of the two would assess something the person did not mean.
        command.Validators.Add(result =>
        {
            if (result.GetResult(answersOption) is not null && result.GetResult(textOption) is not null)
            {
                result.AddError("Pass either --answers or --text, not both: a description and an answers file cannot be assessed together.");
            }
        });
        command.SetAction(parse =>
        {
            var style = new OutputStyle(parse.GetValue(format) == "json", parse.GetValue(full), parse.GetValue(all), parse.GetValue(noInput));
            var saved = parse.GetValue(save) ? new JournalSave(parse.GetValue(db)) : null;
            return parse.GetValue(textOption) is { } text
                ? TextAssessment.Run(context, text, style, saved)
                : Run(context, parse.GetValue(answersOption), style, saved);
        });
        return command;
    }

    private static int Run(CliContext context, string? answersPath, OutputStyle style, JournalSave? save)
    {
        if (answersPath is null)
        {
            if (!context.InputIsTerminal || style.NoInput)
            {
                context.Error.WriteLine("No interview without a terminal, or with --no-input. Pass --answers FILE, --answers - to read the answers from stdin, or --text.");
                return CliApp.Failed;
            }

            return Interview.Run(context, style, save);
        }

        string text;
        try
        {
            text = answersPath == "-" ? context.In.ReadToEnd() : File.ReadAllText(answersPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"Cannot read the answers file '{answersPath}': {e.Message}");
            return CliApp.Failed;
        }

        var kb = context.Knowledge.Value;
        var validation = new AnswerValidator(kb).ValidateJson(text);
        if (validation.Answers is null)
        {
            WriteProblems(context, validation.Problems, answersPath, style.Json);
            return CliApp.InvalidInput;
        }

        // "subject": "my dad" in the file: the answers are his, and the result speaks to whoever is looking after him.
        var result = new AssessmentEngine(kb).Assess(validation.Answers, validation.Subject, validation.Confirm);
        Write(context, result, validation.Answers, style);
        return save?.Store(context, result, validation.Answers, style.Json) ?? CliApp.Ok;
    }

    internal static void Write(CliContext context, AssessmentResult result, AnswerSet answers, OutputStyle style)
    {
        if (style.Json)
        {
            context.Out.WriteLine(AssessmentJson.Serialize(result));
        }
        else
        {
            AssessmentRenderer.Render(context, result, answers, new RenderOptions(style.Full, style.AllCauses));
        }
    }

    internal static void WriteProblems(CliContext context, IReadOnlyList<InputProblem> problems, string origin, bool json)
    {
        if (json)
        {
            // The same shape as the API's problem details, so programs can handle both alike.
            var errors = problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
            context.Error.WriteLine(JsonSerializer.Serialize(new { title = "The answers are invalid", status = 400, errors }, AssessmentJson.Options));
            return;
        }

        var from = origin == "-" ? "stdin" : $"'{origin}'";
        context.Error.WriteLine($"The answers in {from} are invalid; nothing was assessed. {problems.Count} problem{(problems.Count == 1 ? "" : "s")}:");
        foreach (var p in problems)
        {
            context.Error.WriteLine($"  {p.Field}: {p.Message}");
        }

        context.Error.WriteLine("Run 'twitchwise questions' to see every question id, its type and its range.");
    }
}

/// <summary>
/// How a result is reached and shown: JSON for programs, or text, short or full, with the top three causes or all of them;
/// <c>NoInput</c> asks nothing even at a terminal.
/// </summary>
internal sealed record OutputStyle(bool Json, bool Full, bool AllCauses = false, bool NoInput = false);
