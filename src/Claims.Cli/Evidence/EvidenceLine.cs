using Claims.Evidence;

namespace Claims.Cli.Evidence;

/// <summary>How a file attached to a claim reads on one line: type, size and the start of its SHA-256.</summary>
internal static class EvidenceLine
{
    public static string Describe(EvidenceItem item) =>
        $"{item.ContentType}, {EvidenceCheck.Size(item.SizeBytes)}, sha256 {item.Sha256[..12]}";
}
