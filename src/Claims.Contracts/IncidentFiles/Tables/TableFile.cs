namespace Claims.Contracts.IncidentFiles.Tables;

/// <summary>
/// Opens a CSV or XLSX file as rows of cells, telling the two apart by their content (an .xlsx is a zip package)
/// rather than by the name, since files get renamed and exported under the wrong extension.
/// </summary>
internal static class TableFile
{
    private const int StreamBuffer = 64 * 1024;

    public static IEnumerable<TableRow> Read(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, StreamBuffer, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IncidentFileException(path, null, $"cannot be opened ({e.Message})", e);
        }

        using (stream)
        {
            foreach (var row in Read(stream, path))
            {
                yield return row;
            }
        }
    }

    /// <summary>Reads from the stream's current position; the stream is left open. A stream that cannot seek
    /// (an upload being received) is first copied to a temporary file, as both formats need to go back.</summary>
    public static IEnumerable<TableRow> Read(Stream stream, string fileName)
    {
        if (stream.CanSeek)
        {
            foreach (var row in ReadSeekable(stream, fileName))
            {
                yield return row;
            }

            yield break;
        }

        var temp = Path.Combine(Path.GetTempPath(), $"claims-upload-{Guid.NewGuid():N}.tmp");
        using var copy = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, StreamBuffer, FileOptions.DeleteOnClose);
        stream.CopyTo(copy);
        copy.Position = 0;
        foreach (var row in ReadSeekable(copy, fileName))
        {
            yield return row;
        }
    }

    private static IEnumerable<TableRow> ReadSeekable(Stream stream, string fileName)
    {
        var start = stream.Position;
        var head = new byte[4096];
        var count = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = start;
        return FileKinds.Sniff(head.AsSpan(0, count), fileName) switch
        {
            FileKind.Xlsx => XlsxTableReader.Read(stream, fileName),
            _ => ReadCsv(stream, start, fileName),
        };
    }

    private static IEnumerable<TableRow> ReadCsv(Stream stream, long start, string fileName)
    {
        var encoding = TextEncodings.Detect(stream, start, fileName);
        stream.Position = start + encoding.PreambleLength;
        using var text = new StreamReader(stream, encoding.Encoding, detectEncodingFromByteOrderMarks: false, StreamBuffer, leaveOpen: true);
        foreach (var row in CsvTableReader.Read(text, fileName))
        {
            yield return row;
        }
    }
}
