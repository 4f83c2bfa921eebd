namespace Claims.Documents.Pdf;

/// <summary>The content can never be laid out, e.g. something is taller than an empty page.</summary>
public sealed class DocumentLayoutException(string message) : Exception(message);
