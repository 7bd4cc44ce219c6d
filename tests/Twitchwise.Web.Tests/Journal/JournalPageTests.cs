using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;
using Twitchwise.Web.Tests.Pages;

namespace Twitchwise.Web.Tests.Journal;

/// <summary>/journal as plain HTML forms over HTTP, on a real host and its own SQLite file: add, list, delete, refuse.</summary>
public sealed partial class JournalPageTests : IDisposable
{
    private readonly JournalApp app = new();
    private readonly FormSession session;

    public JournalPageTests() => session = new(app.CreateClient());

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Journal_AssessmentApiAlone_NeverCreatesTheJournal()
    {
        // The API and the interview work without a journal; the database is made when a journal page first needs it.
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/questions")).StatusCode);
        Assert.False(File.Exists(app.DatabasePath), "the journal was created by a request that does not use it");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/journal")).StatusCode);
        Assert.True(File.Exists(app.DatabasePath));
    }

    [Fact]
    public async Task Journal_EpisodeThroughForm_IsStoredAndListed()
    {
        await session.Get("/journal");

        var (status, html, _) = await session.Post("/journal?handler=Add&type=episode",
            ("at", "2026-03-01T18:30"), ("kind", "twitch"), ("locations", "calf"), ("locations", "foot"), ("seconds", "20"), ("pain", "2"), ("notes", ""));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Logged episode #1: 2026-03-01 18:30, twitch in calf and foot, 20 s, pain 2/10.", html);
        Assert.Contains("id=\"entry-1\"", html);
        using var journal = app.OpenJournal();
        var episode = Assert.IsType<EpisodeEntry>(Assert.Single(journal.Load(new JournalCodec(KnowledgeBase.Default))));
        Assert.Equal(("twitch", 20.0), (episode.Kind, episode.Seconds!.Value));
        Assert.Equal(["calf", "foot"], episode.Locations);
        Assert.Equal(new DateTime(2026, 3, 1, 18, 30, 0), episode.At.DateTime);
    }

    [Theory]
    [InlineData("workout", "run, 45 min, rpe 7, 8.2 km, hot", "sport=run", "minutes=45", "rpe=7", "distance_km=8.2", "hot=true")]
    [InlineData("fluid", "0.5 l, with electrolytes", "liters=0.5", "electrolytes=true")]
    [InlineData("caffeine", "95 mg", "mg=95")]
    [InlineData("sleep", "6.5 h of sleep", "night_of=2026-02-28", "hours=6.5")]
    [InlineData("stress", "stress 6/10", "day=2026-03-01", "level=6")]
    [InlineData("medication", "salbutamol (asthma_bronchodilator), since 2026-02-20", "name=salbutamol", "class=asthma_bronchodilator", "started=2026-02-20")]
    public async Task Journal_EachEntryTypeThroughItsForm_IsListedInWords(string type, string listed, params string[] fields)
    {
        await session.Get("/journal");

        var (_, html, _) = await session.Post($"/journal?handler=Add&type={type}", [.. fields.Select(f => (f.Split('=')[0], f.Split('=')[1]))]);

        Assert.Contains($"Logged {type} #1", html);
        Assert.Contains($"<span class=\"entry-what\">{listed}</span>", html);
    }

    [Fact]
    public async Task Journal_DeleteOneOfTwo_OnlyTheOtherIsListed()
    {
        await session.Get("/journal");
        await session.Post("/journal?handler=Add&type=caffeine", ("mg", "95"));
        await session.Post("/journal?handler=Add&type=caffeine", ("mg", "63"));

        var (_, html, _) = await session.Post("/journal?handler=Delete&id=1");

        Assert.Contains("Deleted entry #1.", html);
        Assert.DoesNotContain("id=\"entry-1\"", html);
        Assert.Contains("<span class=\"entry-what\">63 mg</span>", html);
        using var journal = app.OpenJournal();
        Assert.Equal([2L], journal.Entries.AsNoTracking().Select(e => e.Id).ToList());
    }

