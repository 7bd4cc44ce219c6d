namespace Twitchwise.Domain.Import;

/// <summary>
/// Reads one activity file (FIT, GPX or TCX) into workouts. The format is told from the content, never the
/// file name, and bad content is refused with a reason; nothing here throws for what a file contains.
/// </summary>
public static class ActivityFileReader
{
    public const string UnknownFormat = "not a FIT, GPX or TCX file";

    public static ImportResult Read(string fileName, ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
        {
            return new RefusedFile(fileName, "the file is empty");
        }

        if (IsFit(content))
        {
            return FitDecoder.TryDecode(content, out var fit, out var problem)
                ? FitWorkouts.ToResult(fileName, fit)
                : new RefusedFile(fileName, problem);
        }

        if (!LooksLikeXml(content))
        {
            return new RefusedFile(fileName, UnknownFormat);
        }

        var document = ActivityXml.TryLoad(content.ToArray(), out var xmlProblem);
        if (document?.Root is not { } root)
        {
            return new RefusedFile(fileName, xmlProblem ?? UnknownFormat);
        }

        return root.Name.LocalName switch
        {
            "gpx" => GpxReader.Read(fileName, root),
            "TrainingCenterDatabase" => TcxReader.Read(fileName, root),
            var other => new RefusedFile(fileName, $"{UnknownFormat}: its XML root is <{other}>"),
        };
    }

    /// <summary>A FIT file says ".FIT" in bytes 8 to 11 of its header, whatever its header size.</summary>
    private static bool IsFit(ReadOnlySpan<byte> content) =>
        content.Length >= 12 && content.Slice(8, 4).SequenceEqual(".FIT"u8);

    /// <summary>XML starts with '&lt;' after an optional byte-order mark and white space; UTF-16 starts with its mark.</summary>
    private static bool LooksLikeXml(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return true;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
        }

        var text = content.TrimStart(" \t\r\n"u8);
        return !text.IsEmpty && text[0] == (byte)'<';
    }
}
