using System.Globalization;
using Twitchwise.Domain.Import;

namespace Twitchwise.Domain.Tests.Import;

/// <summary>
/// The record messages of the FIT files that come with a <c>*-records.csv</c> (written by the FIT SDK's dump
/// tool for python-fitparse) must match that CSV, row for row.
/// </summary>
public sealed class FitRecordsCsvTests
{
    /// <summary>The dump tool wrote Pacific daylight time.</summary>
    private static readonly TimeSpan Pdt = TimeSpan.FromHours(-7);

    [Theory]
    [InlineData("garmin-edge-500-activity")]
    [InlineData("garmin-edge-820-bike")]
    [InlineData("garmin-fenix-5-bike")]
    [InlineData("garmin-fenix-5-run")]
    [InlineData("garmin-fenix-5-walk")]
    public void Decode_GarminFileWithRecordsCsv_MatchesEveryRow(string name)
    {
        var records = Decode($"{name}.fit").Records;
        var lines = File.ReadAllLines(TestPaths.TestData("fit", $"{name}-records.csv"));
        Assert.Equal("timestamp,heart_rate,cadence,speed,distance,position_lat,position_long,altitude,temperature", lines[0]);

        Assert.Equal(lines.Length - 1, records.Count);
        int? lastLat = null, lastLong = null;
        foreach (var (record, line) in records.Zip(lines.Skip(1)))
        {
            var cells = line.Split(',');
            var because = $"record at {cells[0]}";
            var local = DateTime.ParseExact(cells[0].Replace(" PDT", "", StringComparison.Ordinal), "ddd MMM dd HH:mm:ss yyyy", CultureInfo.InvariantCulture);
            Assert.Equal(new DateTimeOffset(local, Pdt), record.Time);
            Assert.Equal(Int(cells[1]), record.HeartRate);
            // The dump tool writes an absent cadence as 0 and an absent position as the last one it saw.
            Assert.Equal(Int(cells[2]), record.Cadence ?? (cells[2] == "0" ? 0 : null));
            AssertClose(Number(cells[3]), record.SpeedMetersPerSecond, because);
            AssertClose(Number(cells[4]), record.DistanceMeters, because);
            lastLat = record.PositionLatSemicircles ?? lastLat;
            lastLong = record.PositionLongSemicircles ?? lastLong;
            Assert.Equal(Int(cells[5]), lastLat);
            Assert.Equal(Int(cells[6]), lastLong);
            AssertClose(Number(cells[7]), record.AltitudeMeters, because);
            Assert.Equal(Int(cells[8]), record.TemperatureCelsius);
        }
    }

    [Fact]
    public void Decode_CompressedSpeedAndDistance_MatchesTheCsvIncludingAccumulatedDistance()
    {
        var records = Decode("compressed-speed-distance.fit").Records;
        var lines = File.ReadAllLines(TestPaths.TestData("fit", "compressed-speed-distance-records.csv"));
        Assert.StartsWith("Timestamp, Heart Rate [bpm],Speed [m/s],Distance [m],Cadence", lines[0], StringComparison.Ordinal);

        // The first record is empty: it only sets the time (17217864, device-relative) for compressed headers.
        Assert.Equal(17217864u, records[0].Timestamp);
        Assert.Null(records[0].HeartRate);
        var rows = lines.Skip(1).ToList();
        Assert.Equal(rows.Count, records.Count - 1);
        foreach (var (record, row) in records.Skip(1).Zip(rows))
        {
            var cells = row.Split(',');
            Assert.Equal(uint.Parse(cells[0], CultureInfo.InvariantCulture), record.Timestamp);
            Assert.Null(record.Time);
            Assert.Equal(Int(cells[1]), record.HeartRate);
            AssertClose(Number(cells[2]), record.SpeedMetersPerSecond, cells[0]);
            AssertClose(Number(cells[3]), record.DistanceMeters, cells[0]);
            Assert.Equal(cells[4] == "null" ? null : Int(cells[4]), record.Cadence);
        }
    }

    private static FitContent Decode(string file)
    {
        var ok = FitDecoder.TryDecode(File.ReadAllBytes(TestPaths.TestData("fit", file)), out var content, out var problem);
        Assert.True(ok, problem);
        return content!;
    }

    private static int? Int(string cell) => cell.Length == 0 ? null : int.Parse(cell, CultureInfo.InvariantCulture);

    private static double? Number(string cell) => cell.Length == 0 ? null : double.Parse(cell, CultureInfo.InvariantCulture);

    private static void AssertClose(double? expected, double? actual, string because)
    {
        Assert.True(
            expected is null ? actual is null : actual is not null && Math.Abs(expected.Value - actual.Value) < 1e-6,
            $"{because}: expected {expected}, got {actual}");
    }
}
