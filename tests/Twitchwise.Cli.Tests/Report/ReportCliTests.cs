using System.Text;
using System.Text.RegularExpressions;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;
using Twitchwise.TestSupport;
using Twitchwise.Storage;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace Twitchwise.Cli.Tests.Report;

/// <summary>
/// <c>twitchwise report</c>: the one-page PDF read back with a PDF text extractor (PdfPig), against a golden text, and the
/// HTML and error paths. The journal: 45 days with short sleep planted, a 2017 watch run, a medicine and a saved assessment.
/// </summary>
public sealed partial class ReportCliTests(ITestOutputHelper log) : IDisposable
{
    private static readonly string Golden = TestPaths.Repo("tests", "Twitchwise.Cli.Tests", "Report", "report.golden.txt");
    private readonly string folder = Directory.CreateTempSubdirectory("twitchwise-report-").FullName;

    private string Db => Path.Combine(folder, "journal.db");

    private static DateOnly LastDay => SyntheticJournal.LastDay(45);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Report_Pdf_IsOnePageThatReadsBackWithPeriodEpisodesFlagsAndTriggers()
    {
        var entries = FillJournal();
        var path = Path.Combine(folder, "report.pdf");

        var output = Run(0, "report", "--from", "2024-12-01", "--to", "2025-02-14", "--out", path, "--name", "Alex Example").Out;

        using var pdf = PdfDocument.Open(path);
        Assert.Equal(1, pdf.NumberOfPages);
        var text = Words(pdf);
        var episodes = entries.OfType<EpisodeEntry>().Count();
        Assert.Contains("Wrote the report for 1 Dec 2024 to 14 Feb 2025", output, StringComparison.Ordinal);
        Assert.Contains("Alex Example. Period: 1 Dec 2024 to 14 Feb 2025. Prepared 14 Feb 2025.", text, StringComparison.Ordinal);
        Assert.Contains($"{episodes} episodes on ", text, StringComparison.Ordinal);
        Assert.Contains("Reasons in the journal to see a doctor", text, StringComparison.Ordinal);
        Assert.Contains("On days after under 7 hours of sleep you had episodes", text, StringComparison.Ordinal);
        Assert.Contains("salbutamol (asthma inhaler (bronchodilator)): started 20 Jan 2025, still taken.", text, StringComparison.Ordinal);
        Assert.Contains("Do you have chest pain or pressure?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("short_sleep", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2017", text, StringComparison.Ordinal);
        Assert.InRange(new FileInfo(path).Length, 10_000, 400_000);
        log.WriteLine($"report.pdf: {pdf.NumberOfPages} page, {new FileInfo(path).Length} bytes");
        // Both faces embedded as TrueType font files, so no reader needs a font of its own.
        Assert.Equal(["DejaVu Sans", "DejaVu Sans,Bold"], pdf.GetPage(1).Letters.Select(l => (l.FontName ?? "").Split('+')[^1]).Distinct().Order());
        Assert.Equal(2, Regex.Matches(Encoding.Latin1.GetString(File.ReadAllBytes(path)), "/FontFile2").Count);
        // To accept a deliberate change: TWITCHWISE_UPDATE_GOLDEN=1 dotnet test --filter ReportCli, then review the diff.
        if (Environment.GetEnvironmentVariable("TWITCHWISE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Golden, text + "\n");
        }

        Assert.Equal(File.ReadAllText(Golden).Trim(), text);
    }

    [Fact]
    public void Report_Html_HasEverySectionAndSaysWhenOneIsEmpty()
    {
        using (var journal = JournalDatabase.Open(JournalDatabaseOptions.Sqlite(Db)))
        {
            journal.AddAll([new SleepEntry(LastDay.AddDays(-2), 8)]);
        }

        var path = Path.Combine(folder, "report.html");
        Run(0, "report", "--out", path);

        var html = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("No episodes logged from 17 Nov 2024 to 14 Feb 2025", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"empty\">No medicines logged.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"empty\">No assessment saved", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report.txt", "--out must name a .pdf or .html file")]
    [InlineData("no-such-folder/report.pdf", "Cannot write the report to")]
    public void Report_BadOut_SaysWhyWithoutAStackTrace(string name, string message)
    {
        var error = Run(name.EndsWith(".txt", StringComparison.Ordinal) ? CliApp.InvalidInput : CliApp.Failed, "report", "--out", Path.Combine(folder, name)).Error;

        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_FromAfterTo_IsRefused()
    {
        var error = Run(CliApp.InvalidInput, "report", "--from", "2025-02-01", "--to", "2025-01-01", "--out", Path.Combine(folder, "r.pdf")).Error;

        Assert.Contains("--from must not be after --to", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "r.pdf")));
    }

    /// <summary>The report's words in reading order, one space apart: layout-independent enough for a golden text.</summary>
    private static string Words(PdfDocument pdf) =>
        string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));

    /// <summary>The test journal, stored in this test's database.</summary>
    private List<JournalEntry> FillJournal()
    {
        var validation = new AnswerValidator(KnowledgeBase.Default).Validate(
        [
            new("episode.kind", AnswerValue.Of("twitch")),
            new("episode.locations", AnswerValue.Of(new[] { "calf" })),
            new("symptom.chest_pain", AnswerValue.Of(false)),
            new("symptom.weakness", AnswerValue.Of(false)),
            new("symptom.numbness", AnswerValue.Of(false)),
        ]);
        var answers = validation.Answers ?? throw new InvalidOperationException(string.Join("; ", validation.Problems));
        var result = new AssessmentEngine(KnowledgeBase.Default).Assess(answers);
        List<JournalEntry> entries =
        [
            .. SyntheticJournal.Generate(seed: 4, days: 45, planted: "short_sleep"),
            SyntheticJournal.OldImport,
            new MedicationEntry("salbutamol", "asthma_bronchodilator", new DateOnly(2025, 1, 20)),
            new AssessmentEntry(new DateTimeOffset(LastDay.AddDays(-3).ToDateTime(new TimeOnly(20, 0)), TimeSpan.FromHours(1)), answers.Known(),
                AssessmentJson.LevelId(result.Triage.Level), result.Causes.Select(c => c.Id).ToList()),
        ];
        using var journal = JournalDatabase.Open(JournalDatabaseOptions.Sqlite(Db));
        journal.AddAll(entries);
        return entries;
    }

    private (string Out, string Error) Run(int expectedExit, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(TextReader.Null, output, error, InputIsTerminal: false, ColorEnabled: false,
            _ => null, FixedClock.OnDay(LastDay), new Lazy<KnowledgeBase>(() => KnowledgeBase.Default));

        var exit = CliApp.Run([.. args, "--db", Db], context);

        Assert.True(exit == expectedExit, $"'{string.Join(' ', args)}' exited {exit}, expected {expectedExit}. stderr: {error}");
        return (output.ToString(), error.ToString());
    }
}
