using PdfSharp.Fonts;

namespace Claims.Documents.Pdf.Fonts;

/// <summary>
/// Installs the font resolver. PDFsharp's resolver is process-wide and may be set only once, so the first
/// configuration wins; the font file itself is found (or the clear error raised) when the first document is written.
/// </summary>
internal static class PdfFonts
{
    private static readonly Lock Gate = new();
    private static ClaimsFontResolver? _resolver;
    private static string? _configuredFile;

    public static bool IsConfigured
    {
        get
        {
            lock (Gate)
                return _resolver is not null;
        }
    }

    public static void Configure(string? fontFile)
    {
        lock (Gate)
        {
            if (_resolver is not null)
            {
                if (!string.Equals(_configuredFile ?? "", fontFile ?? "", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("The PDF font is set once per process and is already configured differently.");
                }

                return;
            }

            _configuredFile = fontFile;
            _resolver = new ClaimsFontResolver(() => FontFaces.Load(FontLocator.Locate(fontFile, FontLocator.SystemCandidates(), File.Exists)));
            GlobalFontSettings.FontResolver = _resolver;
        }
    }

    /// <summary>The faces in use; finding them on first use throws <see cref="FontNotFoundException"/> if there are none.</summary>
    public static FontFaces Faces =>
        (_resolver ?? throw new InvalidOperationException("PdfSetup.Configure has not been called.")).Faces;
}
