using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace Twitchwise.Domain.Report;

/// <summary>
/// The doctor report as one HTML document with print CSS, sized to fit one A4 or Letter page (the content area both
/// share: 186 x 255 mm at 12 mm margins). <c>twitchwise report --out report.html</c> writes it and the web app serves it at
/// <c>/journal/report</c>, so the two cannot drift apart. XElement writes the markup, so every text is escaped.
/// </summary>
public static class DoctorReportHtml
{
    /// <summary>The stylesheet, inline in the document; the web app allows exactly this text by its hash (<see cref="StyleHash"/>).</summary>
    public const string Css = """
        @page { size: auto; margin: 12mm; }
        * { box-sizing: border-box; }
        body { font: 9pt/1.3 "DejaVu Sans", Verdana, Arial, sans-serif; color: #111; background: #fff; max-width: 186mm; margin: 0 auto; padding: 0; }
        header { border-bottom: 2px solid #111; margin-bottom: 2mm; }
        h1 { font-size: 13pt; margin: 0 0 1mm; }
        h2 { font-size: 9.5pt; margin: 2.5mm 0 0.5mm; padding-bottom: 0.3mm; border-bottom: 1px solid #777; }
        p, ul { margin: 0 0 1mm; }
        ul { padding-left: 4.5mm; }
        .meta { color: #333; font-size: 8pt; }
        .overview { font-weight: 600; }
        .empty { color: #333; font-style: italic; }
        .grid { display: grid; grid-template-columns: 62mm 1fr; gap: 5mm; }
        table { border-collapse: collapse; font-size: 8pt; width: 100%; }
        th, td { text-align: left; padding: 0 1.5mm 0.2mm 0; vertical-align: top; }
        td.n { text-align: right; }
        svg { width: 100%; height: auto; display: block; }
        #red-flags p { font-size: 7.5pt; }
        footer { margin-top: 2mm; border-top: 1px solid #777; font-size: 7.5pt; color: #333; }
        .controls { border: 1px solid #777; padding: 2mm; margin: 2mm 0; }
        .controls label { margin-right: 1mm; }
        .controls input { margin-right: 3mm; }
        @media print { .controls { display: none; } }
        @media screen { body { padding: 0 8px; } }
        @media screen and (max-width: 600px) { .grid { grid-template-columns: 1fr; gap: 0; } }
        """;

