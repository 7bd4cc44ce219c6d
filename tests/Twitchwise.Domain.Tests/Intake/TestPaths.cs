namespace Twitchwise.Domain.Tests.Intake;

/// <summary>Paths in the repository and the shared folder beside it, found from the test's own location.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Shared(params string[] parts) => Path.Combine([RepoRoot, "..", "shared", .. parts]);

    public static string InRepo(params string[] parts) => Path.Combine([RepoRoot, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Twitchwise.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Twitchwise.slnx above {AppContext.BaseDirectory}");
    }
}
