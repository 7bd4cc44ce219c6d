using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;
using Twitchwise.Domain.Report;
using Twitchwise.Storage;
using Twitchwise.Web.Journal;

namespace Twitchwise.Web.Pages.Journal;

/// <summary>
/// The doctor report (<c>twitchwise report</c>) as a page that prints on one A4 or Letter page: the same HTML document the
/// CLI writes, with a period picker and an optional name that print hides. It only reads the journal.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ReportModel(JournalContext journal, JournalCodec codec, KnowledgeBase knowledge, TimeProvider clock) : PageModel
{
    public string Document { get; private set; } = "";

    public void OnGet(string? from, string? to, string? name)
    {
        var entries = journal.Load(codec);
        var (first, last, _) = JournalPeriod.Read(from, to, clock);
        var insights = new Insights(knowledge, clock).Analyze(entries, first, last);
        var report = DoctorReport.Build(entries, insights, knowledge, clock.Today(), name);
        Document = DoctorReportHtml.Write(report, "/journal/report");
        // The report's one stylesheet is inline (so the file the CLI writes stands alone); allow exactly it by its hash.
        Response.Headers.ContentSecurityPolicy = Response.Headers.ContentSecurityPolicy.ToString()
            .Replace("style-src 'self'", $"style-src 'self' {DoctorReportHtml.StyleHash}", StringComparison.Ordinal);
    }
}
