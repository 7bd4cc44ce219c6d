using System.Globalization;
using System.Xml.Linq;
using Twitchwise.Domain.Journal;

namespace Twitchwise.Web.Journal;

/// <summary>One day of the episode chart: how many episodes, and whether the chosen factor was there (null: unknown that day).</summary>
public sealed record EpisodeDay(DateOnly Day, int Episodes, bool? HasFactor);

/// <summary>
/// The insights charts as inline SVG, drawn on the server: no script, so they work with JavaScript off and under the
/// CSP. XElement writes the markup, so every text is escaped. Each chart has a title and a description for screen
/// readers (<c>role="img"</c>); the page gives the same facts in words beside it. Colours are presentation attributes,
/// not inline styles, which the CSP forbids; each has at least 4.5:1 contrast on white, and the factor days are a
/// separate row under the bars, so they are told apart by place as well as by colour.
/// </summary>
public static class SvgCharts
{
    public const string BarColour = "#0b57a4";
    public const string FactorColour = "#8f3f00";
    public const string AcuteColour = "#a4161a";
    public const string ChronicColour = "#1b1f24";
    public const string LoadColour = "#5b6b80";

    private const double Width = 640, Left = 40, Right = 10, Top = 28, PlotHeight = 150;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string Episodes(string id, IReadOnlyList<EpisodeDay> days, string factorId, string description)
    {
        var plotBottom = Top + PlotHeight;
        var height = plotBottom + 52;
        var max = Math.Max(1, days.Max(d => d.Episodes));
        var step = (Width - Left - Right) / days.Count;
        var bars = new XElement(Svg + "g", new XAttribute("class", "episode-days"), new XAttribute("fill", BarColour));
        var marks = new XElement(Svg + "g", new XAttribute("class", "factor-days"), new XAttribute("fill", FactorColour));
        for (var i = 0; i < days.Count; i++)
        {
            var d = days[i];
            var x = Left + i * step;
            var day = JournalCodec.FormatDate(d.Day);
            if (d.Episodes > 0)
            {
                var h = PlotHeight * d.Episodes / max;
                bars.Add(Rect(x + step * 0.1, plotBottom - h, step * 0.8, h, "episode-day", day, $"{day}: {d.Episodes} episode{(d.Episodes == 1 ? "" : "s")}"));
            }

            if (d.HasFactor == true)
            {
                marks.Add(Rect(x, plotBottom + 8, Math.Max(step, 1), 12, "factor-day", day, $"{day}: {factorId}"));
            }
        }

        var title = $"Episodes per day, {JournalCodec.FormatDate(days[0].Day)} to {JournalCodec.FormatDate(days[^1].Day)}, with the {factorId} days marked";
        return Chart(id, height, title, $"Bars: episodes logged each day (up to {max}). The row under them marks the days with {factorId}: {description}.",
            Axes(plotBottom, max, days[0].Day, days[^1].Day, height - 8),
            bars, marks,
            Legend(Left, 14, (BarColour, "episodes"), (FactorColour, $"{factorId} day")));
    }

