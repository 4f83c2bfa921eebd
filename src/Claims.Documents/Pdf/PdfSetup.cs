using Claims.Documents.Pdf.Fonts;

namespace Claims.Documents.Pdf;

/// <summary>Call <see cref="Configure"/> once at startup, before the first document: licence and font are process-wide.</summary>
public static class PdfSetup
{
    public static void Configure(PdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        PdfFonts.Configure(options.FontFile);
        PdfLicensing.Configure(options.LicenseKey);
    }

    /// <summary>Finds the font now rather than at the first document, so a host can fail at startup with the clear message.</summary>
    public static string CheckFont()
    {
        EnsureConfigured();
        return PdfFonts.Faces.File;
    }

    internal static void EnsureConfigured()
    {
        if (!PdfLicensing.IsConfigured)
        {
            throw new InvalidOperationException(
                "Call PdfSetup.Configure(options) once at startup before writing a PDF: it chooses the PDFsharp licence " +
                "(the AGPL unless Pdf:LicenseKey holds a commercial key) and the font.");
        }
    }
}
