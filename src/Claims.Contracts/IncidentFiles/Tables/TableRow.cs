namespace Claims.Contracts.IncidentFiles.Tables;

/// <summary>
/// One cell as the file holds it. <see cref="Date"/> is set when the cell itself is a date (an XLSX date-styled
/// or plain numeric cell, read as an Excel serial date), so date columns need not parse the text.
/// </summary>
internal readonly record struct TableCell(string Text, DateOnly? Date = null)
{
    public static readonly TableCell Empty = new(string.Empty);

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}

/// <summary>A non-blank row of a CSV file or sheet; <see cref="Line"/> is where it starts (header = line 1).</summary>
internal sealed record TableRow(int Line, IReadOnlyList<TableCell> Cells)
{
    public TableCell this[int column] => column < Cells.Count ? Cells[column] : TableCell.Empty;

    public bool IsBlank => Cells.All(c => c.IsBlank);
}
