using System.Text.Json;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;
using Twitchwise.Storage;

namespace Twitchwise.Cli.Tests.Journal;

/// <summary>The journal commands as a person uses them: in-process, each test with its own SQLite files.</summary>
public sealed class JournalCliTests : IDisposable
{
    // Sunday 8 March 2026, 21:00 at +01:00: "today" for every command here.
    private static readonly DateOnly Today = new(2026, 3, 8);
    private readonly string folder = Directory.CreateTempSubdirectory("twitchwise-cli-").FullName;
    private readonly Dictionary<string, string> environment = [];

    private string Db => Path.Combine(folder, "journal.db");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Log_AWeekByHand_ThenExportAndImportIntoAFreshDatabase_GivesTheSameJournal()
    {
        for (var d = 1; d <= 7; d++)
        {
            var day = $"2026-03-0{d}";
            Ok("log", "sleep", d % 3 == 0 ? "6" : "7.5", "--night-of", $"{new DateOnly(2026, 3, d).AddDays(-1):yyyy-MM-dd}");
            Ok("log", "caffeine", "95", "--at", $"{day} 08:00");
            Ok("log", "fluid", "0.75", "--at", $"{day} 12:00");
            Ok("log", "fluid", "0.5", "--electrolytes", "--at", $"{day} 18:00");
            Ok("log", "stress", $"{d}", "--day", day);
            if (d % 2 == 1)
            {
                Ok("log", "workout", "run", $"{30 + d * 5}", "--rpe", "7", "--distance", "8.2", "--hot", "false", "--at", $"{day} 07:00");
            }

            if (d % 3 == 0)
            {
                Ok("log", "episode", "spasm", "calf", "foot", "--seconds", "40", "--pain", "5", "--notes", "after the hill", "--at", $"{day}T21:15:00+01:00");
            }
        }

        Ok("log", "medication", "salbutamol", "--class", "asthma_bronchodilator", "--started", "2026-02-20");
        // 7 days x (sleep, caffeine, two drinks, stress) + 4 workouts + 2 episodes + 1 medicine = 42.
        var exported = Path.Combine(folder, "week.jsonl");
        Assert.Contains("Exported 42 entries", Ok("export", "--out", exported), StringComparison.Ordinal);

        var fresh = Path.Combine(folder, "fresh.db");
        Assert.Contains("Imported 42 entries", Run(0, ["import", exported, "--db", fresh]).Out, StringComparison.Ordinal);
        var again = Run(0, ["export", "--db", fresh]).Out;

        Assert.Equal(File.ReadAllText(exported), again);
        Assert.Contains("""{"type":"episode","at":"2026-03-03T21:15:00+01:00","kind":"spasm","locations":["calf","foot"],"seconds":40,"pain":5,"notes":"after the hill"}""",
            again, StringComparison.Ordinal);
        using var insights = JsonDocument.Parse(Run(0, ["insights", "--format", "json", "--db", fresh]).Out);
        Assert.Equal(7, insights.RootElement.GetProperty("days").GetInt32());
        Assert.Equal(2, insights.RootElement.GetProperty("episode_days").GetInt32());
    }

    [Fact]
    public void Log_WithoutTime_UsesNowWithTheLocalOffset()
    {
        Assert.StartsWith("Logged workout #1: 2026-03-08 21:00, run, 45 min, rpe 7.", Ok("log", "workout", "run", "45", "--rpe", "7"), StringComparison.Ordinal);

        Assert.Contains("\"start\":\"2026-03-08T21:00:00+01:00\"", Ok("export"), StringComparison.Ordinal);
    }

    [Fact]
    public void Log_SleepWithoutNight_IsLastNight()
    {
        Ok("log", "sleep", "6.5");

        Assert.Contains("\"night_of\":\"2026-03-07\"", Ok("export"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "log", "workout", "jogging", "30" }, "sport: \"jogging\" is not an option; expected one of: walk, run")]
    [InlineData(new[] { "log", "workout", "run", "30", "--rpe", "12" }, "rpe: 12 is out of range")]
    [InlineData(new[] { "log", "episode", "twitch", "knee" }, "locations: \"knee\" is not an option")]
    [InlineData(new[] { "log", "fluid", "0.5", "--at", "noonish" }, "--at \"noonish\" is not a time")]
    [InlineData(new[] { "log", "medication", "x", "--class", "vitamin" }, "class: \"vitamin\" is not an option")]
    public void Log_BadValue_IsRefusedSayingWhatIsWrongAndStoresNothing(string[] args, string message)
    {
        var (_, error) = Run(CliApp.InvalidInput, [.. args, "--db", Db]);

        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(File.Exists(Db), "a refused entry must not even create the journal");
    }

    [Fact]
    public void Log_FirstEntryOfANewJournal_SaysWhereTheJournalIs_AndLaterOnesDoNot()
    {
        var first = Ok("log", "caffeine", "95");
        var second = Ok("log", "fluid", "0.5");

        Assert.Contains($"This is the first entry of your journal at {Db}.", first, StringComparison.Ordinal);
        Assert.DoesNotContain("first entry", second, StringComparison.Ordinal);
    }

