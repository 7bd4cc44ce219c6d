using System.Reflection;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using Twitchwise.Domain.Report;

namespace Twitchwise.Cli.Report;

/// <summary>A page size the report fits: the content area is the one A4 and Letter share, so only the paper differs.</summary>
public enum Paper
{
    A4,
    Letter,
}

/// <summary>
/// The doctor report as a one-page PDF (PDFsharp 6.2), in the same order as the HTML one: title and period, overview,
/// timeline, frequency table, then the sections. The fonts (DejaVu Sans) are embedded from the program's resources. When
/// the content is too long for the page, the whole layout is drawn a size smaller, down to a floor that stays readable;
/// the report is always one page.
/// </summary>
public static class ReportPdf
{
    private const double Margin = 34; // 12 mm in points
    private const double ContentWidth = 527; // 186 mm: the width A4 and Letter share at 12 mm margins
    private static readonly double[] Scales = [1.0, 0.94, 0.88, 0.82, 0.76, 0.7, 0.64];
    private static readonly Lock FontLock = new();

    public static void Write(DoctorReport report, Stream output, Paper paper = Paper.A4)
    {
        UseEmbeddedFonts();
        using var document = new PdfDocument();
        document.Info.Title = $"{report.Title}, {DoctorReport.Date(report.From)} to {DoctorReport.Date(report.To)}";
        document.Info.Creator = "Twitchwise";
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(paper == Paper.A4 ? 595.28 : 612);
        page.Height = XUnit.FromPoint(paper == Paper.A4 ? 841.89 : 792);
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var available = Math.Min(page.Height.Point, 792) - 2 * Margin;
            var scale = Scales.FirstOrDefault(s => new Layout(gfx, report, s, draw: false).Run() <= available, Scales[^1]);
            new Layout(gfx, report, scale, draw: true).Run();
        }

