namespace Claims.Documents.Charts;

/// <summary>
/// Lays a chart out once, in chart units (Width × Height; SVG pixels, or points scaled into a PDF): title, the y-axis
/// title with its unit above the plot, nice ticks and grid lines, the bars or lines, category labels, and the legend.
/// </summary>
internal static class ChartLayout
{
    public const double Width = 640;
    public const double Height = 340;

    private const double Margin = 12;
    private const double TitleSize = 16;
    private const double AxisTitleSize = 12;
    private const double TickSize = 11.5;

    public static ChartScene Lay(ChartModel model, ChartLabels labels)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(labels);
        var shapes = new List<Shape>();
        var scale = NiceScale.Cover(model.Series.SelectMany(s => s.Values).OfType<decimal>());
        var tickTexts = scale.Ticks().Select(t => (Value: t, Text: scale.Format(t, model.Format))).ToList();

        var titleSize = TitleSize;
        while (titleSize > 11 && TextWidth.Of(model.Title, titleSize) > Width - 2 * Margin)
            titleSize -= 0.5;
        shapes.Add(new TextShape(Margin, 23, TextWidth.Fit(model.Title, titleSize, Width - 2 * Margin), titleSize, true, ChartPalette.Text, TextAnchor.Start));
        shapes.Add(new TextShape(Margin, 45, TextWidth.Fit(model.YAxisTitle, AxisTitleSize, Width - 2 * Margin), AxisTitleSize, false, ChartPalette.Muted, TextAnchor.Start));

        var legend = Legend.Lay(model, Width - 2 * Margin);
        var legendTop = Height - Margin - legend.Height;
        var xTitleHeight = model.XAxisTitle is null ? 0 : 19;
        var left = Margin + tickTexts.Max(t => TextWidth.Of(t.Text, TickSize)) + 8;
        var right = Width - Margin - 6;
        var labelRows = CategoryLabels.Rows(model, (right - left) / Math.Max(1, model.Categories.Count));
        var plot = new Plot(left, Top: 58, right, Bottom: legendTop - 24 - xTitleHeight - (labelRows - 1) * CategoryLabels.LineHeight);

        foreach (var (value, text) in tickTexts)
        {
            var y = plot.Y(value, scale);
            shapes.Add(new LineShape(plot.Left, y, plot.Right, y, 1, value == 0 ? ChartPalette.Axis : ChartPalette.Grid));
            shapes.Add(new TextShape(plot.Left - 6, y + TickSize * 0.35, text, TickSize, false, ChartPalette.Muted, TextAnchor.End));
        }

        shapes.Add(new LineShape(plot.Left, plot.Top, plot.Left, plot.Bottom, 1, ChartPalette.Axis));
        var hasData = model.Series.Any(s => s.Values.Any(v => v is not null));
        if (!hasData)
            shapes.Add(new TextShape((plot.Left + plot.Right) / 2, (plot.Top + plot.Bottom) / 2, labels.NoData, CategoryLabels.Size + 2, false, ChartPalette.Muted, TextAnchor.Middle));
        else if (model.Kind == ChartKind.GroupedBars)
            Bars.Lay(model, plot, scale, shapes, labels);
        else
            Lines.Lay(model, plot, scale, shapes);

        CategoryLabels.Place(model, plot, shapes);
        if (model.XAxisTitle is { } xTitle)
            shapes.Add(new TextShape((plot.Left + plot.Right) / 2, plot.Bottom + 37 + (labelRows - 1) * CategoryLabels.LineHeight, TextWidth.Fit(xTitle, AxisTitleSize, plot.Width), AxisTitleSize, false, ChartPalette.Muted, TextAnchor.Middle));
        legend.Place(Margin, legendTop, shapes);
        return new ChartScene(Width, Height, model.Title, shapes);
    }

}

/// <summary>The plotting area in chart units.</summary>
internal sealed record Plot(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;

    public double Height => Bottom - Top;

    public double Y(decimal value, NiceScale scale) =>
        Bottom - (double)((value - scale.Min) / (scale.Max - scale.Min)) * Height;
}
