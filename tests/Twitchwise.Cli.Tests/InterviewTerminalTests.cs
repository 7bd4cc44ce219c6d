using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Knowledge;
using Xunit.Abstractions;

namespace Twitchwise.Cli.Tests;

/// <summary>
/// The interactive interview at a real terminal: the built twitchwise runs under util-linux `script`, which gives it a
/// pseudo-terminal, and the test types the answers ahead, as a person at the keyboard would.
/// </summary>
public sealed partial class InterviewTerminalTests(ITestOutputHelper log)
{
    private const string CalfCramp = "I got a bad cramp in my left calf after a long run this morning";

    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;

    // A regular runner: the facts they know; "no" to every other yes/no question, "not sure" to the rest.
    private static readonly Dictionary<string, AnswerValue> Runner = new()
    {
        ["episode.pain"] = new NumberAnswer(5),
        ["episode.seconds"] = new NumberAnswer(60),
        ["episode.days"] = new NumberAnswer(1),
        ["exercise.minutes"] = new NumberAnswer(100),
        ["exercise.intensity"] = new NumberAnswer(7),
        ["exercise.load_increase_percent"] = new NumberAnswer(0),
        ["exercise.rest_days_per_week"] = new NumberAnswer(2),
        ["sleep.hours"] = new NumberAnswer(7.5),
        ["caffeine.mg_today"] = new NumberAnswer(100),
        ["stress.level"] = new NumberAnswer(3),
        ["person.age"] = new NumberAnswer(35),
        ["history.clot_risk"] = new ChoicesAnswer([]),
        ["medication.classes"] = new ChoicesAnswer([]),
        ["history.conditions"] = new ChoicesAnswer([]),
    };

