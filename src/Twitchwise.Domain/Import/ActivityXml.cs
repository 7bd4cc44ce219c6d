using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Twitchwise.Domain.Import;

/// <summary>
/// XML helpers shared by the GPX and TCX readers. Elements are matched by local name so that GPX 1.0, GPX 1.1,
/// files that forgot their namespace, and any extension prefix all read the same way.
/// </summary>
internal static class ActivityXml
{
    /// <summary>Parses XML without DTDs or external resources (an activity file never needs them).</summary>
    public static XDocument? TryLoad(byte[] content, out string? problem)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content, writable: false), settings);
            problem = null;
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            problem = $"not well-formed XML: {e.Message}";
            return null;
        }
    }

    public static IEnumerable<XElement> Children(this XElement element, string localName) =>
        element.Elements().Where(e => e.Name.LocalName == localName);

    public static XElement? Child(this XElement element, string localName) =>
        element.Children(localName).FirstOrDefault();

    public static IEnumerable<XElement> DescendantsNamed(this XElement element, string localName) =>
        element.Descendants().Where(e => e.Name.LocalName == localName);

    public static string Where(this XElement element) =>
        element is IXmlLineInfo info && info.HasLineInfo() ? $"line {info.LineNumber}" : $"<{element.Name.LocalName}>";

    /// <summary>An ISO 8601 time in UTC; a time without an offset is taken as UTC, as GPX and TCX require.</summary>
    public static DateTimeOffset? ParseTime(string? text) =>
        DateTimeOffset.TryParse(
            text?.Trim(),
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out var time)
            ? time
            : null;

    public static double? ParseNumber(string? text) =>
        double.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
        && double.IsFinite(number)
            ? number
            : null;

    /// <summary>Great-circle distance in metres (haversine, mean earth radius).</summary>
    public static double DistanceMeters(double lat1, double lon1, double lat2, double lon2)
    {
        const double EarthRadiusMeters = 6_371_000;
        var dLat = double.DegreesToRadians(lat2 - lat1);
        var dLon = double.DegreesToRadians(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(double.DegreesToRadians(lat1)) * Math.Cos(double.DegreesToRadians(lat2))
                * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
