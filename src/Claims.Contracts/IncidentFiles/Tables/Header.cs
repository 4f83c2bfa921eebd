namespace Claims.Contracts.IncidentFiles.Tables;

/// <summary>A column a file may have: its English name (matched ignoring case) and its Chinese names.</summary>
internal sealed record Column(string Name, bool Required, params string[] ChineseNames)
{
    public bool Matches(string header) =>
        string.Equals(header, Name, StringComparison.OrdinalIgnoreCase) || ChineseNames.Contains(header, StringComparer.Ordinal);

    public string Describe() => ChineseNames.Length == 0 ? Name : $"{Name} ({string.Join(" / ", ChineseNames)})";
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

    public static Header Find(TableRow row, IReadOnlyList<Column> columns, string fileName)
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

        var missing = columns.Where(c => c.Required && !found.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new IncidentFileException(fileName, row.Line, MissingMessage(row, missing));
        }

        return new Header(row.Line, found);
    }

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
