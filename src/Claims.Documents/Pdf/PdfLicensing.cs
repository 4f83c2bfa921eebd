using PdfSharp;

namespace Claims.Documents.Pdf;

/// <summary>
/// Chooses PDFsharp's licence, which version 6.5 requires before the first document.
/// With a commercial key (configuration <c>Pdf:LicenseKey</c>) PDFsharp runs under that commercial licence.
/// Without one it runs under the AGPL-3.0: whoever operates this application and lets others use it — including
/// over a network, as with the web app — must offer those users the complete corresponding source code of the
/// application, under the AGPL. Operators who cannot do that need a commercial PDFsharp licence.
/// </summary>
public static class PdfLicensing
{
    private static readonly Lock Gate = new();

    public static bool IsConfigured { get; private set; }

    public static bool IsCommercial { get; private set; }

    public static void Configure(string? commercialKey)
    {
        lock (Gate)
        {
            if (string.IsNullOrWhiteSpace(commercialKey))
            {
                PdfSharpLicense.SetAgplLicense();
                IsCommercial = false;
            }
            else
            {
                try
                {
                    PdfSharpLicense.LoadLicense(commercialKey.Trim());
                }
                catch (Exception e)
                {
                    throw new InvalidOperationException($"Pdf:LicenseKey is not a PDFsharp licence this version accepts: {e.Message}", e);
                }

                IsCommercial = true;
            }

            IsConfigured = true;
        }
    }
}
