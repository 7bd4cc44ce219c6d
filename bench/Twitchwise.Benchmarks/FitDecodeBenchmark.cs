using BenchmarkDotNet.Attributes;
using Twitchwise.Domain.Import;

namespace Twitchwise.Benchmarks;

/// <summary>
/// Decodes the largest FIT file in tests/testdata/fit (chosen at start-up, so the suite follows the data).
/// Throughput in MB/s = file size / median time; the file size is printed at set-up.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class FitDecodeBenchmark
{
    private byte[] content = [];
    private string fileName = "";

    [GlobalSetup]
    public void LoadLargestFitFile()
    {
        var folder = Path.Combine(FindRepoRoot(), "tests", "testdata", "fit");
        var largest = new DirectoryInfo(folder).EnumerateFiles("*.fit").MaxBy(f => f.Length)
            ?? throw new InvalidOperationException($"No FIT file in {folder}");
        fileName = largest.Name;
        content = File.ReadAllBytes(largest.FullName);
        Console.WriteLine($"// FIT benchmark file: {fileName}, {content.Length} bytes");
    }

    [Benchmark]
    public int DecodeFit() => FitDecoder.TryDecode(content, out var decoded, out _) ? decoded.Records.Count : -1;

    [Benchmark]
    public ImportResult ReadFitToWorkouts() => ActivityFileReader.Read(fileName, content);

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
