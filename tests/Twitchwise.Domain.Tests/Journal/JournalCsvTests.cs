using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Tests.Journal;

public class JournalCsvTests
{
    private readonly JournalCsv csv = new(KnowledgeBase.Default);
    private readonly JournalCodec codec = new(KnowledgeBase.Default);

    [Fact]
    public void WriteThenRead_EveryContractLine_GivesTheSameLinesBack()
    {
        var lines = JournalCodecTests.ContractLines.Cast<object[]>().Select(row => (string)row[0]).ToList();
        var entries = codec.Read(new StringReader(string.Join('\n', lines))).Entries;
        var text = new StringWriter();

        JournalCsv.Write(text, entries);
        var read = csv.Read(new StringReader(text.ToString()));

        Assert.Empty(read.Problems);
        Assert.Equal(lines, read.Entries.Select(JournalCodec.WriteLine));
    }

    [Fact]
    public void Read_QuotedEmptyCellAndEmptyCell_AreAnEmptyTextAndALeftOutField()
    {
        var read = csv.Read(new StringReader("""
            type,at,kind,locations,notes
            episode,2026-03-01T18:30:00+01:00,twitch,calf,""
            episode,2026-03-01T19:30:00+01:00,twitch,calf;foot,
            """));

        Assert.Empty(read.Problems);
        Assert.Equal("", Assert.IsType<EpisodeEntry>(read.Entries[0]).Notes);
        Assert.Null(Assert.IsType<EpisodeEntry>(read.Entries[1]).Notes);
        Assert.Equal(["calf", "foot"], Assert.IsType<EpisodeEntry>(read.Entries[1]).Locations);
    }

    [Theory]
    [InlineData("type,mg,colour\ncaffeine,95,red\n", 1, "colour", "not a journal column")]
    [InlineData("at,mg\n2026-03-01T09:00:00+01:00,95\n", 1, "type", "the header must name a type column")]
    [InlineData("type,at,mg\ncaffeine,2026-03-01T09:00:00+01:00,95,extra\n", 2, "line", "has 4 cells but the header has 3")]
    [InlineData("type,at,mg\ncaffeine,2026-03-01T09:00:00+01:00,lots\n", 2, "mg", "\"lots\" is not a number")]
    [InlineData("type,at,liters,electrolytes\nfluid,2026-03-01T09:00:00+01:00,0.5,maybe\n", 2, "electrolytes", "not true or false")]
    [InlineData("type,at,mg,liters\ncaffeine,2026-03-01T09:00:00+01:00,95,0.5\n", 2, "liters", "a caffeine entry has no liters")]
    [InlineData("type,at,mg\ncaffeine,2026-03-01T09:00:00+01:00,95\ncaffeine,\"2026-03-01T10:00:00+01:00,95\n", 3, "line", "not valid CSV")]
    [InlineData("type,at,mg\n", 0, "file", "no entries")]
    public void Read_BadFile_IsRefusedWholeNamingLineAndColumn(string text, int line, string column, string message)
    {
        var read = csv.Read(new StringReader(text));

        Assert.Empty(read.Entries);
        var problem = Assert.Single(read.Problems);
        Assert.Equal((line, column), (problem.Line, problem.Field));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }
}
