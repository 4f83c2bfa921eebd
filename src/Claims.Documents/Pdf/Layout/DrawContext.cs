namespace Claims.Documents.Pdf.Layout;

/// <summary>Where elements draw: page-relative coordinates in points, y growing downwards.</summary>
internal interface ICanvas
{
    void Translate(double x, double y);

    void DrawText(string text, TextStyle style, double x, double baseline);

    void FillRectangle(double x, double y, double width, double height, Color color);

    void DrawLine(double x1, double y1, double x2, double y2, double thickness, Color color);

    void DrawImage(ImageData image, double x, double y, double width, double height);
}

/// <summary>The page being drawn; the total is known only once every page is laid out (headers and footers are drawn last).</summary>
internal sealed record PageContext(int PageNumber, int? TotalPages, PageState State);

/// <summary>What has happened on the page so far.</summary>
internal sealed class PageState
{
    /// <summary>True once anything was drawn; a page break on a still-empty page does nothing.</summary>
    public bool HasContent { get; set; }
}

internal sealed record DrawContext(ICanvas Canvas, PageContext Page);
