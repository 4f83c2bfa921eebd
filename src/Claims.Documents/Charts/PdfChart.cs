using Claims.Documents.Pdf;
using Claims.Documents.Pdf.Layout;
using Claims.Documents.Pdf.Rendering;

namespace Claims.Documents.Charts;

/// <summary>Places a chart in a PDF document: the same laid-out shapes as the SVG, drawn as vectors at the container's width.</summary>
public static class PdfChartExtensions
{
    public static void Chart(this IContainer container, ChartModel model, ChartLabels? labels = null) =>
        Slot.Of(container).Child = new ChartElement(ChartLayout.Lay(model, labels ?? ChartLabels.English), FontCatalog.Shared);
}

/// <summary>Draws a chart scene scaled to the available width; moves to the next page rather than being cut.</summary>
internal sealed class ChartElement(ChartScene scene, IFontMetrics metrics) : Element
{
    protected override SpacePlan MeasureCore(PageContext page, Size available)
    {
        var height = available.Width * scene.Height / scene.Width;
        return height <= available.Height + Size.Epsilon ? SpacePlan.Full(available.Width, height) : SpacePlan.Wrap;
    }

    protected override bool DrawCore(DrawContext context, Size available)
    {
        var k = available.Width / scene.Width;
        var canvas = context.Canvas;
        foreach (var shape in scene.Shapes)
        {
            switch (shape)
            {
                case RectShape r:
                    canvas.FillRectangle(r.X * k, r.Y * k, r.Width * k, r.Height * k, Color.FromHex(r.Fill));
                    break;
                case LineShape l:
                    canvas.DrawLine(l.X1 * k, l.Y1 * k, l.X2 * k, l.Y2 * k, l.Thickness * k, Color.FromHex(l.Stroke));
                    break;
                case PolylineShape p:
                    foreach (var (x1, y1, x2, y2) in Dashes.Split(p.Points, p.Dash))
                        canvas.DrawLine(x1 * k, y1 * k, x2 * k, y2 * k, p.Thickness * k, Color.FromHex(p.Stroke));
                    break;
                case TextShape t:
                    var style = new TextStyle(Size: t.Size * k, Bold: t.Bold, Color: Color.FromHex(t.Fill));
                    var width = t.Anchor == TextAnchor.Start ? 0 : t.Text.EnumerateRunes().Sum(r => metrics.Advance(r.Value, style));
                    var x = t.X * k - (t.Anchor == TextAnchor.Middle ? width / 2 : t.Anchor == TextAnchor.End ? width : 0);
                    canvas.DrawText(t.Text, style, x, t.Baseline * k);
                    break;
            }
        }

        return true;
    }
}
