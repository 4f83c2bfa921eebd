namespace Claims.Documents.Pdf;

/// <summary>A page size in points (1/72 inch).</summary>
public readonly record struct PageSize(double Width, double Height)
{
    public static readonly PageSize A4 = new(595.28, 841.89);

    public PageSize Landscape() => new(Math.Max(Width, Height), Math.Min(Width, Height));
}
