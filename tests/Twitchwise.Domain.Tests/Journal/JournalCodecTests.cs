using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Tests.Journal;

public class JournalCodecTests
{
    private readonly JournalCodec codec = new(KnowledgeBase.Default);

    // The examples of spec/journal.md, as this codec writes them (the medication's "stopped": null is left out),
    // and a saved assessment, whose answers are written in the knowledge base's question order.
    public static TheoryData<string> ContractLines =>
    [
        """{"type":"workout","start":"2026-03-01T07:00:00+01:00","sport":"run","minutes":45,"rpe":7,"distance_km":8.2,"hot":false,"warmed_up":true,"cooled_down":false,"electrolytes":false,"source":"manual"}""",
        """{"type":"fluid","at":"2026-03-01T08:10:00+01:00","liters":0.5,"electrolytes":true}""",
        """{"type":"caffeine","at":"2026-03-01T09:00:00+01:00","mg":95}""",
        """{"type":"sleep","night_of":"2026-02-28","hours":6.5}""",
        """{"type":"stress","day":"2026-03-01","level":6}""",
        """{"type":"medication","name":"salbutamol","class":"asthma_bronchodilator","started":"2026-02-20"}""",
        """{"type":"episode","at":"2026-03-01T18:30:00+01:00","kind":"twitch","locations":["calf"],"seconds":20,"pain":0,"notes":""}""",
        """{"type":"assessment","at":"2026-03-02T10:00:00+05:30","answers":{"symptom.weakness":false,"episode.kind":"spasm","episode.locations":["calf","foot"],"exercise.minutes":95},"level":"self_care","causes":["fatigue","dehydration"]}""",
        """{"type":"workout","start":"2026-03-03T06:10:00+01:00","sport":"cycle","minutes":92.5,"distance_km":41.339,"avg_hr":154,"max_hr":181,"source":"fit"}""",
    ];

    [Theory]
    [MemberData(nameof(ContractLines))]
    public void ReadThenWrite_ContractLine_GivesTheSameLineBack(string line)
    {
        var read = codec.Read(new StringReader(line));

        Assert.Empty(read.Problems);
        Assert.Equal(line, JournalCodec.WriteLine(Assert.Single(read.Entries)));
    }

    [Fact]
    public void Read_SpecExampleWithExplicitNull_TakesNullAsLeftOut()
    {
        var read = codec.Read(new StringReader(
            """{"type":"medication","name":"salbutamol","class":"asthma_bronchodilator","started":"2026-02-20","stopped":null}"""));

        var medication = Assert.IsType<MedicationEntry>(Assert.Single(read.Entries));
        Assert.Null(medication.Stopped);
    }

    [Fact]
    public void Read_TimeWithOffset_KeepsTheOffsetAndTheDayWhereItHappened()
    {
        var read = codec.Read(new StringReader("""{"type":"episode","at":"2026-03-01T23:30:00-05:00","kind":"spasm","locations":["foot"]}"""));

        var episode = Assert.IsType<EpisodeEntry>(Assert.Single(read.Entries));
        Assert.Equal(TimeSpan.FromHours(-5), episode.At.Offset);
        Assert.Equal(new DateOnly(2026, 3, 1), episode.Day);
    }

    [Fact]
    public void WriteThenRead_GeneratedJournal_IsLossless()
    {
        var entries = SyntheticJournal.Generate(seed: 7, days: 60, planted: "short_sleep");
        var text = string.Join('\n', entries.Select(JournalCodec.WriteLine));

        var read = codec.Read(new StringReader(text));

        Assert.Empty(read.Problems);
        Assert.Equal(entries, read.Entries);
        Assert.Equal(text, string.Join('\n', read.Entries.Select(JournalCodec.WriteLine)));
    }

