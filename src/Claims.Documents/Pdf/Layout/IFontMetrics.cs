namespace Claims.Documents.Pdf.Layout;

/// <summary>Glyph advances and vertical metrics in points, for line breaking.</summary>
internal interface IFontMetrics
{
    double Advance(int codePoint, TextStyle style);

    double Ascent(TextStyle style);

    double Descent(TextStyle style);
}
