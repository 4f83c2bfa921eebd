namespace Claims.Documents.Charts;

internal enum TextAnchor
{
    Start,
    Middle,
    End,
}

/// <summary>One drawn thing of a laid-out chart; coordinates in chart units, y growing downwards.</summary>
internal abstract record Shape;

internal sealed record RectShape(double X, double Y, double Width, double Height, string Fill) : Shape;

internal sealed record LineShape(double X1, double Y1, double X2, double Y2, double Thickness, string Stroke) : Shape;

/// <summary>A connected run of a line series (a null value ends one run and the next value starts another).</summary>
internal sealed record PolylineShape(IReadOnlyList<(double X, double Y)> Points, double Thickness, string Stroke, double[] Dash) : Shape;

/// <summary>Text on a baseline at X, anchored at its start, middle or end.</summary>
internal sealed record TextShape(double X, double Baseline, string Text, double Size, bool Bold, string Fill, TextAnchor Anchor) : Shape;

/// <summary>A chart laid out once: the SVG writer and the PDF drawing both draw exactly these shapes.</summary>
internal sealed record ChartScene(double Width, double Height, string Title, IReadOnlyList<Shape> Shapes);
