using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twitchwise.Domain.Journal;
using Twitchwise.Storage;
using Twitchwise.Web.Journal;

namespace Twitchwise.Web.Pages.Journal;

/// <summary>
/// The journal: a quick-add form per entry type, and the entries, newest first, a page at a time, with delete. A good post redirects back here
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

    /// <summary>Which page of entries is shown: 1 is the newest <see cref="Shown"/>.</summary>
    public int PageNumber { get; private set; } = 1;

    public int PageCount => Math.Max(1, (Total + Shown - 1) / Shown);

    /// <summary>The place of the first entry shown, counting from the newest (1-based).</summary>
    public int FirstShown => ((PageNumber - 1) * Shown) + 1;

    /// <summary>The form that was posted and refused, with its problems; its inputs show what was typed.</summary>
    public string? PostedType { get; private set; }

    public IReadOnlyList<JournalProblem> Problems { get; private set; } = [];

    public string? Notice { get; private set; }

    public void OnGet(long? added, long? deleted, long? missing, int? p)
    {
        Load(p);
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
            Load(1);
            return Page();
        }

        var stored = StoredEntry.From(entry);
        journal.Entries.Add(stored);
        journal.SaveChanges();
        return RedirectToPage(null, null, new { added = stored.Id }, "entries");
    }

    /// <summary>Deletes an entry and goes back to the page it was listed on.</summary>
    /// <param name="id">The entry.</param>
    /// <param name="p">The page of entries it was listed on ("page" is Razor Pages' own route value).</param>
    public IActionResult OnPostDelete(long id, int? p)
    {
        var deleted = journal.Entries.Where(e => e.Id == id).ExecuteDelete();
        return deleted > 0
            ? RedirectToPage(null, null, new { deleted = id, p }, "entries")
            : RedirectToPage(null, null, new { missing = id, p }, "entries");
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

    /// <summary>Loads one page of entries; a page past either end shows the nearest one (a delete can empty the last).</summary>
    private void Load(int? page)
    {
        Total = journal.Entries.Count();
        PageNumber = Math.Clamp(page ?? 1, 1, PageCount);
        Recent = journal.Entries.AsNoTracking().OrderByDescending(e => e.SortUtc).ThenByDescending(e => e.Id)
            .Skip((PageNumber - 1) * Shown).Take(Shown)
            .AsEnumerable().Select(e => e.ToEntry(codec)).ToList();
    }
}
