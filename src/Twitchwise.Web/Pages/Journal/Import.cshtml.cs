using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Twitchwise.Domain.Knowledge;
using Twitchwise.Storage;

namespace Twitchwise.Web.Pages.Journal;

/// <summary>
/// Upload of activity files (FIT, GPX, TCX) from watches and apps and of journal exports (JSON Lines, CSV), through the
/// same <see cref="JournalImport"/> as <c>twitchwise import</c>: each file's format is told from its bytes (never its
/// name), each file goes in on its own transaction, duplicates are skipped, and a file that cannot be read is refused
/// with its reason (a journal export's with every bad line).
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
// The token is checked in OnPostAsync instead of by the automatic filter, which reads the form first and would answer
// an upload over the limit with a bare 400; this way the person is told what was wrong.
[IgnoreAntiforgeryToken]
[RequestSizeLimit(MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
public sealed class ImportModel(JournalContext journal, KnowledgeBase knowledge, TimeProvider clock, IAntiforgery antiforgery) : PageModel
{
    /// <summary>All files of one upload together. A long ride's FIT file is a few MB; this is room for a season of them.</summary>
    public const int MaxUploadBytes = 20 * 1024 * 1024;

    public ImportSummary? Summary { get; private set; }

    public void OnGet()
    {
    }

    /// <summary>Set when the upload could not be read at all (too large); nothing was imported.</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        IFormCollection form;
        try
        {
            form = await Request.ReadFormAsync(HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            Problem = $"Nothing was imported: the upload is over {MaxUploadBytes / (1024 * 1024)} MB. Choose fewer files at a time.";
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Page();
        }

        try
        {
            await antiforgery.ValidateRequestAsync(HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return BadRequest();
        }

        var uploads = form.Files.Where(f => f.Name == "files" && f.Length > 0)
            .Select(f => (Path.GetFileName(f.FileName), Read(f)))
            .ToList();
        Summary = JournalImport.Files(journal, knowledge, clock.LocalTimeZone, uploads);
        return Page();
    }

    /// <summary>Device workouts added: the note the CLI gives too, since they carry no rpe.</summary>
    public int Workouts => Summary?.DeviceWorkouts ?? 0;

    /// <summary>"3 workouts" when only device workouts were added, else "5 entries".</summary>
    public string AddedWords => Summary is { } summary && summary.Added > 0 && Workouts == summary.Added
        ? Count(summary.Added, "workout")
        : Count(Summary?.Added ?? 0, "entry", "entries");

    /// <summary>The bad lines of a refused journal export shown at most; the rest are counted.</summary>
    public const int ProblemsShown = 20;

    public static string Count(int n, string one, string? many = null) => $"{n} {(n == 1 ? one : many ?? one + "s")}";

    private static byte[] Read(IFormFile file)
    {
        using var stream = new MemoryStream((int)file.Length);
        file.CopyTo(stream);
        return stream.ToArray();
    }
}
