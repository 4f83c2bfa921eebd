namespace Claims.Documents.Charts;

/// <summary>
/// The category names under the x axis. Month labels that would collide are thinned (every 2nd, 3rd…); a bar group's
/// name too wide for its band breaks onto a second line at a space, and only then is cut with an ellipsis.
/// </summary>
internal static class CategoryLabels
{
    public const double Size = 11.5;
    public const double LineHeight = 14;

    /// <summary>How many lines the labels take at this band width.</summary>
    public static int Rows(ChartModel model, double band) =>
        model.Kind == ChartKind.GroupedBars && model.Categories.Count > 0 ? model.Categories.Max(c => Lines(c, band - 4).Count) : 1;

    public static void Place(ChartModel model, Plot plot, List<Shape> shapes)
    {
        var count = model.Categories.Count;
        if (count == 0)
            return;
        var band = plot.Width / count;
        var widest = model.Categories.Max(c => TextWidth.Of(c, Size));
        var every = model.Kind == ChartKind.Lines ? Math.Max(1, (int)Math.Ceiling((widest + 8) / band)) : 1;
        for (var i = 0; i < count; i += every)
        {
            var lines = model.Kind == ChartKind.GroupedBars ? Lines(model.Categories[i], band - 4) : [TextWidth.Fit(model.Categories[i], Size, band * every - 4)];
            for (var l = 0; l < lines.Count; l++)
                shapes.Add(new TextShape(plot.Left + (i + 0.5) * band, plot.Bottom + 17 + l * LineHeight, lines[l], Size, false, ChartPalette.Text, TextAnchor.Middle));
        }
    }

    internal static IReadOnlyList<string> Lines(string label, double width)
    {
        if (TextWidth.Of(label, Size) <= width)
            return [label];
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = words.Length - 1; k > 0; k--)
        {
            var first = string.Join(' ', words[..k]);
            if (TextWidth.Of(first, Size) <= width)
                return [first, TextWidth.Fit(string.Join(' ', words[k..]), Size, width)];
        }

        return [TextWidth.Fit(label, Size, width)];
    }
}
