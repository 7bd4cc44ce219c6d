using System.Security.Cryptography;
using System.Text;

namespace Twitchwise.TestSupport;

/// <summary>
/// The five seed articles as fingerprints (tests/articles): their ids and titles, and hashed runs of 1, 2 and 8
/// words. The repo may not hold the articles' text, yet the tests must still tell whether a sentence was copied from
/// them or whether they mention a topic.
/// </summary>
public static class ArticleFingerprints
{
    private static readonly Lazy<HashSet<string>> Runs = new(() =>
        File.ReadLines(TestPaths.Repo("tests", "articles", "runs.sha256")).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal));

    /// <summary>The run lengths fingerprint.py hashed; other lengths cannot be looked up.</summary>
    public static readonly IReadOnlySet<int> RunLengths = new HashSet<int> { 1, 2, 8 };

    /// <summary>The article ids (seed file names without .txt), from articles.tsv.</summary>
    public static IReadOnlyList<string> Ids() =>
        File.ReadLines(TestPaths.Repo("tests", "articles", "articles.tsv")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')[0]).ToList();

    /// <summary>True when the articles hold this run of words (after normalising it as fingerprint.py did).</summary>
    public static bool Contain(string text)
    {
        var words = Normalise(text);
        if (!RunLengths.Contains(words.Length))
        {
            throw new ArgumentException($"Only runs of {string.Join(", ", RunLengths)} words are fingerprinted; '{text}' has {words.Length}");
        }

        return Runs.Value.Contains(Hash(string.Join(' ', words)));
    }

    /// <summary>Lower case; anything not a letter or digit is a space. Must match fingerprint.py.</summary>
    public static string[] Normalise(string text) =>
        new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Hash(string run) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(run)))[..16];
}
