namespace Claims.Evidence;

/// <summary>A file type evidence may have: what its content starts with decides it, its name must agree.</summary>
public sealed record FileKind(string Name, string ContentType, IReadOnlyList<string> Extensions);

/// <summary>
/// The types accepted as evidence: photos, screenshots and PDFs (waybills, carrier letters). Plain text is refused on
/// purpose: it has no signature to check, and a written account belongs in a note (`claims note`).
/// </summary>
public static class FileKinds
{
    public static readonly FileKind Jpeg = new("JPEG", "image/jpeg", [".jpg", ".jpeg"]);
    public static readonly FileKind Png = new("PNG", "image/png", [".png"]);
    public static readonly FileKind Gif = new("GIF", "image/gif", [".gif"]);
    public static readonly FileKind WebP = new("WebP", "image/webp", [".webp"]);
    public static readonly FileKind Heic = new("HEIC", "image/heic", [".heic", ".heif"]);
    public static readonly FileKind Pdf = new("PDF", "application/pdf", [".pdf"]);

    public static IReadOnlyList<FileKind> All { get; } = [Jpeg, Png, Gif, WebP, Heic, Pdf];

    /// <summary>How many leading bytes <see cref="Detect"/> needs at most.</summary>
    public const int SignatureLength = 12;

    public static string AcceptedList => string.Join(", ", All.Select(k => k.Name));

    // iPhone photos: an ISO media file whose major brand is one of HEIF's.
    private static readonly string[] HeifBrands = ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"];

    public static FileKind? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
            return Jpeg;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
            return Png;
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
            return Gif;
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
            return WebP;
        if (head.StartsWith("%PDF-"u8))
            return Pdf;
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8)
            && HeifBrands.Contains(System.Text.Encoding.ASCII.GetString(head[8..12])))
            return Heic;
        return null;
    }

    /// <summary>The kind a file name's extension promises, or null for a name without a known one.</summary>
    public static FileKind? ByExtension(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        return All.FirstOrDefault(k => k.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }
}
