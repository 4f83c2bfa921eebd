namespace Claims.Contracts.IncidentFiles;

/// <summary>
/// The file as a whole cannot be read (not CSV nor XLSX, an encoding that fits nothing, a missing required column,
/// an unclosed quote). Row-level problems are never this: they come back as rows with an error.
/// </summary>
public sealed class IncidentFileException : Exception
{
    public IncidentFileException(string fileName, int? line, string reason, Exception? inner = null)
        : base(Format(fileName, line, reason), inner)
    {
        FileName = fileName;
        Line = line;
        Reason = reason;
    }

    public IncidentFileException()
        : this("(file)", null, "cannot be read")
    {
    }

    public IncidentFileException(string message)
        : this("(file)", null, message)
    {
    }

    public IncidentFileException(string message, Exception innerException)
        : this("(file)", null, message, innerException)
    {
    }

    public string FileName { get; }

    /// <summary>The line (CSV) or sheet row (XLSX) the problem was found at, header being line 1; null when it is the whole file.</summary>
    public int? Line { get; }

    /// <summary>The message without the file name and line.</summary>
    public string Reason { get; }

    private static string Format(string fileName, int? line, string reason) =>
        line is { } n ? $"{fileName}: line {n}: {reason}" : $"{fileName}: {reason}";
}
