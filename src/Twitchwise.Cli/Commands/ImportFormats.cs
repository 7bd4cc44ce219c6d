using System.Text;
using Twitchwise.Domain.Journal;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Cli.Commands;

/// <summary>One file format that <c>twitchwise import</c> understands: how to recognise it from its first bytes, and how to read it.</summary>
internal sealed record ImportFormat(string Name, Func<ReadOnlyMemory<byte>, bool> Detects, Func<Stream, KnowledgeBase, JournalRead> Read);

/// <summary>
/// The import formats, tried in order on the file's first bytes (content, not the file name, decides). Adding a
/// format (FIT, GPX, TCX, CSV) is one more entry here.
/// </summary>
internal static class ImportFormats
{
    public const int HeadLength = 512;

    public static readonly ImportFormat JsonLines = new("Twitchwise journal (JSON Lines)", LooksLikeJsonLines,
        (stream, kb) => new JournalCodec(kb).Read(new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true)));

    public static readonly IReadOnlyList<ImportFormat> All = [JsonLines];

    public static ImportFormat? Detect(ReadOnlyMemory<byte> head) => All.FirstOrDefault(f => f.Detects(head));

    /// <summary>JSON Lines: after an optional UTF-8 byte order mark and whitespace, the first character opens an object.</summary>
    private static bool LooksLikeJsonLines(ReadOnlyMemory<byte> head)
    {
        var bytes = head.Span;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var first = bytes.TrimStart(" \t\r\n"u8);
        return first.Length > 0 && first[0] == (byte)'{';
    }
}
