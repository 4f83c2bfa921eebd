namespace Claims.Contracts.IncidentFiles.Tables;

/// <summary>A column a file may have: its English name (matched ignoring case) and its Chinese names.</summary>
internal sealed record Column(string Name, bool Required, params string[] ChineseNames)
{
    public bool Matches(string header) =>
        string.Equals(header, Name, StringComparison.OrdinalIgnoreCase) || ChineseNames.Contains(header, StringComparer.Ordinal);

    public string Describe() => ChineseNames.Length == 0 ? Name : $"{Name} ({ChineseNames[0]})";
}

/// <summary>
/// Where each known column stands in a file's header row. Unknown columns are ignored (platform exports carry
/// dozens); a missing required column or a column given twice stops the file, since every row would be wrong.
/// </summary>
internal sealed class Header
{
    private readonly Dictionary<Column, (int Position, string Label)> found;

    private Header(int line, Dictionary<Column, (int Position, string Label)> found)
    {
        Line = line;
        this.found = found;
    }

    public int Line { get; }

    // Exports sometimes put a title or a note above the header ("异常件导出 2026-03"); this many rows are looked at.
    private const int RowsSearchedForHeader = 10;

    /// <summary>
    /// The data rows of a file, each with the header above it. The header is the first row naming every required
    /// column, among the first few rows; rows above it are titles and are skipped. No such row is a file error
    /// about the first row, which is where the user expects the header.
    /// </summary>
    public static IEnumerable<(Header Header, TableRow Row)> DataRows(IEnumerable<TableRow> rows, IReadOnlyList<Column> columns, string fileName)
    {
        Header? header = null;
        TableRow? first = null;
        var searched = 0;
        foreach (var row in rows)
        {
            if (header is not null)
            {
                yield return (header, row);
                continue;
            }

            first ??= row;
            header = TryFind(row, columns, fileName);
            if (header is null && ++searched >= RowsSearchedForHeader)
            {
                break;
            }
        }

        if (header is null)
        {
            throw first is null
                ? new IncidentFileException(fileName, null, "there is no header row (the file holds no text)")
                : new IncidentFileException(fileName, first.Line, MissingMessage(first, Missing(Map(first, columns, fileName), columns)));
        }
    }

    private static Header? TryFind(TableRow row, IReadOnlyList<Column> columns, string fileName)
    {
        var found = Map(row, columns, fileName);
        return Missing(found, columns).Count == 0 ? new Header(row.Line, found) : null;
    }

    private static Dictionary<Column, (int Position, string Label)> Map(TableRow row, IReadOnlyList<Column> columns, string fileName)
    {
        var found = new Dictionary<Column, (int Position, string Label)>();
        for (var position = 0; position < row.Cells.Count; position++)
        {
            var text = Normalize(row.Cells[position].Text);
            if (columns.FirstOrDefault(c => c.Matches(text)) is not { } column)
            {
                continue;
            }

            if (found.TryGetValue(column, out var earlier))
            {
                throw new IncidentFileException(fileName, row.Line,
                    $"column {column.Describe()} is given twice (columns {earlier.Position + 1} and {position + 1})");
            }

            var label = string.Equals(text, column.Name, StringComparison.OrdinalIgnoreCase) ? column.Name : $"{column.Name} ({text})";
            found[column] = (position, label);
        }

        return found;
    }

    private static List<Column> Missing(Dictionary<Column, (int Position, string Label)> found, IReadOnlyList<Column> columns) =>
        columns.Where(c => c.Required && !found.ContainsKey(c)).ToList();

    public bool Has(Column column) => found.ContainsKey(column);

    public TableCell Cell(TableRow row, Column column) =>
        found.TryGetValue(column, out var at) ? row[at.Position] : TableCell.Empty;

    /// <summary>The column's name for messages, with the header as the file writes it when that differs.</summary>
    public string Label(Column column) => found.TryGetValue(column, out var at) ? at.Label : column.Name;

    private static string Normalize(string header) => header.Trim().Trim('\uFEFF', '\u200B').Trim();

    private static string MissingMessage(TableRow row, List<Column> missing)
    {
        var names = string.Join(", ", missing.Select(c => c.Describe()));
        var has = string.Join(", ", row.Cells.Select(c => Normalize(c.Text)).Where(t => t.Length > 0).Take(30));
        var message = $"missing required column{(missing.Count > 1 ? "s" : "")} {names}; the header row has: {has}";
        if (row.Cells.Count == 1 && (has.Contains('\t', StringComparison.Ordinal) || has.Contains(';', StringComparison.Ordinal)))
        {
            message += " (the columns must be separated by commas; this looks tab- or semicolon-separated)";
        }

        return message;
    }
}
