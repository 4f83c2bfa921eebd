namespace Claims.Documents.Pdf.Fonts;

/// <summary>No usable font for Chinese text: the message says what to install or configure.</summary>
public sealed class FontNotFoundException(string message) : Exception(message);
