namespace Twitchwise.TestSupport;

/// <summary>Where the repo and its test material are, found from the test binary's folder. Nothing outside the repo.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Repo(params string[] parts) => Path.Combine([RepoRoot, .. parts]);

    /// <summary>The open-licence test data (fit, gpx, tcx), kept with its licences in tests/testdata.</summary>
    public static string TestData(params string[] parts) => Path.Combine([RepoRoot, "tests", "testdata", .. parts]);

    /// <summary>The project's contract documents, docs/contract/*.md.</summary>
    public static string Contract(string name) => Path.Combine(RepoRoot, "docs", "contract", name);

    /// <summary>
    /// The NegEx annotation set. No licence covers it, so the repo does not hold it: set TWITCHWISE_NEGEX_FILE or place
    /// it at tests/testdata/negex/ (ignored by git). Null when it is in neither place.
    /// </summary>
    public static string? NegExAnnotations()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("TWITCHWISE_NEGEX_FILE");
        var path = string.IsNullOrEmpty(fromEnvironment) ? TestData("negex", "rsAnnotations-1-120-random.txt") : fromEnvironment;
        return File.Exists(path) ? path : null;
    }

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
