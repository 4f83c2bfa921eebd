using Claims.Contracts.IncidentFiles.Tables;

namespace Claims.Contracts.IncidentFiles;

/// <summary>
/// Reads an incident file (CSV in UTF-8, UTF-16 or GBK/GB18030, or XLSX; English or Chinese headers) one row at a
/// time, in file order, without holding the file in memory. A bad row comes back as a row with an error and does
/// not stop the others; only a file that cannot be read at all throws <see cref="IncidentFileException"/>
/// (when the rows are enumerated, not when this is called).
/// </summary>
public static class IncidentFileReader
{
    /// <param name="resolveCarrier">The carrier code for a code or name the contracts use, or null if none does.</param>
    public static IEnumerable<IncidentRow> Read(string path, Func<string, string?> resolveCarrier)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(resolveCarrier);
        return Parse(TableFile.Read(path), path, resolveCarrier);
    }

    /// <summary>Reads from a stream (an upload, say); <paramref name="fileName"/> is only used in messages.</summary>
    public static IEnumerable<IncidentRow> Read(Stream stream, string fileName, Func<string, string?> resolveCarrier)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(resolveCarrier);
        return Parse(TableFile.Read(stream, fileName), fileName, resolveCarrier);
    }

    private static IEnumerable<IncidentRow> Parse(IEnumerable<TableRow> rows, string fileName, Func<string, string?> resolveCarrier) =>
        Header.DataRows(rows, IncidentColumns.All, fileName).Select(r => IncidentRowParser.Parse(r.Row, r.Header, resolveCarrier));
}
