using Twitchwise.Domain.Import;

namespace Twitchwise.Domain.Tests.Import;

public sealed class FitDecoderTests
{
    private const ushort Session = 18;
    private const ushort Record = 20;

    /// <summary>2021-09-08T01:46:40Z as FIT seconds; its low 5 bits are 0.</summary>
    private const uint BaseTime = 1_000_000_000;

    [Fact]
    public void Crc_StandardCheckString_IsTheCrc16ArcCheckValue()
    {
        // The FIT CRC is CRC-16/ARC, whose published check value for "123456789" is 0xBB3D.
        Assert.Equal(0xBB3D, FitCrc.Compute("123456789"u8));
        Assert.Equal(0x0000, FitCrc.Compute([]));
    }

    [Theory]
    [InlineData("Settings2.fit", 0x8BB1)]
    [InlineData("garmin-fenix-5-run.fit", 0x1EA9)]
    public void Crc_RealFileHeader_MatchesTheStoredHeaderCrc(string file, int storedCrc)
    {
        var bytes = File.ReadAllBytes(TestPaths.TestData("fit", file));

        Assert.Equal(storedCrc, FitCrc.Compute(bytes.AsSpan(0, 12)));
        // A whole file followed by its own CRC checks to zero.
        Assert.Equal(0, FitCrc.Compute(bytes));
    }

    [Fact]
    public void Decode_CompressedTimestampHeaders_AddTheOffsetAndRollOverEvery32Seconds()
    {
        var bytes = new FitBytes().FileId(4)
            .Define(0, Record, [(253, 4, FitBytes.UInt32), (3, 1, FitBytes.UInt8)])
            .Data(0, [.. FitBytes.Le32(BaseTime + 30), 100])
            .Define(1, Record, [(3, 1, FitBytes.UInt8)])
            .CompressedTimestamp(1, 31, 101)
            .CompressedTimestamp(1, 2, 102)
            .Build();

        var records = Decoded(bytes).Records;

        Assert.Equal([BaseTime + 30, BaseTime + 31, BaseTime + 32 + 2], records.Select(r => r.Timestamp!.Value));
        Assert.Equal([100, 101, 102], records.Select(r => r.HeartRate!.Value));
    }

    [Fact]
    public void Decode_BigEndianDefinition_ReadsMultiByteFieldsBigEndian()
    {
        var bytes = new FitBytes().FileId(4)
            .Define(0, Record, [(253, 4, FitBytes.UInt32), (5, 4, FitBytes.UInt32)], bigEndian: true)
            .Data(0, [.. FitBytes.Le32(BaseTime).Reverse(), 0x00, 0x01, 0x86, 0xA0])
            .Build();

        var record = Assert.Single(Decoded(bytes).Records);

        Assert.Equal(BaseTime, record.Timestamp);
        Assert.Equal(1000.0, record.DistanceMeters);
    }

    [Fact]
    public void Decode_DeveloperFields_AreSkippedByTheirDeclaredSize()
    {
        var bytes = new FitBytes().FileId(4)
            .Define(0, Record, [(3, 1, FitBytes.UInt8)], developerFieldSizes: [3, 1])
            .Data(0, 120, 0xAA, 0xBB, 0xCC, 0xDD)
            .Data(0, 121, 0x11, 0x22, 0x33, 0x44)
            .Build();

        Assert.Equal([120, 121], Decoded(bytes).Records.Select(r => r.HeartRate!.Value));
    }

    [Fact]
    public void Decode_InvalidValueMarkers_ReadAsAbsent()
    {
        var bytes = new FitBytes().FileId(4)
            .Define(0, Record, [(3, 1, FitBytes.UInt8), (5, 4, FitBytes.UInt32)])
            .Data(0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF)
            .Build();

        var record = Assert.Single(Decoded(bytes).Records);

        Assert.Null(record.HeartRate);
        Assert.Null(record.DistanceMeters);
    }

    [Theory]
    [InlineData(4, 20, WorkoutSports.Strength)]
    [InlineData(10, 20, WorkoutSports.Strength)]
    [InlineData(10, 0, WorkoutSports.Other)]
    [InlineData(7, 0, WorkoutSports.TeamSport)]
    [InlineData(11, 0, WorkoutSports.Walk)]
    [InlineData(5, 17, WorkoutSports.Swim)]
    [InlineData(2, 7, WorkoutSports.Cycle)]
    [InlineData(1, 0, WorkoutSports.Run)]
    [InlineData(25, 0, WorkoutSports.Other)]
    public void Read_SessionSport_MapsToExerciseType(byte sport, byte subSport, string expected)
    {
        var result = ActivityFileReader.Read("s.fit", ActivityWithSession(sport, subSport).Build());

        var workout = Assert.Single(Assert.IsType<ImportedFile>(result).Workouts);
        Assert.Equal(expected, workout.Sport);
        Assert.Equal(FitTime.Epoch.AddSeconds(BaseTime), workout.Start);
        Assert.Equal(30, workout.ElapsedMinutes, 3);
        Assert.Equal(25, workout.MovingMinutes!.Value, 3);
        Assert.Equal(5.0, workout.DistanceKm);
        Assert.Equal((140, 170), (workout.AverageHeartRate, workout.MaxHeartRate));
        Assert.Equal("fit", workout.SourceId);
    }

