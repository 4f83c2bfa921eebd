namespace Claims.Documents.Charts;

/// <summary>The legend below the plot: a swatch (a dashed stroke for lines) and the series name, wrapped into rows.</summary>
internal sealed class Legend
{
    private const double Size = 12;
    private const double RowHeight = 19;
    private const double Swatch = 22;
    private readonly List<(int Series, string Name, double X, int Row)> _items = [];
    private readonly ChartKind _kind;

    private Legend(ChartKind kind) => _kind = kind;

    public double Height => _items.Count == 0 ? 0 : (_items[^1].Row + 1) * RowHeight;

    public static Legend Lay(ChartModel model, double width)
    {
        var legend = new Legend(model.Kind);
        double x = 0;
        var row = 0;
        for (var s = 0; s < model.Series.Count; s++)
        {
            var name = TextWidth.Fit(model.Series[s].Name, Size, width - Swatch - 6);
            var itemWidth = Swatch + 6 + TextWidth.Of(name, Size) + 18;
            if (x > 0 && x + itemWidth > width)
            {
                row++;
                x = 0;
            }

            legend._items.Add((s, name, x, row));
            x += itemWidth;
        }

        return legend;
    }

    public void Place(double left, double top, List<Shape> shapes)
    {
        foreach (var (series, name, x, row) in _items)
        {
            var middle = top + row * RowHeight + RowHeight / 2;
            var colour = ChartPalette.Colour(series);
            if (_kind == ChartKind.Lines)
                shapes.Add(new PolylineShape([(left + x, middle), (left + x + Swatch, middle)], 2.5, colour, ChartPalette.Dash(series)));
            else
                shapes.Add(new RectShape(left + x + 5, middle - 6, 12, 12, colour));
            shapes.Add(new TextShape(left + x + Swatch + 6, middle + Size * 0.35, name, Size, false, ChartPalette.Text, TextAnchor.Start));
        }
    }
}