    public static string Load(string id, IReadOnlyList<TrainingLoadDay> days)
    {
        var plotBottom = Top + PlotHeight;
        var height = plotBottom + 32;
        var max = Math.Max(1, days.Max(d => Math.Max(d.Load, Math.Max(d.Acute, d.Chronic))));
        var step = (Width - Left - Right) / days.Count;
        double Y(double value) => plotBottom - PlotHeight * value / max;
        var bars = new XElement(Svg + "g", new XAttribute("class", "load-days"), new XAttribute("fill", LoadColour));
        for (var i = 0; i < days.Count; i++)
        {
            if (days[i].Load > 0)
            {
                var h = plotBottom - Y(days[i].Load);
                bars.Add(Rect(Left + i * step + step * 0.1, plotBottom - h, step * 0.8, h, "load-day", JournalCodec.FormatDate(days[i].Day),
                    $"{JournalCodec.FormatDate(days[i].Day)}: session load {Number(days[i].Load)}"));
            }
        }

        XElement Line(string cssClass, string colour, Func<TrainingLoadDay, double> value, string? dash) => new(Svg + "polyline",
            new XAttribute("class", cssClass), new XAttribute("fill", "none"), new XAttribute("stroke", colour), new XAttribute("stroke-width", 2.5),
            dash is null ? null : new XAttribute("stroke-dasharray", dash),
            new XAttribute("points", string.Join(" ", days.Select((d, i) => $"{Number(Left + (i + 0.5) * step)},{Number(Y(value(d)))}"))));

        var last = days[^1];
        return Chart(id, height, $"Daily session load, {JournalCodec.FormatDate(days[0].Day)} to {JournalCodec.FormatDate(last.Day)}, with acute and chronic load",
            $"Bars: session load (rpe times minutes) each day. Solid line: acute load (7-day average), {Number(last.Acute)} on the last day. " +
            $"Dashed line: chronic load (28-day average), {Number(last.Chronic)} on the last day.",
            Axes(plotBottom, max, days[0].Day, last.Day, height - 8),
            bars,
            Line("acute", AcuteColour, d => d.Acute, null),
            Line("chronic", ChronicColour, d => d.Chronic, "6 4"),
            Legend(Left, 14, (LoadColour, "session load"), (AcuteColour, "acute (7-day)"), (ChronicColour, "chronic (28-day)")));
    }

    private static string Chart(string id, double height, string title, string description, params object[] content) =>
        new XElement(Svg + "svg",
            new XAttribute("class", "chart"), new XAttribute("id", id), new XAttribute("viewBox", $"0 0 {Number(Width)} {Number(height)}"),
            new XAttribute("role", "img"), new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), description),
            content).ToString(SaveOptions.DisableFormatting);

    private static XElement Rect(double x, double y, double width, double height, string cssClass, string day, string label) => new(Svg + "rect",
        new XAttribute("class", cssClass), new XAttribute("data-day", day),
        new XAttribute("x", Number(x)), new XAttribute("y", Number(y)), new XAttribute("width", Number(width)), new XAttribute("height", Number(height)),
        new XElement(Svg + "title", label));

    private static XElement Axes(double plotBottom, double max, DateOnly first, DateOnly last, double labelY) => new(Svg + "g",
        new XAttribute("class", "axes"), new XAttribute("fill", ChronicColour), new XAttribute("font-size", 12),
        new XElement(Svg + "line", new XAttribute("x1", Left), new XAttribute("x2", Width - Right), new XAttribute("y1", plotBottom), new XAttribute("y2", plotBottom),
            new XAttribute("stroke", ChronicColour)),
        Text(Left - 4, Top + 4, Number(max), "end"),
        Text(Left - 4, plotBottom, "0", "end"),
        Text(Left, labelY, JournalCodec.FormatDate(first), "start"),
        Text(Width - Right, labelY, JournalCodec.FormatDate(last), "end"));

    private static XElement Legend(double x, double y, params (string Colour, string Label)[] items)
    {
        var legend = new XElement(Svg + "g", new XAttribute("class", "legend"), new XAttribute("font-size", 12));
        foreach (var (colour, label) in items)
        {
            legend.Add(new XElement(Svg + "rect", new XAttribute("x", Number(x)), new XAttribute("y", Number(y - 10)), new XAttribute("width", 12),
                new XAttribute("height", 12), new XAttribute("fill", colour)));
            legend.Add(Text(x + 16, y, label, "start", ChronicColour));
            x += 28 + label.Length * 6.5;
        }

        return legend;
    }

    private static XElement Text(double x, double y, string text, string anchor, string? fill = null) => new(Svg + "text",
        new XAttribute("x", Number(x)), new XAttribute("y", Number(y)), new XAttribute("text-anchor", anchor), fill is null ? null : new XAttribute("fill", fill), text);

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
