namespace Claims.Documents.Charts;

/// <summary>One line per series through the category centres; a null value breaks the line (a gap, never a drop to zero).</summary>
internal static class Lines
{
    private const double Marker = 5;

    public static void Lay(ChartModel model, Plot plot, NiceScale scale, List<Shape> shapes)
    {
        var categories = model.Categories.Count;
        if (categories == 0)
            return;
        var band = plot.Width / categories;
        for (var s = 0; s < model.Series.Count; s++)
        {
            var colour = ChartPalette.Colour(s);
            var run = new List<(double X, double Y)>();
            var values = model.Series[s].Values;
            for (var c = 0; c <= categories; c++)
            {
                var value = c < categories && c < values.Count ? values[c] : null;
                if (value is { } v)
                {
                    var point = (plot.Left + (c + 0.5) * band, plot.Y(v, scale));
                    run.Add(point);
                    shapes.Add(new RectShape(point.Item1 - Marker / 2, point.Item2 - Marker / 2, Marker, Marker, colour));
                    continue;
                }

                if (run.Count > 1)
                    shapes.Add(new PolylineShape(run.ToList(), 2, colour, ChartPalette.Dash(s)));
                run.Clear();
            }
        }
    }
}
