namespace Claims.Evidence;

/// <summary>A file attached to a claim, as its EvidenceAttached event recorded it.</summary>
public sealed record EvidenceItem(string Sha256, string FileName, string ContentType, long SizeBytes, DateTimeOffset AttachedAt, string AttachedBy);

/// <summary>A stored file's bytes, with the type found in its content and the name it was first attached under.</summary>
public sealed record EvidenceContent(byte[] Bytes, string ContentType, string FileName);

/// <summary>An attachment refused, with a message a user can act on (empty, too large, type not allowed, claim unknown).</summary>
public sealed class EvidenceRejectedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
