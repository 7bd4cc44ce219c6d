using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Journal;
using Twitchwise.Storage;

namespace Twitchwise.Cli.Commands;

/// <summary><c>assess --save</c>: keeps the answers and the outcome (level, causes) as an assessment entry in the journal.</summary>
internal sealed record JournalSave(string? DbPath)
{
    public int Store(CliContext context, AssessmentResult result, AnswerSet answers, bool json)
    {
        if (result.Subject is { } subject)
        {
            // "my husband has chest pain": the journal is the writer's own record, so someone else's answers stay out of it
            // (they would show up as the writer's in the doctor report).
            context.Error.WriteLine($"Not saved to the journal: this reads as about \"{subject}\", and the journal keeps only your own assessments.");
            return CliApp.Ok;
        }

        var entry = new AssessmentEntry(context.Clock.GetLocalNow(), answers.Known(), AssessmentJson.LevelId(result.Triage.Level),
            result.Causes.Select(c => c.Id).ToList());
        return JournalDb.Use(context, DbPath, (journal, _) =>
        {
            var stored = StoredEntry.From(entry);
            journal.Entries.Add(stored);
            journal.SaveChanges();
            // With --format json, stdout holds the result alone; the note goes to stderr.
            (json ? context.Error : context.Out).WriteLine($"Saved to the journal as assessment #{stored.Id}.");
            return CliApp.Ok;
        });
    }
}
