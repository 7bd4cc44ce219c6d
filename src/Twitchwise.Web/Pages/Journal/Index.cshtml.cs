using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twitchwise.Domain.Journal;
using Twitchwise.Storage;
using Twitchwise.Web.Journal;

namespace Twitchwise.Web.Pages.Journal;

/// <summary>
/// The journal: a quick-add form per entry type, and the latest entries with delete. A good post redirects back here
/// (so reloading never adds twice); a bad one shows the page again with each problem beside its field, and stores nothing.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(JournalContext journal, JournalDatabaseOptions database, JournalCodec codec, JournalValidator validator, EntryForms forms,
    TimeProvider clock) : PageModel
{
    public const int Shown = 50;

    public IReadOnlyList<EntryForm> Forms => forms.All;

    public TimeProvider Clock => clock;

    public string Location => database.Location;

    public IReadOnlyList<JournalEntry> Recent { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>The form that was posted and refused, with its problems; its inputs show what was typed.</summary>
    public string? PostedType { get; private set; }

    public IReadOnlyList<JournalProblem> Problems { get; private set; } = [];

    public string? Notice { get; private set; }

    public void OnGet(long? added, long? deleted, long? missing)
    {
        Load();
        Notice = added is { } id && Recent.FirstOrDefault(e => e.Id == id) is { } entry
            ? $"Logged {JournalCodec.TypeOf(entry)} #{id}: {EntryText.When(entry)}, {EntryText.Describe(entry)}."
            : deleted is { } d ? $"Deleted entry #{d}."
            : missing is { } m ? $"No entry has the id {m}; it may have been deleted already."
            : null;
    }

    public IActionResult OnPostAdd(string? type)
    {
        if (forms.Find(type) is not { } form)
        {
            return BadRequest();
        }

        var posted = new PostedForm(Request.Form, clock);
        var entry = form.Build(posted);
        var problems = posted.Problems.Count > 0 ? posted.Problems : validator.Validate(entry);
        if (problems.Count > 0)
        {
            PostedType = form.Type;
            Problems = problems;
            Load();
            return Page();
        }

        var stored = StoredEntry.From(entry);
        journal.Entries.Add(stored);
        journal.SaveChanges();
        return RedirectToPage(null, null, new { added = stored.Id }, "entries");
    }

    public IActionResult OnPostDelete(long id)
    {
        var deleted = journal.Entries.Where(e => e.Id == id).ExecuteDelete();
        return deleted > 0 ? RedirectToPage(null, null, new { deleted = id }, "entries") : RedirectToPage(null, null, new { missing = id }, "entries");
    }

    /// <summary>What an input shows: what was typed when its form was refused, else its default (now, today, yesterday).</summary>
    public string? Value(EntryForm form, FormField field)
    {
        if (PostedType == form.Type)
        {
            return Request.Form[field.Name].ToString();
        }

        var now = clock.GetLocalNow();
        return field.Kind switch
        {
            FieldKind.Time => now.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            FieldKind.Day => field.DayOffset is { } offset ? JournalCodec.FormatDate(DateOnly.FromDateTime(now.DateTime).AddDays(offset)) : null,
            FieldKind.Choice => field.Default ?? field.Options?[0].Id,
            _ => field.Default,
        };
    }

    public bool IsChecked(EntryForm form, FormField field, string value) =>
        PostedType == form.Type && Request.Form[field.Name].Contains(value);

    /// <summary>The problems of a refused form's field, in the validator's words.</summary>
    public string? Error(EntryForm form, FormField field) =>
        PostedType == form.Type && Problems.Where(p => p.Field == field.Name).Select(p => p.Message).ToList() is { Count: > 0 } messages
            ? string.Join("; ", messages)
            : null;

    /// <summary>Problems about fields the form does not show (none today, but the validator may grow).</summary>
    public IEnumerable<JournalProblem> OtherProblems(EntryForm form) =>
        PostedType == form.Type ? Problems.Where(p => form.Fields.All(f => f.Name != p.Field)) : [];

    private void Load()
    {
        Total = journal.Entries.Count();
        Recent = journal.Entries.AsNoTracking().OrderByDescending(e => e.SortUtc).ThenByDescending(e => e.Id).Take(Shown)
            .AsEnumerable().Select(e => e.ToEntry(codec)).ToList();
    }
}
