using System.Net;
using Twitchwise.Domain.Tests;
using Twitchwise.Web.Tests.Pages;

namespace Twitchwise.Web.Tests.Journal;

/// <summary>/journal/import with real files from ../shared/testdata: the summary the CLI gives, file by file.</summary>
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

        Assert.Contains("Imported 0 workouts from 0 files of 1.", html);
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
        Assert.Contains("<strong>track.gpx</strong>: not a FIT, GPX or TCX file", html);
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

    private static (string Name, byte[] Content) Fit(string name) => (name, File.ReadAllBytes(TestPaths.Shared("testdata", "fit", name)));
}
