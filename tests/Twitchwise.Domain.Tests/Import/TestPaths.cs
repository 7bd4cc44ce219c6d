namespace Twitchwise.Domain.Tests.Import;

/// <summary>Finds the shared test data beside the repository (../shared), wherever the tests run from.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string SharedTestData(params string[] parts) =>
        Path.GetFullPath(Path.Combine([RepoRoot, "..", "shared", "testdata", .. parts]));

    private static string FindRepoRoot()
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
