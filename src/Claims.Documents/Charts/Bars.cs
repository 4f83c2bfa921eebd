namespace Claims.Documents.Charts;

/// <summary>
/// Grouped bars: per category a group 80% of its band wide (bars at most 56 units), one bar per series in legend
/// order. A lone series writes each value above its bar; a missing value is marked so it is not read as zero.
/// </summary>
internal static class Bars
{
    private const double Widest = 56;
    private const double ValueSize = 11;

    public static void Lay(ChartModel model, Plot plot, NiceScale scale, List<Shape> shapes, ChartLabels labels)
    {
        var categories = model.Categories.Count;
        var series = model.Series.Count;
        if (categories == 0 || series == 0)
            return;
        var band = plot.Width / categories;
        var bar = Math.Min(Widest, band * 0.8 / series);
        var zero = plot.Y(Math.Clamp(0, scale.Min, scale.Max), scale);
        for (var c = 0; c < categories; c++)
        {
            var groupLeft = plot.Left + c * band + (band - bar * series) / 2;
            for (var s = 0; s < series; s++)
            {
                var x = groupLeft + s * bar;
                var value = c < model.Series[s].Values.Count ? model.Series[s].Values[c] : null;
                if (value is not { } v)
                {
                    var mark = TextWidth.Of(labels.NoData, ValueSize) + 4 <= bar ? labels.NoData : "–";
                    shapes.Add(new TextShape(x + bar / 2, zero - 5, mark, ValueSize, false, ChartPalette.Muted, TextAnchor.Middle));
                    continue;
                }

                var y = plot.Y(v, scale);
                var gap = bar > 6 ? 1 : 0;
                shapes.Add(new RectShape(x + gap / 2.0, Math.Min(y, zero), Math.Max(0.5, bar - gap), Math.Abs(zero - y), ChartPalette.Colour(s)));
                if (series == 1)
                {
                    // Above the bar; inside its top, in white, when the bar reaches the top of the plot.
                    var top = Math.Min(y, zero);
                    var inside = top - 4 - ValueSize < plot.Top && Math.Abs(zero - y) > ValueSize + 6;
                    shapes.Add(new TextShape(x + bar / 2, inside ? top + ValueSize + 3 : top - 4, scale.FormatValue(v, model.Format), ValueSize, false, inside ? "#FFFFFF" : ChartPalette.Text, TextAnchor.Middle));
                }
            }
        }
    }
}
