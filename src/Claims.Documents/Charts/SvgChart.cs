using System.Globalization;
using System.Text;

namespace Claims.Documents.Charts;

/// <summary>
/// A chart as a self-contained SVG (no script, no external reference) that scales to its container through its viewBox.
/// Text is XML-escaped and otherwise kept as characters, so Chinese stays Chinese in the page source.
/// </summary>
public static class SvgChart
{
    private const string Fonts = "'WenQuanYi Micro Hei','Noto Sans CJK SC','Microsoft YaHei',sans-serif";

    public static string Render(ChartModel model, ChartLabels? labels = null)
    {
        var scene = ChartLayout.Lay(model, labels ?? ChartLabels.English);
        var svg = new StringBuilder(8192);
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(scene.Width)} {N(scene.Height)}\" width=\"100%\" role=\"img\" aria-label=\"{Escape(scene.Title)}\" class=\"chart\" font-family=\"{Fonts}\">");
        svg.Append("<title>").Append(Escape(scene.Title)).Append("</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"0\" width=\"{N(scene.Width)}\" height=\"{N(scene.Height)}\" fill=\"#FFFFFF\"/>");
        foreach (var shape in scene.Shapes)
            Write(svg, shape);
        return svg.Append("</svg>").ToString();
    }

    private static void Write(StringBuilder svg, Shape shape)
    {
        switch (shape)
        {
            case RectShape r:
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(r.X)}\" y=\"{N(r.Y)}\" width=\"{N(r.Width)}\" height=\"{N(r.Height)}\" fill=\"{r.Fill}\"/>");
                break;
            case LineShape l:
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(l.X1)}\" y1=\"{N(l.Y1)}\" x2=\"{N(l.X2)}\" y2=\"{N(l.Y2)}\" stroke=\"{l.Stroke}\" stroke-width=\"{N(l.Thickness)}\"/>");
                break;
            case PolylineShape p:
                var points = string.Join(' ', p.Points.Select(pt => N(pt.X) + "," + N(pt.Y)));
                var dash = p.Dash.Length == 0 ? "" : $" stroke-dasharray=\"{string.Join(' ', p.Dash.Select(N))}\"";
                svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{points}\" fill=\"none\" stroke=\"{p.Stroke}\" stroke-width=\"{N(p.Thickness)}\" stroke-linejoin=\"round\"{dash}/>");
                break;
            case TextShape t:
                var anchor = t.Anchor switch { TextAnchor.Middle => " text-anchor=\"middle\"", TextAnchor.End => " text-anchor=\"end\"", _ => "" };
                var weight = t.Bold ? " font-weight=\"bold\"" : "";
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(t.X)}\" y=\"{N(t.Baseline)}\" font-size=\"{N(t.Size)}\" fill=\"{t.Fill}\"{anchor}{weight}>{Escape(t.Text)}</text>");
                break;
        }
    }

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&apos;", StringComparison.Ordinal);
}