        document.Save(output, closeStream: false);
    }

    private static void UseEmbeddedFonts()
    {
        lock (FontLock)
        {
            GlobalFontSettings.FontResolver ??= new EmbeddedFontResolver();
        }
    }

    /// <summary>Draws (or only measures) the report top to bottom; <see cref="Run"/> returns the height used.</summary>
    private sealed class Layout(XGraphics gfx, DoctorReport report, double scale, bool draw)
    {
        private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
        private static readonly XColor Blue = XColor.FromArgb(0x0b, 0x57, 0xa4);
        private double y = Margin;

        private static double Left => Margin;

        public double Run()
        {
            Text(report.Title, 13, XFontStyleEx.Bold);
            Text(DoctorReportHtml.Who(report), 8);
            Rule(1.2);
            Gap(3);
            Text(report.Overview, 9, XFontStyleEx.Bold);
            Chart();
            Heading("Frequency and longest episode");
            Table();
            foreach (var section in report.Sections)
            {
                Heading(section.Title);
                var size = section.Id == "red-flags" ? 7.5 : 9;
                if (section.Lines.Count == 1 || section.Empty)
                {
                    Text(section.Lines[0], size, section.Empty ? XFontStyleEx.Italic : XFontStyleEx.Regular);
                }
                else
                {
                    foreach (var line in section.Lines)
                    {
                        Text(line, size, XFontStyleEx.Regular, bullet: true);
                    }
                }
            }

            Gap(3);
            Rule(0.5);
            Text(report.Footer, 7.5);
            return y - Margin;
        }

        private XFont Font(double size, XFontStyleEx style) =>
            // DejaVu Sans has no italic face here: italic is drawn upright, which keeps the PDF to two embedded fonts.
            new("DejaVu Sans", size * scale, style == XFontStyleEx.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

        private void Heading(string text)
        {
            Gap(5);
            Text(text, 9.5, XFontStyleEx.Bold);
            Rule(0.5);
            Gap(1.5);
        }

        private void Gap(double points) => y += points * scale;

        private void Rule(double width)
        {
            if (draw)
            {
                gfx.DrawLine(new XPen(XColors.Black, width), Margin, y, Margin + ContentWidth, y);
            }

            y += width;
        }

        /// <summary>Wrapped text across the content width; a bullet indents it.</summary>
        private void Text(string text, double size, XFontStyleEx style = XFontStyleEx.Regular, bool bullet = false)
        {
            var font = Font(size, style);
            var lineHeight = font.GetHeight() * 1.15;
            var indent = bullet ? 10 * scale : 0;
            var lines = Wrap(text, font, ContentWidth - indent);
            for (var i = 0; i < lines.Count; i++)
            {
                if (draw)
                {
                    if (bullet && i == 0)
                    {
                        gfx.DrawString("•", font, XBrushes.Black, new XPoint(Left + 2 * scale, y + font.GetHeight() * 0.8));
                    }

                    gfx.DrawString(lines[i], font, XBrushes.Black, new XPoint(Left + indent, y + font.GetHeight() * 0.8));
                }

                y += lineHeight;
            }
        }

        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            var line = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && gfx.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            return lines;
        }

        private void Chart()
        {
            if (report.ChartFrom is not { } first || report.EpisodesPerDay.Count == 0)
            {
                return;
            }

            Heading("Episode timeline");
            var height = 60 * scale;
            var left = Margin + 18;
            var width = ContentWidth - 18;
            var days = report.EpisodesPerDay.Count;
            var max = Math.Max(1, report.EpisodesPerDay.Max());
            var step = width / days;
            var bottom = y + height;
            if (draw)
            {
                var small = Font(7, XFontStyleEx.Regular);
                for (var i = 0; i < days; i++)
                {
                    var bx = left + i * step;
                    if (!report.LoggedPerDay[i])
                    {
                        gfx.DrawRectangle(XBrushes.LightGray, bx, bottom - 3, Math.Max(step, 0.4), 3);
                    }
                    else if (report.EpisodesPerDay[i] > 0)
                    {
                        var h = (height - 4) * report.EpisodesPerDay[i] / max;
                        gfx.DrawRectangle(new XSolidBrush(Blue), bx + step * 0.1, bottom - h, Math.Max(step * 0.8, 0.6), h);
                    }
                }

                gfx.DrawLine(new XPen(XColors.Black, 0.6), left, bottom, left + width, bottom);
                gfx.DrawString($"{max}", small, XBrushes.Black, new XRect(Margin, y, 15, 8), XStringFormats.TopRight);
                gfx.DrawString("0", small, XBrushes.Black, new XRect(Margin, bottom - 8, 15, 8), XStringFormats.TopRight);
                gfx.DrawString(DoctorReport.Date(first), small, XBrushes.Black, new XPoint(left, bottom + 8 * scale));
                gfx.DrawString(DoctorReport.Date(first.AddDays(days - 1)), small, XBrushes.Black, new XRect(left, bottom + 1, width, 8), XStringFormats.TopRight);
            }

            y = bottom + 10 * scale;
            Text("Blue: episodes per day. Grey: no entries that day (not logged, so unknown).", 7.5);
        }

        private void Table()
        {
            if (report.Rows.Count == 0)
            {
                Text("Nothing logged in this period.", 9, XFontStyleEx.Italic);
                return;
            }

            double[] columns = [0, 110, 185, 250, 320];
            string[] heads = [report.RowUnit, "Days logged", "Episodes", "Longest", "Worst pain"];
            Row(heads, XFontStyleEx.Bold);
            foreach (var r in report.Rows)
            {
                Row([r.Label, $"{r.LoggedDays}", $"{r.Episodes}", r.LongestSeconds is { } s ? DoctorReport.Seconds(s) : "–", r.WorstPain is { } p ? $"{p}/10" : "–"],
                    XFontStyleEx.Regular);
            }

            void Row(string[] cells, XFontStyleEx style)
            {
                var font = Font(8, style);
                if (draw)
                {
                    for (var c = 0; c < cells.Length; c++)
                    {
                        gfx.DrawString(cells[c], font, XBrushes.Black, new XPoint(Margin + columns[c] * scale, y + font.GetHeight() * 0.8));
                    }
                }

                y += font.GetHeight() * 1.1;
            }
        }
    }

    /// <summary>Serves DejaVu Sans (regular and bold) from the program's resources, whatever family is asked for.</summary>
    private sealed class EmbeddedFontResolver : IFontResolver
    {
        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
            new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

        public byte[] GetFont(string faceName)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"fonts/{faceName}.ttf")
                ?? throw new InvalidOperationException($"The font {faceName} is missing from the program's resources.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
