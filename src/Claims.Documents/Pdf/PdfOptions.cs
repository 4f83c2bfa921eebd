namespace Claims.Documents.Pdf;

/// <summary>The operator's PDF settings (configuration section <c>Pdf</c>).</summary>
public sealed record PdfOptions
{
    /// <summary>A TrueType font file (.ttf or .ttc) with Chinese and Latin glyphs; without it a system font is looked for.</summary>
    public string? FontFile { get; init; }
}
