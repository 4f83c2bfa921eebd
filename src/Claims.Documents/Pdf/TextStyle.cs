namespace Claims.Documents.Pdf;

public enum FontFamily
{
    /// <summary>The CJK-capable face found on the system (Chinese, Japanese and Latin).</summary>
    Sans,

    /// <summary>A fixed-pitch face for calculation traces when the system has one; otherwise the sans face.</summary>
    Mono,
}

/// <summary>How a run of text looks. Documents use the named styles in <see cref="Typography"/> rather than building their own.</summary>
public sealed record TextStyle(double Size = 10, bool Bold = false, Color? Color = null, FontFamily Family = FontFamily.Sans, double LineHeight = 1.35)
{
    public Color Colour => Color ?? Colors.Text;
}
