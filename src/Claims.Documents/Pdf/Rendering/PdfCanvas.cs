using Claims.Documents.Pdf.Layout;
using PdfSharp.Drawing;

namespace Claims.Documents.Pdf.Rendering;

/// <summary>
/// The layout engine's canvas on one PDFsharp page. The page's content stream is opened at the first drawing:
/// PDFsharp writes an empty stream as a bare zlib header, which poppler reports as a damaged flate stream.
/// </summary>
internal sealed class PdfCanvas(Func<XGraphics> open, FontCatalog fonts, ImageCache images, PageState state) : ICanvas, IDisposable
{
    private readonly Dictionary<Color, XSolidBrush> _brushes = [];
    private XGraphics? _graphics;
    private double _x;
    private double _y;

    private XGraphics Graphics
    {
        get
        {
            state.HasContent = true;
            return _graphics ??= open();
        }
    }

    public void Translate(double x, double y)
    {
        _x += x;
        _y += y;
    }

    public void DrawText(string text, TextStyle style, double x, double baseline) =>
        Graphics.DrawString(text, fonts.Font(style), Brush(style.Colour), _x + x, _y + baseline, XStringFormats.BaseLineLeft);

    public void FillRectangle(double x, double y, double width, double height, Color color) =>
        Graphics.DrawRectangle(Brush(color), _x + x, _y + y, width, height);

    public void DrawLine(double x1, double y1, double x2, double y2, double thickness, Color color) =>
        Graphics.DrawLine(new XPen(ToX(color), thickness), _x + x1, _y + y1, _x + x2, _y + y2);

    public void DrawImage(ImageData image, double x, double y, double width, double height) =>
        Graphics.DrawImage(images.Get(image), _x + x, _y + y, width, height);

    public void Dispose() => _graphics?.Dispose();

    private XSolidBrush Brush(Color color)
    {
        if (!_brushes.TryGetValue(color, out var brush))
        {
            brush = new XSolidBrush(ToX(color));
            _brushes.Add(color, brush);
        }

        return brush;
    }

    private static XColor ToX(Color color) => XColor.FromArgb(color.R, color.G, color.B);
}
