namespace Claims.Documents.Charts;

/// <summary>Grouped bars: per category a group 80% of its band wide, one bar per series in legend order.</summary>
internal static class Bars
{
    public static void Lay(ChartModel model, Plot plot, NiceScale scale, List<Shape> shapes)
    {
        var categories = model.Categories.Count;
        var series = model.Series.Count;
        if (categories == 0 || series == 0)
            return;
        var band = plot.Width / categories;
        var bar = band * 0.8 / series;
        var zero = plot.Y(Math.Clamp(0, scale.Min, scale.Max), scale);
        for (var c = 0; c < categories; c++)
        {
            for (var s = 0; s < series; s++)
            {
                var x = plot.Left + c * band + band * 0.1 + s * bar;
                var value = c < model.Series[s].Values.Count ? model.Series[s].Values[c] : null;
                if (value is not { } v)
                {
                    // A missing value is marked, so it is not read as zero.
                    shapes.Add(new TextShape(x + bar / 2, zero - 4, "–", 13, true, ChartPalette.Muted, TextAnchor.Middle));
                    continue;
                }

                var y = plot.Y(v, scale);
                var gap = bar > 6 ? 1 : 0;
                shapes.Add(new RectShape(x + gap / 2.0, Math.Min(y, zero), Math.Max(0.5, bar - gap), Math.Abs(zero - y), ChartPalette.Colour(s)));
            }
        }
    }
}
