namespace Claims.Documents.Pdf.Layout;

internal readonly record struct Size(double Width, double Height)
{
    /// <summary>Layout arithmetic in points; anything closer than this counts as fitting.</summary>
    public const double Epsilon = 1e-4;
}
