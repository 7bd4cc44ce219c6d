using System.Net;
using System.Text;
using Twitchwise.Domain.Journal;
using Twitchwise.Web.Tests.Pages;

namespace Twitchwise.Web.Tests.Journal;

/// <summary>/journal/import with real files from tests/testdata: the summary the CLI gives, file by file.</summary>
public sealed class ImportPageTests : IDisposable
{
    private readonly JournalApp app = new();
    private readonly FormSession session;

    public ImportPageTests() => session = new(app.CreateClient());

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Import_GoodTruncatedAndNonActivityFit_SummaryNamesImportedAndRefusedWithReasons()
    {
        await session.Get("/journal/import");

        var (status, html) = await session.Upload("/journal/import", "files",
            Fit("sample_mulitple_header.fit"), Fit("activity-unexpected-eof.fit"), Fit("Settings.fit"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Imported 3 workouts from 1 file of 3.", html);
        Assert.Contains("Refused 2 files (nothing from them was imported):", html);
        Assert.Matches("<strong>activity-unexpected-eof.fit</strong>: truncated", html);
        Assert.Matches("<strong>Settings.fit</strong>: not an activity", html);
        Assert.Contains("add no training load", html);
        using var journal = app.OpenJournal();
        Assert.Equal(3, journal.Entries.Count());
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondTimeSkipsDuplicates()
    {
        await session.Get("/journal/import");
        await session.Upload("/journal/import", "files", Fit("sample_mulitple_header.fit"));

        var (_, html) = await session.Upload("/journal/import", "files", Fit("sample_mulitple_header.fit"));

        Assert.Contains("Imported 0 entries from 0 files of 1.", html);
        Assert.Contains("Skipped 3 duplicates, already in the journal or earlier in this upload (1 file held nothing new).", html);
        using var journal = app.OpenJournal();
        Assert.Equal(3, journal.Entries.Count());
    }

    [Fact]
    public async Task Import_FitNamedAsText_IsReadByItsContent()
    {
        await session.Get("/journal/import");
        var (_, content) = Fit("sample_mulitple_header.fit");

        var (_, html) = await session.Upload("/journal/import", "files", ("notes.txt", content), ("track.gpx", "just text"u8.ToArray()));

        Assert.Contains("<strong>notes.txt</strong> (fit): 3 workouts added", html);
        Assert.Contains("<strong>track.gpx</strong>: not a journal export (JSON Lines, CSV) or an activity file (FIT, GPX, TCX)", html);
    }

    [Fact]
    public async Task Import_JournalExportsAsJsonLinesAndCsv_AddEntriesOnceAndTheSecondTimeNothing()
    {
        var coffee = new CaffeineEntry(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(1)), 95);
        var sleep = new SleepEntry(new DateOnly(2026, 2, 28), 6.5);
        var jsonl = Encoding.UTF8.GetBytes(JournalCodec.WriteLine(coffee) + "\n" + JournalCodec.WriteLine(sleep) + "\n");
        var csv = new StringWriter();
        JournalCsv.Write(csv, [new StressEntry(new DateOnly(2026, 3, 1), 6)]);
        await session.Get("/journal/import");

        var (_, first) = await session.Upload("/journal/import", "files", ("journal.jsonl", jsonl), ("stress.csv", Encoding.UTF8.GetBytes(csv.ToString())));
        var (_, second) = await session.Upload("/journal/import", "files", ("journal.jsonl", jsonl));

        Assert.Contains("Imported 3 entries from 2 files of 2.", first);
        Assert.Contains("<strong>journal.jsonl</strong> (jsonl): 2 entries added", first);
        Assert.Contains("<strong>stress.csv</strong> (csv): 1 entry added", first);
        Assert.DoesNotContain("Workouts from devices have no rpe", first);
        Assert.Contains("Skipped 2 duplicates", second);
        using var journal = app.OpenJournal();
        Assert.Equal(3, journal.Entries.Count());
    }

    [Fact]
    public async Task Import_JournalExportWithBadLines_IsRefusedWholeNamingEachLine()
    {
        var lines = "{\"type\":\"caffeine\",\"at\":\"2026-03-01T09:00:00+01:00\",\"mg\":95}\n"
            + "{\"type\":\"caffeine\",\"at\":\"2026-03-01T10:00:00+01:00\",\"mg\":-5}\n"
            + "{\"type\":\"sleep\",\"night_of\":\"2026-02-28\"}\n";
        await session.Get("/journal/import");

        var (_, html) = await session.Upload("/journal/import", "files", ("journal.jsonl", Encoding.UTF8.GetBytes(lines)));

        Assert.Contains("<strong>journal.jsonl</strong>: 2 problems, and a journal file is imported whole or not at all. Fix and import it again:", html);
        Assert.Matches("<li>line 2[^<]*mg[^<]*</li>", html);
        Assert.Matches("<li>line 3[^<]*hours[^<]*</li>", html);
        using var journal = app.OpenJournal();
        Assert.Equal(0, journal.Entries.Count());
    }

    [Fact]
    public async Task Import_UploadOverTheLimit_IsRefusedAndStoresNothing()
    {
        await session.Get("/journal/import");

        var (status, html) = await session.Upload("/journal/import", "files", ("huge.fit", new byte[21 * 1024 * 1024]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("Nothing was imported: the upload is over 20 MB.", html);
        using var journal = app.OpenJournal();
        Assert.Equal(0, journal.Entries.Count());
    }

    [Fact]
    public async Task Import_PostWithoutAntiforgeryToken_IsRefused()
    {
        using var client = app.CreateClient();
        using var content = new MultipartFormDataContent { { new ByteArrayContent(Fit("sample_mulitple_header.fit").Content), "files", "a.fit" } };

        var response = await client.PostAsync("/journal/import", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var journal = app.OpenJournal();
        Assert.Equal(0, journal.Entries.Count());
    }

    private static (string Name, byte[] Content) Fit(string name) => (name, File.ReadAllBytes(TestPaths.TestData("fit", name)));
}
