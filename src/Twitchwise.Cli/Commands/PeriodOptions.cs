using System.CommandLine;
using Twitchwise.Domain.Journal;

namespace Twitchwise.Cli.Commands;

/// <summary><c>--from</c> and <c>--to</c> of the commands that analyse a period (insights, report): by default the last 90 days.</summary>
internal sealed class PeriodOptions
{
    public Option<string?> From { get; } = new("--from") { Description = $"First day of the period ({JournalDb.DayHelp}); default 89 days before --to" };

    public Option<string?> To { get; } = new("--to") { Description = $"Last day of the period ({JournalDb.DayHelp}); default today" };

    /// <summary>The days typed, or an error in words: a day that is not one, or a period that ends before it starts.</summary>
    public (DateOnly? From, DateOnly? To, string? Error) Read(ParseResult parse, TimeProvider clock)
    {
        DateOnly? from = null, to = null;
        if (parse.GetValue(From) is { } f && (from = TypedTime.ParseDay(f, clock)) is null)
        {
            return (null, null, $"--from '{f}' is not a day: use {JournalDb.DayHelp}.");
        }

        if (parse.GetValue(To) is { } t && (to = TypedTime.ParseDay(t, clock)) is null)
        {
            return (null, null, $"--to '{t}' is not a day: use {JournalDb.DayHelp}.");
        }

        var today = clock.Today();
        var last = to ?? today;
        var first = from ?? last.AddDays(1 - Insights.DefaultPeriodDays);
        return first > last
            ? (null, null, $"The period starts on {JournalCodec.FormatDate(first)}, after it ends on {JournalCodec.FormatDate(last)}: --from must not be after --to.")
            : (first, last, null);
    }
}
