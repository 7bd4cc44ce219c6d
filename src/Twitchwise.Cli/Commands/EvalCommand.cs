using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Cli.Commands;

/// <summary>
/// <c>twitchwise eval negex FILE</c> and <c>twitchwise eval intake FILE</c>: measure the free-text intake on the NegEx
/// annotation set (negation only) or on a domain set of descriptions with expected answers.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("eval", "Measure the free-text intake on an annotated set");
        command.Subcommands.Add(Sub(context, "negex", "The negation step on the NegEx set: sensitivity, specificity, PPV, accuracy", NegEx));
        command.Subcommands.Add(Sub(context, "intake", "The intake on a JSON Lines set of {text, answers}: precision, recall, F1 per question", Intake));
        return command;
    }

    private static Command Sub(CliContext context, string name, string description, Action<CliContext, string> run)
    {
        var file = new Argument<string>("file") { Description = "The annotated file" };
        var command = new Command(name, description) { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            try
            {
                run(context, File.ReadAllText(path));
                return CliApp.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"Cannot read '{path}': {e.Message}");
                return CliApp.Failed;
            }
            catch (EvaluationFormatException e)
            {
                context.Error.WriteLine($"'{path}' {e.Message}");
                return CliApp.InvalidInput;
            }
        });
        return command;
    }

    private static void NegEx(CliContext context, string text)
    {
        var s = IntakeEvaluation.NegEx(IntakeReader.Default, text);
        context.Out.WriteLine($"NegEx set: {s.Total} conditions ({s.TruePositives + s.FalseNegatives} negated), {s.PhraseNotFound} not found verbatim in their sentence");
        context.Out.WriteLine($"  TP {s.TruePositives}  FP {s.FalsePositives}  TN {s.TrueNegatives}  FN {s.FalseNegatives}");
        context.Out.WriteLine($"  sensitivity {Percent(s.Sensitivity)}  (NegEx 77.8%)");
        context.Out.WriteLine($"  specificity {Percent(s.Specificity)}  (NegEx 94.5%)");
        context.Out.WriteLine($"  PPV         {Percent(s.PositivePredictiveValue)}  (NegEx 84.5%)");
        context.Out.WriteLine($"  accuracy    {Percent(s.Accuracy)}");
        foreach (var m in s.Misses)
        {
            context.Out.WriteLine($"  line {m.Line}: '{m.Condition}' is {(m.ExpectedNegated ? "negated" : "affirmed")}, read as {(m.ExpectedNegated ? "affirmed" : "negated")}: {m.Sentence}");
        }
    }

    private static void Intake(CliContext context, string text)
    {
        var score = IntakeEvaluation.Domain(IntakeReader.Default, context.Knowledge.Value, text);
        var table = new Table().Border(TableBorder.Simple).AddColumns("answer", "TP", "FP", "FN", "precision", "recall", "F1");
        foreach (var a in score.PerAnswer.Append(score.Overall))
        {
            table.AddRow(Markup.Escape(a.Answer), $"{a.TruePositives}", $"{a.FalsePositives}", $"{a.FalseNegatives}",
                Ratio(a.Precision), Ratio(a.Recall), Ratio(a.F1));
        }

        var console = context.Console();
        console.MarkupLine($"{score.Cases} descriptions");
        console.Write(table);
        foreach (var m in score.Misses)
        {
            console.MarkupLine(Markup.Escape($"  line {m.Line}: {m.Answer} expected {m.Expected?.ToString() ?? "nothing"}, got {m.Actual?.ToString() ?? "nothing"}: {m.Text}"));
        }

        var lower = score.Lower;
        console.MarkupLine(Markup.Escape($"levels: {score.LevelsAgree} of {score.Cases} agree with the expected answers' level; " +
            $"{lower.Count} lower ({lower.Count(m => m.Expected == TriageLevel.Emergency)} of them emergencies), {score.LevelMisses.Count - lower.Count} higher"));
        var emergencies = lower.Where(m => m.Expected == TriageLevel.Emergency).ToList();
        console.MarkupLine(Markup.Escape($"asking: {emergencies.Count(m => m.Silent)} emergencies read lower are silent, {emergencies.Count(m => m.Flagged)} " +
            $"flagged as one answer away, {emergencies.Count(m => m.NoLevel && !m.Flagged)} given no level (mostly in another language); " +
            $"{score.Alarms?.Count ?? 0} of {score.SelfCareCases} self-care stories flag one"));
        foreach (var m in score.LevelMisses.OrderBy(m => m.Actual > m.Expected).ThenByDescending(m => m.Expected))
        {
            var direction = m.Actual < m.Expected ? "LOWER " : "higher";
            var flag = m.Actual < m.Expected ? m.Flagged ? " [flagged]" : m.NoLevel ? " [no level given]" : " [silent]" : "";
            console.MarkupLine(Markup.Escape($"  line {m.Line}: {direction} {KnowledgeEntries.LevelId(m.Expected)} -> {KnowledgeEntries.LevelId(m.Actual)}: {m.Text}{flag}"));
        }

        foreach (var a in score.Alarms ?? [])
        {
            console.MarkupLine(Markup.Escape($"  line {a.Line}: ALARM  self_care, asked {string.Join(", ", a.Raised)}: {a.Text}"));
        }
    }

    private static string Percent(double x) => (x * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Ratio(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
}
