namespace Twitchwise.Domain.Tests;

/// <summary>Where the repo and the shared material beside it are, found from the test binary's folder.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Shared(params string[] parts) => Path.GetFullPath(Path.Combine([RepoRoot, "..", "shared", .. parts]));

    public static string Repo(params string[] parts) => Path.Combine([RepoRoot, .. parts]);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Twitchwise.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Twitchwise.slnx not found above " + AppContext.BaseDirectory);
    }
}