    [Theory]
    [InlineData("""{"type":"fluid","at":"2026-03-01T08:10:00+01:00","liters":0.5,"colour":"clear"}""", "colour", "unknown field")]
    [InlineData("""{"type":"fluid","at":"2026-03-01T08:10:00","liters":0.5}""", "at", "offset")]
    [InlineData("""{"type":"fluid","at":"2026-03-01T08:10:00+01:00"}""", "liters", "missing")]
    [InlineData("""{"type":"fluid","at":"2026-03-01T08:10:00+01:00","liters":"half"}""", "liters", "expected a number")]
    [InlineData("""{"type":"workout","start":"2026-03-01T07:00:00+01:00","sport":"jogging","minutes":45}""", "sport", "expected one of: walk, run")]
    [InlineData("""{"type":"workout","start":"2026-03-01T07:00:00+01:00","sport":"run","minutes":45,"rpe":7.5}""", "rpe", "whole number")]
    [InlineData("""{"type":"workout","start":"2026-03-01T07:00:00+01:00","sport":"run","minutes":45,"rpe":11}""", "rpe", "out of range")]
    [InlineData("""{"type":"workout","start":"2026-03-01T07:00:00+01:00","sport":"run","minutes":45,"source":"strava"}""", "source", "expected one of: manual, fit")]
    [InlineData("""{"type":"workout","start":"2026-03-01T07:00:00+01:00","sport":"run","minutes":45,"avg_hr":300}""", "avg_hr", "out of range")]
    [InlineData("""{"type":"workout","start":"2026-03-01T07:00:00+01:00","sport":"run","minutes":45,"avg_hr":170,"max_hr":150}""", "avg_hr", "above max_hr")]
    [InlineData("""{"type":"episode","at":"2026-03-01T18:30:00+01:00","kind":"twitch","locations":["knee"]}""", "locations", "\"knee\" is not an option")]
    [InlineData("""{"type":"episode","at":"2026-03-01T18:30:00+01:00","kind":"twitch","locations":[]}""", "locations", "at least one place")]
    [InlineData("""{"type":"sleep","night_of":"28/02/2026","hours":6.5}""", "night_of", "YYYY-MM-DD")]
    [InlineData("""{"type":"medication","name":"x","class":"statin","started":"2026-02-20","stopped":"2026-02-01"}""", "stopped", "before started")]
    [InlineData("""{"type":"nap","at":"2026-03-01T18:30:00+01:00"}""", "type", "not an entry type")]
    [InlineData("""{"type":"assessment","at":"2026-03-01T18:30:00+01:00","answers":{"symptom.weakness":"yes"},"level":"doctor","causes":[]}""", "answers.symptom.weakness", "wrong type")]
    [InlineData("""["workout"]""", "line", "must be a JSON object")]
    [InlineData("""{"type":"fluid",""", "line", "not valid JSON")]
    public void Read_BadLine_IsRefusedNamingLineAndField(string bad, string field, string message)
    {
        var good = """{"type":"caffeine","at":"2026-03-01T09:00:00+01:00","mg":95}""";

        var read = codec.Read(new StringReader($"{good}\n{bad}\n{good}"));

        Assert.Empty(read.Entries);
        var problem = Assert.Single(read.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Equal(field, problem.Field);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeveralBadLines_ReportsEveryOne()
    {
        var text = """
            {"type":"caffeine","at":"2026-03-01T09:00:00+01:00","mg":-5}

            {"type":"stress","day":"2026-03-01","level":6}
            {"type":"stress","day":"2026-03-01","level":60,"mood":"low"}
            """;

        var read = codec.Read(new StringReader(text));

        Assert.Empty(read.Entries);
        Assert.Equal(["line 1, mg", "line 4, level", "line 4, mood"], read.Problems.Select(p => $"line {p.Line}, {p.Field}").Order());
    }

    [Fact]
    public void Read_EmptyFile_IsRefused()
    {
        var read = codec.Read(new StringReader("\n\n"));

        Assert.Equal("file", Assert.Single(read.Problems).Field);
    }
}