    [Fact]
    public void Read_ChainedActivityFiles_GiveTheWorkoutsOfBoth()
    {
        var bytes = ActivityWithSession(1, 0).Build().Concat(ActivityWithSession(2, 0).Build()).ToArray();

        var result = Assert.IsType<ImportedFile>(ActivityFileReader.Read("two.fit", bytes));

        Assert.Equal([WorkoutSports.Run, WorkoutSports.Cycle], result.Workouts.Select(w => w.Sport));
    }

    [Fact]
    public void Read_ChainedFileUsingAnEarlierFilesDefinition_IsRefusedAsCorrupt()
    {
        var first = new FitBytes().FileId(4).Define(0, Record, [(3, 1, FitBytes.UInt8)]).Data(0, 100).Build();
        var second = new FitBytes().FileId(4).Data(0, 100).Build();

        var result = ActivityFileReader.Read("chained.fit", [.. first, .. second]);

        var refused = Assert.IsType<RefusedFile>(result);
        Assert.Contains("local message type 0, which was never defined", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderSizeNine_IsRefusedNamingTheSize()
    {
        var bytes = new FitBytes().FileId(4).Build();
        bytes[0] = 9;

        var result = ActivityFileReader.Read("odd.fit", bytes);

        Assert.Equal(new RefusedFile("odd.fit", "header size 9 is not 12 or 14"), result);
    }

    [Fact]
    public void Read_TwelveByteHeader_IsAccepted()
    {
        var result = ActivityFileReader.Read("short-header.fit", ActivityWithSession(1, 0).Build(headerSize: 12));

        Assert.Equal(WorkoutSports.Run, Assert.Single(Assert.IsType<ImportedFile>(result).Workouts).Sport);
    }

    [Fact]
    public void Read_DamagedByte_IsRefusedAsCrcMismatch()
    {
        var bytes = ActivityWithSession(1, 0).Build();
        bytes[20] ^= 0x01;

        var refused = Assert.IsType<RefusedFile>(ActivityFileReader.Read("damaged.fit", bytes));

        Assert.StartsWith("file CRC mismatch", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileCutInsideARecord_IsRefusedAsTruncatedNamingTheRecord()
    {
        var bytes = ActivityWithSession(1, 0).Build();

        var refused = Assert.IsType<RefusedFile>(ActivityFileReader.Read("cut.fit", bytes.AsSpan(0, bytes.Length - 5)));

        Assert.Matches("^truncated: data ends inside the record at byte [0-9]+$", refused.Reason);
    }

    [Fact]
    public void Read_CompressedTimestampBeforeAnyTimestamp_IsRefused()
    {
        var bytes = new FitBytes().FileId(4).Define(0, Record, [(3, 1, FitBytes.UInt8)]).CompressedTimestamp(0, 3, 90).Build();

        var refused = Assert.IsType<RefusedFile>(ActivityFileReader.Read("early.fit", bytes));

        Assert.Contains("comes before any full timestamp", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoSessionButTimedRecords_FallsBackToTheRecords()
    {
        var bytes = new FitBytes().FileId(4)
            .Define(0, Record, [(253, 4, FitBytes.UInt32), (3, 1, FitBytes.UInt8), (5, 4, FitBytes.UInt32)])
            .Data(0, [.. FitBytes.Le32(BaseTime), 100, .. FitBytes.Le32(0)])
            .Data(0, [.. FitBytes.Le32(BaseTime + 600), 140, .. FitBytes.Le32(200_000)])
            .Build();

        var workout = Assert.Single(Assert.IsType<ImportedFile>(ActivityFileReader.Read("records.fit", bytes)).Workouts);

        Assert.Equal((WorkoutSports.Other, 10.0, 2.0), (workout.Sport, workout.ElapsedMinutes, workout.DistanceKm!.Value));
        Assert.Equal((120, 140), (workout.AverageHeartRate, workout.MaxHeartRate));
        Assert.Null(workout.MovingMinutes);
    }

    private static FitBytes ActivityWithSession(byte sport, byte subSport) =>
        new FitBytes().FileId(4)
            .Define(1, Session, [
                (2, 4, FitBytes.UInt32), (5, 1, FitBytes.Enum), (6, 1, FitBytes.Enum), (7, 4, FitBytes.UInt32),
                (8, 4, FitBytes.UInt32), (9, 4, FitBytes.UInt32), (16, 1, FitBytes.UInt8), (17, 1, FitBytes.UInt8),
            ])
            .Data(1, [
                .. FitBytes.Le32(BaseTime), sport, subSport, .. FitBytes.Le32(1_800_000),
                .. FitBytes.Le32(1_500_000), .. FitBytes.Le32(500_000), 140, 170,
            ]);

    private static FitContent Decoded(byte[] bytes)
    {
        Assert.True(FitDecoder.TryDecode(bytes, out var content, out var problem), problem);
        return content;
    }
}
