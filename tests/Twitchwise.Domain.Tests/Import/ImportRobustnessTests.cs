using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Twitchwise.Domain.Import;

namespace Twitchwise.Domain.Tests.Import;

/// <summary>Whatever bytes arrive, the reader answers with workouts or a refusal; it never throws.</summary>
public sealed class ImportRobustnessTests
{
    private static readonly byte[][] RealFiles =
    [
        .. new[] { "Activity.fit", "garmin-fenix-5-run.fit", "sample_mulitple_header.fit", "DeveloperData.fit", "compressed-speed-distance.fit" }
            .Select(f => File.ReadAllBytes(TestPaths.TestData("fit", f))),
        File.ReadAllBytes(TestPaths.TestData("gpx", "track-with-empty-segment.gpx")),
        File.ReadAllBytes(TestPaths.TestData("tcx", "test.tcx")),
    ];

    [Fact]
    public void Read_RandomBytes_NeverThrows()
    {
        Prop.ForAll<byte[]>(bytes => ActivityFileReader.Read("random.bin", bytes).File == "random.bin")
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Read_RandomRecordsBehindAValidFitHeaderAndCrc_NeverThrows()
    {
        // With a correct header and CRC the random bytes reach the record decoder itself.
        var bodies = ArbMap.Default.GeneratorFor<byte[]>();
        Prop.ForAll(bodies.ToArbitrary(), body => ActivityFileReader.Read("fuzz.fit", WithFitFraming(body)) is not null)
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Read_RealFileCutAnywhere_NeverThrowsAndRefusesCutFitFiles()
    {
        var cuts = Gen.Choose(0, RealFiles.Length - 1)
            .SelectMany(file => Gen.Choose(0, RealFiles[file].Length - 1).Select(length => (file, length)));
        Prop.ForAll(cuts.ToArbitrary(), cut =>
            {
                var bytes = RealFiles[cut.file].AsSpan(0, cut.length);
                var result = ActivityFileReader.Read("cut", bytes);
                var isFit = cut.file < 5;
                return !isFit || result is RefusedFile;
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Read_RealFitFileWithAFlippedByteAndFixedCrc_NeverThrows()
    {
        var original = File.ReadAllBytes(TestPaths.TestData("fit", "garmin-fenix-5-bike.fit"));
        var flips = Gen.Choose(14, original.Length - 3).SelectMany(at => Gen.Choose(1, 255).Select(mask => (at, mask)));
        Prop.ForAll(flips.ToArbitrary(), flip =>
            {
                var body = original[14..^2];
                body[flip.at - 14] ^= (byte)flip.mask;
                return ActivityFileReader.Read("flipped.fit", WithFitFraming(body)) is not null;
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Read_MalformedXml_IsRefusedNamingTheFileAndLine()
    {
        var result = ActivityFileReader.Read("broken.gpx", "<gpx><trk><trkseg></trk></gpx>"u8);

        var refused = Assert.IsType<RefusedFile>(result);
        Assert.Equal("broken.gpx", refused.File);
        Assert.StartsWith("not well-formed XML:", refused.Reason, StringComparison.Ordinal);
        Assert.Contains("Line 1", refused.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hello world")]
    [InlineData("<html><body/></html>")]
    [InlineData("")]
    public void Read_ContentThatIsNoActivityFile_IsRefused(string content)
    {
        var result = ActivityFileReader.Read("workout.gpx", Encoding.UTF8.GetBytes(content));

        var refused = Assert.IsType<RefusedFile>(result);
        Assert.True(refused.Reason.Contains(ActivityFileReader.UnknownFormat, StringComparison.Ordinal) || refused.Reason == "the file is empty");
    }

    [Fact]
    public void Read_FitContentNamedGpx_IsReadAsFit()
    {
        var bytes = File.ReadAllBytes(TestPaths.TestData("fit", "garmin-fenix-5-walk.fit"));

        var workout = Assert.Single(Assert.IsType<ImportedFile>(ActivityFileReader.Read("walk.gpx", bytes)).Workouts);

        Assert.Equal(ActivityFileFormat.Fit, workout.Source);
    }

    private static byte[] WithFitFraming(byte[] body)
    {
        byte[] header = [12, 0x10, 0, 0, .. FitBytes.Le32((uint)body.Length), .. ".FIT"u8];
        byte[] file = [.. header, .. body];
        return [.. file, .. FitBytes.Le16(FitCrc.Compute(file))];
    }
}