    private static string Run(string typed, string args = "assess")
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "twitchwise.dll");
        var start = new ProcessStartInfo("script", ["-qec", $"dotnet \"{dll}\" {args}", "/dev/null"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Write(typed);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the interview did not finish: " + AnsiCodes().Replace(output.Result, ""));
        }

        return AnsiCodes().Replace(output.Result, "");
    }

    /// <summary>
    /// The keys a person types who describes what happened in <paramref name="description"/> and then answers every prompt
    /// the way <paramref name="answer"/> says (null: not sure), and how many prompts they answered after the description.
    /// Worked out from the same engine and planner the interview follows, so the test keeps up with the knowledge base: a
    /// checklist is answered "none" when every item is no, "yes" when one is yes (then each item in turn), and "not sure"
    /// otherwise (then each item in turn); the interview stops at an emergency.
    /// </summary>
    private static (string Keys, int Prompts) Script(string description, Func<Question, AnswerValue?> answer, bool confirmFirst = true)
    {
        var engine = new AssessmentEngine(Kb);
        var validator = new AnswerValidator(Kb);
        var intake = description.Length == 0 ? null : IntakeReader.Default.Read(description);
        var answers = new Dictionary<string, AnswerValue>(intake?.Answers ?? new Dictionary<string, AnswerValue>());
        var pending = new Queue<(string Id, bool Confirm)>(confirmFirst && intake is not null ? intake.Confirm.Select(id => (id, true)) : []);
        var keys = "";
        var prompts = 0;
        while (true)
        {
            var result = engine.Assess(validator.Validate(answers).Answers!);
            if (result.Triage.Level == TriageLevel.Emergency)
            {
                return (keys, prompts);
            }

            while (pending.TryPeek(out var p) && (answers.ContainsKey(p.Id) || (!p.Confirm && !result.NextQuestions.Contains(p.Id))))
            {
                pending.Dequeue();
            }

            if (pending.TryDequeue(out var next))
            {
                keys += Answer(Kb.Question(next.Id), answer, answers);
                prompts++;
                continue;
            }

            if (result.NextQuestions.Count == 0)
            {
                return (keys, prompts);
            }

            var checklist = QuestionPlanner.Checklist(Kb, result.NextQuestions).Select(Kb.Question).ToList();
            prompts++;
            if (checklist.Count == 1)
            {
                keys += Answer(checklist[0], answer, answers);
                continue;
            }

            var given = checklist.Select(answer).ToList();
            if (given.All(a => a is BoolAnswer { Value: false }))
            {
                keys += "n\n";
                checklist.ForEach(q => answers[q.Id] = new BoolAnswer(false));
                continue;
            }

            keys += given.Any(a => a is BoolAnswer { Value: true }) ? "y\n" : "\n";
            checklist.ForEach(q => pending.Enqueue((q.Id, false)));
        }
    }

    /// <summary>The keys that give <paramref name="q"/> its answer, which is recorded in <paramref name="answers"/>.</summary>
    private static string Answer(Question q, Func<Question, AnswerValue?> answer, Dictionary<string, AnswerValue> answers)
    {
        var value = answer(q);
        answers[q.Id] = value ?? AnswerValue.NotSure;
        const string down = "\u001b[B";
        return (q.Type, value) switch
        {
            (QuestionType.Bool, BoolAnswer b) => b.Value ? "y\n" : "n\n",
            (QuestionType.Number, NumberAnswer n) => n.Value.ToString(CultureInfo.InvariantCulture) + "\n",
            // A selection list: move down to the option (or to "Not sure", the last) and press Enter.
            (QuestionType.Choice, ChoiceAnswer c) => string.Concat(Enumerable.Repeat(down, q.Options.ToList().FindIndex(o => o.Id == c.Option))) + "\n",
            (QuestionType.Choice, _) => string.Concat(Enumerable.Repeat(down, q.Options.Count)) + "\n",
            // A multi-selection list: space picks the option under the cursor, "None of these" comes last; picking nothing is "not sure".
            (QuestionType.Choices, ChoicesAnswer s) => string.Concat(q.Options.Select(o => (s.Options.Contains(o.Id) ? " " : "") + down)) +
                                                       (s.Options.Count == 0 ? " " : "") + "\n",
            _ => "\n",
        };
    }

    private static AnswerValue? RunnerAnswer(Question q) =>
        Runner.TryGetValue(q.Id, out var v) ? v : q.Type == QuestionType.Bool ? new BoolAnswer(false) : null;

    [Fact]
    public void Interview_CalfCrampAfterALongRun_ChecklistsAnsweredNone_FewPromptsAndTheResultShortestUsefulFirst()
    {
        var (keys, prompts) = Script(CalfCramp, RunnerAnswer);
        var screen = Run(CalfCramp + "\n" + keys);
        log.WriteLine($"prompts after the description: {prompts}");

        // Warning signs came as "any of these?" lists, answered once each; every prompt had its step line.
        Assert.Contains("Any of these?", screen);
        Assert.Equal(prompts, StepLines().Matches(screen).Count);
        Assert.True(prompts <= 25, $"{prompts} prompts");
        Assert.Contains("Muscle fatigue", screen);
        // The result: level, the first step, get help if this changes, at most three causes, relief, prevention, sources.
        var result = screen[screen.IndexOf("Level: self_care", StringComparison.Ordinal)..];
        log.WriteLine($"result: {result.Split('\n').Length} lines, {result.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Length} words");
        string[] order = ["Level: self_care", "First, do this", "Get help if this changes", "Likely causes", "More relief", "Prevention", "Sources", "Not a diagnosis"];
        var at = order.Select(h => result.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.All(at, i => Assert.True(i >= 0, string.Join(" | ", order.Zip(at))));
        Assert.Equal(at.Order(), at);
        Assert.InRange(CauseLines().Matches(result).Count, 1, 3);
        Assert.Contains("stretch the muscle gently", result[..at[2]]);
        // Nowhere, in the interview or the result, an internal question id or a seed file name.
        Assert.DoesNotMatch(QuestionIds(), screen);
        Assert.DoesNotContain(".txt", screen);
    }

    [Fact]
    public void Interview_MyOwnHeadKnock_AsksMyAge()
    {
        const string mine = "I knocked my head in a fall yesterday and my calf keeps cramping";
        var (keys, _) = Script(mine, RunnerAnswer);
        var screen = Flat(Run(mine + "\n" + keys));

        Assert.Contains("How old are you? (years, 0-120, Enter to skip) 35", screen);
        Assert.Contains("Do you have chest pain or pressure?", screen);
        Assert.DoesNotContain("How old are they?", screen);
        Assert.DoesNotContain("reads as about", screen);
    }

    // The carer's own age (or chest pain) must not stand in for the person's: at 78 a head knock is an emergency.
    [Fact]
    public void Interview_DadsHeadKnockAndHesSeventyEight_AsksHowOldHeIsAndStopsForHim()
    {
        const string dads = "my dad knocked his head in a fall yesterday and his calf keeps cramping";
        var (keys, prompts) = Script(dads, q => q.Id == "person.age" ? new NumberAnswer(78) : RunnerAnswer(q));
        var flat = Flat(Run(dads + "\n" + keys));
        log.WriteLine($"prompts after the description: {prompts}");

        Assert.Contains("This reads as about \"my dad\", not you", flat);
        Assert.Contains("Do they have chest pain or pressure?", flat);
        Assert.Contains("How old are they? (years, 0-120, Enter to skip) 78", flat);
        var stop = flat.IndexOf("STOP: THIS IS AN EMERGENCY FOR MY DAD", StringComparison.Ordinal);
        Assert.True(stop > 0, flat);
        // Not one question in the words for the person themselves, from the first checklist to the last.
        Assert.All(Kb.Questions, q => Assert.DoesNotContain(q.Text, flat[..stop]));
        Assert.DoesNotContain("How old are you?", flat);
    }

    [Fact]
    public void Interview_DadsCalfCrampAfterALongWalk_AsksAboutHimUnderHeadingsAboutHim()
    {
        const string dads = "my dad got a bad cramp in his left calf after a long walk this morning";
        var (keys, _) = Script(dads, RunnerAnswer);
        var flat = Flat(Run(dads + "\n" + keys));

        Assert.Contains("Level: self_care, about my dad", flat);
        var interview = flat[..flat.IndexOf("Level:", StringComparison.Ordinal)];
        Assert.Contains("Their most recent session and their usual week.", interview);
        Assert.Contains("How many rest days do they take in a usual week?", interview);
        Assert.All(Kb.Questions, q => Assert.DoesNotContain(q.Text, interview));
        Assert.DoesNotContain("Your most recent session", interview);
    }

    [Fact]
    public void Interview_SomeoneElsesEmergencyBesideOwnCramp_IsSaidBeforeTheFirstQuestion()
    {
        // Enter to every prompt after the description: not sure of anything.
        var screen = Run("my calves cramp and my mum collapsed at the end of the walk\n" + new string('\n', 300));

        var alert = screen.IndexOf("You described someone else", StringComparison.Ordinal);
        Assert.True(alert >= 0, screen);
        Assert.Contains("EMERGENCY", screen[alert..], StringComparison.Ordinal);
        Assert.True(alert < screen.IndexOf('?', alert), screen);
    }

    [Fact]
    public void Interview_DescriptionAllAboutSomeoneElse_SaysWhoseAnswersTheyAre()
    {
        var screen = Run("my son is 10 and his calf cramps at night after football\n" + new string('\n', 300));

        Assert.Contains("This reads as about \"my son\", not you", screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Interview_HusbandsChestPainInTheDescription_StopsForHimAndTellsTheHelperWhatToDo()
    {
        // As one line: the terminal wraps long steps wherever its width falls.
        var screen = Regex.Replace(Run("my husband is 58, he was mowing the lawn and now has crushing chest pain\n"), @"\s+", " ");

        Assert.Contains("STOP: THIS IS AN EMERGENCY FOR MY HUSBAND", screen);
        Assert.Contains("While you wait with them", screen);
        Assert.Contains("Help them sit down", screen);
        Assert.Contains("they can chew one 300 mg aspirin", screen);
        Assert.DoesNotContain("Sit down and keep still", screen);
        Assert.Empty(StepLines().Matches(screen));
    }

    [Fact]
    public void Interview_ChestPainInTheDescription_StopsAtOnceWithTheEmergencyAndNothingElse()
    {
        var screen = Run("I have chest pain and my calf cramped\n");

        Assert.Contains("STOP: THIS IS AN EMERGENCY", screen);
        Assert.Contains("Call 112", screen);
        Assert.Contains("While you wait", screen);
        Assert.Empty(StepLines().Matches(screen));
        Assert.DoesNotContain("Any of these?", screen);
        Assert.DoesNotContain("Likely causes", screen);
        Assert.DoesNotContain("relief", screen, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Prevention", screen);
    }

    [Fact]
    public void Interview_CollapseAnsweredYesInTheFirstChecklist_StopsAtOnceWithTheCallAndWhatToDoWhileWaiting()
    {
        // Not sure of anything, except that they collapsed: "yes, one or more", then each item until that one.
        var (keys, prompts) = Script("", q => q.Id == "symptom.collapse_or_seizure" ? new BoolAnswer(true) : null);
        // No description, then Enter at "Who is this about?": the person's own.
        var screen = Run("\n\n" + keys);

        Assert.Contains("STOP: THIS IS AN EMERGENCY", screen);
        Assert.Contains("Call 112", screen);
        Assert.Contains("While you wait", screen);
        Assert.DoesNotContain("Likely causes", screen);
        Assert.DoesNotContain("relief", screen, StringComparison.OrdinalIgnoreCase);
        // It stopped at the answer that made it an emergency: one checklist, then its items up to the collapse.
        Assert.Single(StepLines().Matches(screen));
        Assert.True(prompts <= 8, $"collapse took {prompts} prompts");
        var stop = screen.IndexOf("STOP", StringComparison.Ordinal);
        Assert.Contains("Have you fainted, collapsed or had a fit? (y/n, Enter to skip)", screen[..stop]);
        Assert.DoesNotContain("Enter to skip", screen[stop..]);
    }

    // With no description to name them, a carer says whom it is about, and is never asked about themselves.
    [Fact]
    public void Interview_NoDescriptionForMyDaughter_AsksAboutHerAndStopsForHer()
    {
        var (keys, _) = Script("", q => q.Id == "symptom.collapse_or_seizure" ? new BoolAnswer(true) : null);
        var flat = Flat(Run("\nmy daughter\n" + keys));

        Assert.Contains("Who is this about?", flat);
        Assert.Contains("Have they fainted, collapsed or had a fit?", flat);
        var stop = flat.IndexOf("STOP: THIS IS AN EMERGENCY FOR MY DAUGHTER", StringComparison.Ordinal);
        Assert.True(stop > 0, flat);
        Assert.All(Kb.Questions, q => Assert.DoesNotContain(q.Text, flat[..stop]));
    }

    [Fact]
    public void Interview_ChecklistNotSure_AsksEachItemAndNeverReassures()
    {
        var screen = Run("\n\n" + string.Concat(Enumerable.Repeat("\n", 300)));

        // "Not sure" of the first list asked its first question on its own, so unknown was not taken as no.
        var list = screen.IndexOf("Any of these?", StringComparison.Ordinal);
        Assert.True(list >= 0);
        Assert.Contains("Do you have chest pain or pressure? (y/n, Enter to skip)", screen[list..]);
        var result = screen[screen.IndexOf("Level:", StringComparison.Ordinal)..];
        Assert.DoesNotContain("harmless kind", result);
        Assert.Contains("Not answered yet", result);
        Assert.True(result.IndexOf("Not answered yet", StringComparison.Ordinal) < result.IndexOf("Likely causes", StringComparison.Ordinal));
    }

    [Fact]
    public void AssessText_AtATerminal_AsksWhatTheWordsLeftUncertainFirstThenTheOpenWarningSigns()
    {
        const string text = "calf cramps after a run, maybe slightly numb?";
        var (keys, prompts) = Script(text, RunnerAnswer);
        var screen = Run(keys, $"assess --text \"{text}\"");
        log.WriteLine($"assess --text: {prompts} prompts");

        var confirm = screen.IndexOf("First, 1 thing you mentioned that I am not sure I read right.", StringComparison.Ordinal);
        Assert.True(confirm >= 0, screen);
        var numb = screen.IndexOf(Kb.Question("symptom.numbness").Text, confirm, StringComparison.Ordinal);
        var list = screen.IndexOf("Any of these?", confirm, StringComparison.Ordinal);
        Assert.True(numb > confirm && list > numb, "the numbness question comes first, then the open warning signs");
        Assert.Equal(prompts - 1, StepLines().Matches(screen).Count);
        Assert.Contains("Level: self_care", screen);
        Assert.DoesNotMatch(QuestionIds(), screen);
    }

    [Fact]
    public void AssessText_NoInputAtATerminal_AsksNothingAndListsTheOpenWarningSignsByName()
    {
        var screen = Run("", $"assess --no-input --text \"{CalfCramp}\"");

        Assert.DoesNotContain("Any of these?", screen);
        Assert.Empty(StepLines().Matches(screen));
        Assert.Contains("did not settle", screen);
        Assert.Matches(@"Not answered yet: \d+ warning signs", screen);
        Assert.DoesNotMatch(QuestionIds(), screen);
    }

    [Fact]
    public void AssessText_SicknessWithArmPainOpen_LeadsWithTheQuestionThatCouldMakeItAnEmergency()
    {
        var screen = Run("", "assess --no-input --text \"calf cramp after my run and now i feel sick\"");

        var headline = screen.IndexOf("ONE ANSWER COULD MAKE THIS AN EMERGENCY", StringComparison.Ordinal);
        Assert.True(headline >= 0, "no suspicion headline");
        Assert.Contains("feeling sick: yes", screen);
        Assert.Contains(Kb.Question("symptom.arm_jaw_neck_pain").Text[..40], Flat(screen));
        Assert.DoesNotContain("First, do this", screen);
        Assert.DoesNotContain("No warning sign", screen);
    }

    [GeneratedRegex(@"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")]
    private static partial Regex AnsiCodes();

    /// <summary>The screen as one line: wrapping and panel borders taken out, so a long sentence can be found whole.</summary>
    private static string Flat(string screen) => Regex.Replace(screen, @"[│\s]+", " ");

    [GeneratedRegex(@"^Step \d+:", RegexOptions.Multiline)]
    private static partial Regex StepLines();

    [GeneratedRegex(@"^  \d+\. ", RegexOptions.Multiline)]
    private static partial Regex CauseLines();

    [GeneratedRegex(@"\b(symptom|episode|exercise|hydration|caffeine|history|medication|person|sleep|stress|nutrition|lifestyle)\.[a-z_]+")]
    private static partial Regex QuestionIds();
}
