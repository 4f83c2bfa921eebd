using Claims.Documents.Pdf.Fonts;

namespace Claims.Documents.Pdf;

/// <summary>Call <see cref="Configure"/> once at startup, before the first document: the font is process-wide.</summary>
public static class PdfSetup
{
    public static bool IsConfigured => PdfFonts.IsConfigured;

    public static void Configure(PdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        PdfFonts.Configure(options.FontFile);
    }

    /// <summary>Finds the font now rather than at the first document, so a host can fail at startup with the clear message.</summary>
    public static string CheckFont()
    {
        EnsureConfigured();
        return PdfFonts.Faces.File;
    }

    internal static void EnsureConfigured()
    {
        if (!IsConfigured)
        {
            throw new InvalidOperationException(
                "Call PdfSetup.Configure(options) once at startup before writing a PDF: it chooses the font.");
        }
    }
}