    [Fact]
    public void Log_IntoAnImportedJournal_IsNotCalledItsFirstEntry()
    {
        var file = Write("one.jsonl", """{"type":"caffeine","at":"2026-03-01T09:00:00+01:00","mg":95}""");
        Run(0, ["import", file, "--db", Db]);

        Assert.DoesNotContain("first entry", Ok("log", "caffeine", "95"), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_FileWithBadLines_IsRefusedNamingLineAndFieldAndLeavesTheJournalUnchanged()
    {
        Ok("log", "caffeine", "95");
        var before = Ok("export");
        var file = Write("bad.jsonl", """
            {"type":"caffeine","at":"2026-03-01T09:00:00+01:00","mg":95}
            {"type":"workout","start":"2026-03-01T07:00:00+01:00","sport":"run","minutes":45,"pace":"fast"}
            {"type":"sleep","night_of":"2026-02-28","hours":25}
            """);

        var (_, error) = Run(CliApp.InvalidInput, ["import", file, "--db", Db]);

        Assert.Contains("Nothing imported", error, StringComparison.Ordinal);
        Assert.Contains("line 2, pace: unknown field", error, StringComparison.Ordinal);
        Assert.Contains("line 3, hours: 25 is out of range", error, StringComparison.Ordinal);
        Assert.Equal(before, Ok("export"));
    }

    [Theory]
    [InlineData("notes.txt", "I twitched a lot today", "not a journal export (JSON Lines, CSV) or an activity file (FIT, GPX, TCX)")]
    [InlineData("empty.jsonl", "", "the file is empty")]
    public void Import_FileThatIsNoJournal_IsRefusedSayingWhatItReads(string name, string content, string reason)
    {
        var (_, error) = Run(CliApp.InvalidInput, ["import", Write(name, content), "--db", Db]);

        Assert.Contains("Nothing imported", error, StringComparison.Ordinal);
        Assert.Contains($"{name}: {reason}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SameFileTwice_SkipsWhatIsAlreadyThere()
    {
        var file = Write("j.jsonl", string.Join('\n', SyntheticJournal.Generate(seed: 1, days: 10).Select(JournalCodec.WriteLine)));
        var first = Ok("import", file);

        var second = Ok("import", file);

        Assert.Contains("Imported 0 entries", second, StringComparison.Ordinal);
        Assert.Contains($"Skipped {File.ReadAllLines(file).Length} duplicates, already in the journal", second, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllLines(file).Length, Ok("export").Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("Imported", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Journal_FromTo_ListsOnlyThoseDaysAndDeleteRemovesOneById()
    {
        Ok("log", "stress", "3", "--day", "2026-03-01");
        Ok("log", "stress", "4", "--day", "2026-03-02");
        Ok("log", "stress", "5", "--day", "2026-03-03");

        var listed = Ok("journal", "--from", "2026-03-02", "--to", "2026-03-02");
        Assert.Contains("#2  2026-03-02", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-03-01", listed, StringComparison.Ordinal);

        Assert.Contains("Deleted stress #2 of 2026-03-02.", Ok("journal", "delete", "2"), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Ok("journal", "--format", "json"));
        Assert.Equal([1L, 3L], json.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
        Assert.Contains("No journal entry has the id 2", Run(CliApp.Failed, ["journal", "delete", "2", "--db", Db]).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Insights_PlantedShortSleep_IsNamedInPlainLanguageAndLoadIsStoredPerDay()
    {
        Ok("import", Write("j.jsonl", string.Join('\n', SyntheticJournal.Generate(seed: 1, days: 150, planted: "short_sleep").Select(JournalCodec.WriteLine))));

        var text = Ok("insights", "--from", "2025-01-01", "--to", "2025-05-30");

        Assert.Contains("On days after under 7 hours of sleep you had episodes", text, StringComparison.Ordinal);
        Assert.Matches(@"Short sleep +150 +\d+ \(\d+%\) +\d+ \(\d+%\) +\d\.\d +\d\.\d-\d+\.\d +linked", text);
        using var db = JournalDatabase.Open(JournalDatabaseOptions.Sqlite(Db));
        Assert.Equal(150, db.TrainingLoad.Count());
    }

    [Fact]
    public void Insights_Json_HasTheShapeOfTheJournalContract()
    {
        Ok("import", Write("j.jsonl", string.Join('\n', SyntheticJournal.Generate(seed: 2, days: 60).Select(JournalCodec.WriteLine))));

        using var json = JsonDocument.Parse(Ok("insights", "--format", "json", "--from", "2024-01-01", "--to", "2025-12-31"));

        var root = json.RootElement;
        Assert.Equal(60, root.GetProperty("days").GetInt32());
        Assert.Equal((60, "2024-01-01", "2025-01-01"), (root.GetProperty("logged_days").GetInt32(), root.GetProperty("period_from").GetString(),
            root.GetProperty("from").GetString()));
        Assert.All(root.GetProperty("factors").EnumerateArray(), f => Assert.True(f.GetProperty("usable_days").GetInt32() <= 60));
        var factors = root.GetProperty("factors").EnumerateArray().ToList();
        Assert.Equal(["short_sleep", "high_caffeine", "hard_session", "low_fluids", "sweat_no_electrolytes", "high_stress", "training_spike", "new_medication"],
            factors.Select(f => f.GetProperty("id").GetString()));
        foreach (var field in new[] { "name", "usable_days", "days_with", "days_without", "episode_rate_with", "episode_rate_without", "rate_ratio", "ci_low", "ci_high", "significant" })
        {
            Assert.All(factors, f => Assert.True(f.TryGetProperty(field, out _), $"factor lacks {field}"));
        }

        Assert.Equal(JsonValueKind.Object, root.GetProperty("training_load").GetProperty("latest").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("flags").ValueKind);
        Assert.Contains("Impellizzeri", root.GetProperty("training_load").GetProperty("ratio_caveat").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "2026-02-30", "--from '2026-02-30' is not a day")]
    [InlineData("--to", "soon", "--to 'soon' is not a day")]
    [InlineData("--from", "2026-04-01", "--from must not be after --to")]
    public void Insights_BadPeriod_SaysWhyWithoutAStackTrace(string option, string value, string message)
    {
        var result = Run(CliApp.InvalidInput, ["insights", option, value, "--db", Db]);

        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Insights_TwoWeeksOfTwitchingOnRestDays_GivesBothDoctorFlags()
    {
        for (var d = 0; d < 15; d += 2)
        {
            Ok("log", "episode", "twitch", "eyelid", "--at", $"{Today.AddDays(-d):yyyy-MM-dd} 10:00");
        }

        using var json = JsonDocument.Parse(Ok("insights", "--format", "json"));
        var flags = json.RootElement.GetProperty("flags").EnumerateArray().ToList();

        Assert.Equal(["persistent_two_weeks", "outside_exercise"], flags.Select(f => f.GetProperty("id").GetString()));
        Assert.All(flags, f => Assert.Equal("doctor", f.GetProperty("level").GetString()));
        Assert.Contains("See a doctor", Ok("insights"), StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_Save_StoresTheAnswersAndResultAsAnAssessmentEntry()
    {
        var answers = Write("answers.json", """{"answers": {"episode.kind": "spasm", "episode.locations": ["calf"], "symptom.weakness": false}}""");

        var (_, error) = Run(0, ["assess", "--answers", answers, "--format", "json", "--save", "--db", Db]);

        Assert.Contains("Saved to the journal as assessment #1.", error, StringComparison.Ordinal);
        var line = Assert.Single(Ok("export").Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("""{"type":"assessment","at":"2026-03-08T21:00:00+01:00","answers":{"symptom.weakness":false,"episode.kind":"spasm","episode.locations":["calf"]},"level":""",
            line, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessText_Save_AboutSomeoneElse_KeepsTheirAnswersOutOfMyJournal()
    {
        var (_, error) = Run(0, ["assess", "--text", "my husband is 58 and has cramps in his calves after his walk", "--no-input", "--save", "--db", Db]);

        Assert.Contains("Not saved to the journal: this reads as about \"my husband\"", error, StringComparison.Ordinal);
        Assert.Equal("", Ok("export").Trim());
    }

    [Fact]
    public void AssessText_Save_MyOwnStory_IsSaved()
    {
        var (output, _) = Run(0, ["assess", "--text", "I'm 58 and my calves cramp after my walk", "--no-input", "--save", "--db", Db]);

        Assert.Contains("Saved to the journal as assessment #1.", output, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"assessment\"", Ok("export"), StringComparison.Ordinal);
    }

    [Fact]
    public void Journal_NoDbOption_UsesTheTwitchwiseDbVariable()
    {
        environment["TWITCHWISE_DB"] = Path.Combine(folder, "from-env.db");

        Run(0, ["log", "caffeine", "80"]);

        Assert.True(File.Exists(environment["TWITCHWISE_DB"]));
    }

    [Fact]
    public void Journal_PostgresWithoutConnectionString_SaysWhatToSet()
    {
        environment["Database__Provider"] = "postgres";

        var (_, error) = Run(CliApp.Failed, ["journal"]);

        Assert.Contains("ConnectionStrings__Journal", error, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Runs a command against this test's journal and expects exit 0; returns stdout.</summary>
    private string Ok(params string[] args) => Run(0, [.. args, "--db", Db]).Out;

    private (string Out, string Error) Run(int expectedExit, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(TextReader.Null, output, error, InputIsTerminal: false, ColorEnabled: false,
            name => environment.GetValueOrDefault(name), FixedClock.OnDay(Today), new Lazy<KnowledgeBase>(() => KnowledgeBase.Default));

        var exit = CliApp.Run(args, context);

        Assert.True(exit == expectedExit, $"'{string.Join(' ', args)}' exited {exit}, expected {expectedExit}. stderr: {error}");
        return (output.ToString(), error.ToString());
    }
}