    /// <summary>The CSP source that allows <see cref="Css"/> and nothing else inline.</summary>
    public static string StyleHash => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css))) + "'";

    /// <summary>The whole document. <paramref name="formAction"/>: where the period picker (hidden in print) sends its GET; none when null.</summary>
    public static string Write(DoctorReport report, string? formAction = null)
    {
        var body = new XElement("body",
            formAction is null ? null : Controls(report, formAction),
            new XElement("header",
                new XElement("h1", report.Title),
                new XElement("p", new XAttribute("class", "meta"), Who(report))),
            new XElement("p", new XAttribute("class", "overview"), report.Overview),
            Chart(report),
            new XElement("div", new XAttribute("class", "grid"),
                new XElement("section", new XAttribute("id", "frequency"),
                    new XElement("h2", "Frequency and longest episode"),
                    Table(report)),
                new XElement("div", report.Sections.Take(2).Select(Section))),
            report.Sections.Skip(2).Select(Section),
            new XElement("footer", new XElement("p", report.Footer)));
        var html = new XElement("html", new XAttribute("lang", "en"),
            new XElement("head",
                new XElement("meta", new XAttribute("charset", "utf-8")),
                new XElement("meta", new XAttribute("name", "viewport"), new XAttribute("content", "width=device-width, initial-scale=1")),
                new XElement("title", $"{report.Title}, {DoctorReport.Date(report.From)} to {DoctorReport.Date(report.To)}"),
                new XElement("style", Css)),
            body);
        return "<!DOCTYPE html>\n" + html.ToString(SaveOptions.DisableFormatting);
    }

    public static string Who(DoctorReport report) =>
        (report.Name is { } name ? $"{name}. " : "") +
        $"Period: {DoctorReport.Date(report.From)} to {DoctorReport.Date(report.To)}. Prepared {DoctorReport.Date(report.Prepared)}.";

    private static XElement Controls(DoctorReport report, string action) => new("form",
        new XAttribute("class", "controls"), new XAttribute("method", "get"), new XAttribute("action", action),
        new XElement("label", new XAttribute("for", "from"), "From"),
        new XElement("input", new XAttribute("type", "date"), new XAttribute("id", "from"), new XAttribute("name", "from"), new XAttribute("value", Iso(report.From))),
        new XElement("label", new XAttribute("for", "to"), "to"),
        new XElement("input", new XAttribute("type", "date"), new XAttribute("id", "to"), new XAttribute("name", "to"), new XAttribute("value", Iso(report.To))),
        new XElement("label", new XAttribute("for", "name"), "Name (optional)"),
        new XElement("input", new XAttribute("type", "text"), new XAttribute("id", "name"), new XAttribute("name", "name"), new XAttribute("value", report.Name ?? ""),
            new XAttribute("autocomplete", "off")),
        new XElement("button", new XAttribute("type", "submit"), "Show"),
        new XElement("p", "Print this page (one A4 or Letter page) to take it to your doctor. ",
            new XElement("a", new XAttribute("href", "/journal/insights"), "Back to the insights")));

    private static XElement Section(ReportSection s) => new("section", new XAttribute("id", s.Id),
        new XElement("h2", s.Title),
        s.Lines.Count == 1 || s.Empty
            ? new XElement("p", s.Empty ? new XAttribute("class", "empty") : null, s.Lines[0])
            : new XElement("ul", s.Lines.Select(l => new XElement("li", l))));

    private static XElement Table(DoctorReport report)
    {
        if (report.Rows.Count == 0)
        {
            return new XElement("p", new XAttribute("class", "empty"), "Nothing logged in this period.");
        }

        return new XElement("table",
            new XElement("thead", new XElement("tr",
                new XElement("th", new XAttribute("scope", "col"), report.RowUnit),
                new XElement("th", new XAttribute("scope", "col"), "Days logged"),
                new XElement("th", new XAttribute("scope", "col"), "Episodes"),
                new XElement("th", new XAttribute("scope", "col"), "Longest"),
                new XElement("th", new XAttribute("scope", "col"), "Worst pain"))),
            new XElement("tbody", report.Rows.Select(r => new XElement("tr",
                new XElement("th", new XAttribute("scope", "row"), r.Label),
                new XElement("td", new XAttribute("class", "n"), r.LoggedDays),
                new XElement("td", new XAttribute("class", "n"), r.Episodes),
                new XElement("td", new XAttribute("class", "n"), r.LongestSeconds is { } s ? DoctorReport.Seconds(s) : "–"),
                new XElement("td", new XAttribute("class", "n"), r.WorstPain is { } p ? $"{p}/10" : "–")))));
    }

    /// <summary>Episodes per day as bars; days with nothing logged are hatched grey, so a gap is not read as a good spell.</summary>
    private static XElement? Chart(DoctorReport report)
    {
        if (report.ChartFrom is not { } first || report.EpisodesPerDay.Count == 0)
        {
            return null;
        }

        XNamespace svg = "http://www.w3.org/2000/svg";
        const double width = 700, height = 90, left = 24, bottom = 72, top = 8;
        var days = report.EpisodesPerDay.Count;
        var max = Math.Max(1, report.EpisodesPerDay.Max());
        var step = (width - left - 4) / days;
        var marks = new List<XElement>();
        for (var i = 0; i < days; i++)
        {
            var x = left + i * step;
            if (!report.LoggedPerDay[i])
            {
                marks.Add(new XElement(svg + "rect", Attr("x", x), Attr("y", bottom - 4), Attr("width", Math.Max(step, 0.5)), Attr("height", 4),
                    new XAttribute("fill", "#bbbbbb")));
            }
            else if (report.EpisodesPerDay[i] > 0)
            {
                var h = (bottom - top) * report.EpisodesPerDay[i] / max;
                marks.Add(new XElement(svg + "rect", Attr("x", x + step * 0.1), Attr("y", bottom - h), Attr("width", Math.Max(step * 0.8, 0.8)), Attr("height", h),
                    new XAttribute("fill", "#0b57a4")));
            }
        }

        var last = first.AddDays(days - 1);
        return new XElement("section", new XAttribute("id", "timeline"),
            new XElement("h2", "Episode timeline"),
            new XElement(svg + "svg", new XAttribute("viewBox", $"0 0 {width} {height + 12}"), new XAttribute("role", "img"), new XAttribute("aria-label",
                    $"Episodes per day from {DoctorReport.Date(first)} to {DoctorReport.Date(last)}, at most {max} a day; grey marks days with nothing logged."),
                new XElement(svg + "line", Attr("x1", left), Attr("x2", width - 4), Attr("y1", bottom), Attr("y2", bottom), new XAttribute("stroke", "#111")),
                Text(svg, left - 3, top + 8, $"{max}", "end"),
                Text(svg, left - 3, bottom, "0", "end"),
                Text(svg, left, height + 8, DoctorReport.Date(first), "start"),
                Text(svg, width - 4, height + 8, DoctorReport.Date(last), "end"),
                marks),
            new XElement("p", new XAttribute("class", "meta"), "Blue: episodes per day. Grey: no entries that day (not logged, so unknown)."));
    }

    private static XElement Text(XNamespace svg, double x, double y, string text, string anchor) =>
        new(svg + "text", Attr("x", x), Attr("y", y), new XAttribute("text-anchor", anchor), new XAttribute("font-size", 10), new XAttribute("fill", "#111"), text);

    private static XAttribute Attr(string name, double value) => new(name, value.ToString("0.##", CultureInfo.InvariantCulture));

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
