using Claims.Documents.Pdf;
using Microsoft.Extensions.Configuration;

namespace Claims.Finance;

/// <summary>
/// The one call a host makes to set up PDF output from its configuration: <c>Pdf:FontFile</c> (a CJK TrueType font;
/// without it one is looked for on the system). The font is process-wide, so only the first call does anything;
/// <see cref="Packets.ClaimPackets"/> makes the call itself before its first document, so a host needs no extra line.
/// </summary>
public static class PdfHosting
{
    private static readonly Lock Gate = new();
    private static bool configured;

    public static void Configure(IConfiguration? configuration)
    {
        lock (Gate)
        {
            if (configured)
                return;
            PdfSetup.Configure(new PdfOptions
            {
                FontFile = configuration?["Pdf:FontFile"],
            });
            configured = true;
        }
    }
}
