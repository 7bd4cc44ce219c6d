using System.Text;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Storage;

/// <summary>
/// One journal file format that an import (<c>twitchwise import</c>, the web upload) understands: its id in summaries (jsonl, csv), how to recognise
/// it from its first bytes, and how to read it whole.
/// </summary>
public sealed record ImportFormat(string Id, Func<ReadOnlyMemory<byte>, bool> Detects, Func<Stream, KnowledgeBase, JournalRead> Read);

/// <summary>
/// The journal formats, tried in order on the file's first bytes (content, not the file name, decides). A file that is
/// none of them goes to the activity reader (FIT, GPX, TCX), which recognises its formats itself.
/// </summary>
public static class ImportFormats
{
    public const int HeadLength = 512;

    public static readonly ImportFormat JsonLines = new("jsonl", LooksLikeJsonLines,
        (stream, kb) => new JournalCodec(kb).Read(Text(stream)));

    public static readonly ImportFormat Csv = new("csv", LooksLikeJournalCsv,
        (stream, kb) => new JournalCsv(kb).Read(Text(stream)));

    public static readonly IReadOnlyList<ImportFormat> All = [JsonLines, Csv];

    public static ImportFormat? Detect(ReadOnlyMemory<byte> head) => All.FirstOrDefault(f => f.Detects(head));

    private static StreamReader Text(Stream stream) => new(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);

    /// <summary>JSON Lines: after an optional UTF-8 byte order mark and whitespace, the first character opens an object.</summary>
    private static bool LooksLikeJsonLines(ReadOnlyMemory<byte> head)
    {
        var first = WithoutBom(head.Span).TrimStart(" \t\r\n"u8);
        return first.Length > 0 && first[0] == (byte)'{';
    }

    /// <summary>
    /// A journal CSV: the header's first column is <c>type</c>, as <c>twitchwise export --format csv</c> writes it.
    /// Other CSV files (a device's records, a spreadsheet of something else) are not journals and are refused.
    /// </summary>
    private static bool LooksLikeJournalCsv(ReadOnlyMemory<byte> head)
    {
        var text = WithoutBom(head.Span);
        return text.StartsWith("type,"u8) || text.StartsWith("\"type\","u8);
    }

    private static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> bytes) => bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
}