    [Fact]
    public async Task Journal_MoreEntriesThanAPage_PagesThroughThemNewestFirstAndDeleteStaysOnItsPage()
    {
        // 120 coffees, one a day: mg = day number, so the newest is 120 mg and the oldest 1 mg.
        var start = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);
        using (var journal = app.OpenJournal())
        {
            journal.AddAll([.. Enumerable.Range(1, 120).Select(day => new CaffeineEntry(start.AddDays(day - 1), day))]);
        }

        var first = await session.Get("/journal");
        var last = await session.Get("/journal?p=3");
        var beyond = await session.Get("/journal?p=99");

        Assert.Contains("Entries 1-50 of 120, newest first.", first);
        Assert.Equal(50, Regex.Count(first, "<li class=\"entry\""));
        Assert.Contains("<span class=\"entry-what\">120 mg</span>", first);
        Assert.Contains("href=\"?p=2#entries\" rel=\"next\"", first);
        Assert.DoesNotContain("rel=\"prev\"", first);
        Assert.Contains("Entries 101-120 of 120, newest first.", last);
        Assert.Equal(20, Regex.Count(last, "<li class=\"entry\""));
        Assert.Contains("<span class=\"entry-what\">1 mg</span>", last);
        Assert.DoesNotContain("<span class=\"entry-what\">21 mg</span>", last);
        Assert.Contains("href=\"?p=2#entries\" rel=\"prev\"", last);
        Assert.DoesNotContain("rel=\"next\"", last);
        Assert.Contains("Page 3 of 3", beyond);

        await session.Get("/journal?p=2");
        var (_, html, response) = await session.Post("/journal?handler=Delete&id=60&p=2");

        Assert.Equal("?deleted=60&p=2", response.RequestMessage!.RequestUri!.Query);
        Assert.Contains("Deleted entry #60.", html);
        Assert.Contains("Entries 51-100 of 119, newest first.", html);
    }

    [Theory]
    [InlineData("workout", "minutes", "0", "0 is out of range; expected more than 0 and at most 1440")]
    [InlineData("episode", "pain", "12", "12 is out of range; expected 0 to 10")]
    [InlineData("episode", "pain", "lots", "\"lots\" is not a number")]
    [InlineData("sleep", "hours", "", "is required")]
    public async Task Journal_BadValue_ShowsErrorBesideFieldAndStoresNothing(string type, string field, string value, string message)
    {
        await session.Get("/journal");
        var fields = new List<(string, string)> { ("sport", "run"), ("minutes", "30"), ("kind", "spasm"), ("locations", "calf"), ("hours", "7") };
        fields.RemoveAll(f => f.Item1 == field);
        fields.Add((field, value));

        var (status, html, _) = await session.Post($"/journal?handler=Add&type={type}", [.. fields]);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<p class=\"error\" id=\"{type}-{field}-error\">", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(message), html);
        Assert.Contains($"aria-describedby=\"{type}-{field}-error\" aria-invalid=\"true\"", html.Replace($"{type}-{field}-hint ", "", StringComparison.Ordinal));
        Assert.Single(FieldError().Matches(html));
        Assert.Contains("The journal is empty.", html);
        using var journal = app.OpenJournal();
        Assert.Equal(0, journal.Entries.Count());
    }

    [Fact]
    public async Task Journal_PostWithoutAntiforgeryToken_IsRefused()
    {
        using var client = app.CreateClient();

        var response = await client.PostAsync("/journal?handler=Add&type=caffeine", new FormUrlEncodedContent([KeyValuePair.Create("mg", "95")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var journal = app.OpenJournal();
        Assert.Equal(0, journal.Entries.Count());
    }

    [Fact]
    public async Task Journal_Page_SaysTheJournalIsPrivateAndWhereItIs()
    {
        var html = await session.Get("/journal");

        Assert.Contains("Private, on this computer only.", html);
        Assert.Contains(app.DatabasePath, html);
        Assert.Contains("There are no accounts", html);
    }

    [GeneratedRegex("<p class=\"error\" id=\"[a-z_-]+-error\">")]
    private static partial Regex FieldError();
}
