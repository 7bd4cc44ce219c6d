namespace Twitchwise.Domain.Import;

/// <summary>What reading one activity file gave: its workouts, or the reason it was refused.</summary>
public abstract record ImportResult(string File);

/// <summary>The file was read; it holds one workout or more.</summary>
public sealed record ImportedFile(string File, IReadOnlyList<ImportedWorkout> Workouts) : ImportResult(File);

/// <summary>The file was refused; <see cref="Reason"/> says what is wrong with it, in words a user can act on.</summary>
public sealed record RefusedFile(string File, string Reason) : ImportResult(File)
{
    public override string ToString() => $"{File}: {Reason}";
}
