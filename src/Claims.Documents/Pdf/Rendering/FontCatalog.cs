using System.Text;
using Claims.Documents.Pdf.Fonts;
using Claims.Documents.Pdf.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Claims.Documents.Pdf.Rendering;

/// <summary>
/// Fonts and glyph metrics for layout and drawing. Advances are measured once per character through PDFsharp and
/// kept for the life of the process (the font is process-wide anyway), so layout costs a table lookup per character.
/// </summary>
internal sealed class FontCatalog : IFontMetrics
{
    public static readonly FontCatalog Shared = new();

    private const double ReferenceSize = 100;
    private readonly Lock _gate = new();
    private readonly Dictionary<(FontFamily, bool), Face> _faces = [];
    private readonly Dictionary<(FontFamily, bool, double), XFont> _fonts = [];
    private XGraphics? _measure;

    public XFont Font(TextStyle style)
    {
        lock (_gate)
        {
            var key = (style.Family, style.Bold, style.Size);
            if (!_fonts.TryGetValue(key, out var font))
            {
                font = Create(style.Family, style.Bold, style.Size);
                _fonts.Add(key, font);
            }

            return font;
        }
    }

    public double Advance(int codePoint, TextStyle style)
    {
        var face = FaceOf(style);
        if (codePoint < face.Basic.Length)
        {
            var known = face.Basic[codePoint];
            if (!double.IsNaN(known))
            {
                return known * style.Size;
            }
        }

        return MeasureAdvance(face, codePoint) * style.Size;
    }

    public double Ascent(TextStyle style) => FaceOf(style).Ascent * style.Size;

    public double Descent(TextStyle style) => FaceOf(style).Descent * style.Size;

    private Face FaceOf(TextStyle style)
    {
        lock (_gate)
        {
            var key = (style.Family, style.Bold);
            if (!_faces.TryGetValue(key, out var face))
            {
                var font = Create(style.Family, style.Bold, ReferenceSize);
                var metrics = font.Metrics;
                face = new Face(font, (double)metrics.Ascent / metrics.UnitsPerEm, Math.Abs((double)metrics.Descent) / metrics.UnitsPerEm);
                _faces.Add(key, face);
            }

            return face;
        }
    }

    private double MeasureAdvance(Face face, int codePoint)
    {
        lock (_gate)
        {
            if (codePoint >= face.Basic.Length && face.Astral.TryGetValue(codePoint, out var astral))
            {
                return astral;
            }

            _measure ??= XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
            var advance = _measure.MeasureString(new Rune(codePoint).ToString(), face.Font).Width / ReferenceSize;
            if (codePoint < face.Basic.Length)
            {
                face.Basic[codePoint] = advance;
            }
            else
            {
                face.Astral[codePoint] = advance;
            }

            return advance;
        }
    }

    private static XFont Create(FontFamily family, bool bold, double size)
    {
        PdfSetup.EnsureConfigured();
        var name = family == FontFamily.Mono ? ClaimsFontResolver.MonoFamily : ClaimsFontResolver.SansFamily;
        // Unicode encoding: CJK needs it, and it gives the text a ToUnicode map so it can be searched and copied.
        return new XFont(name, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
    }

    /// <summary>A face's advances per point of size; the Basic Multilingual Plane in an array filled as characters turn up.</summary>
    private sealed class Face(XFont font, double ascent, double descent)
    {
        public XFont Font { get; } = font;
        public double Ascent { get; } = ascent;
        public double Descent { get; } = descent;
        public double[] Basic { get; } = Enumerable.Repeat(double.NaN, 0x10000).ToArray();
        public Dictionary<int, double> Astral { get; } = [];
    }
}
