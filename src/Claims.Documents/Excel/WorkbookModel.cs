namespace Claims.Documents.Excel;

/// <summary>A workbook to write: its sheets in order, and the document properties Excel shows under File › Info.</summary>
public sealed record WorkbookModel(IReadOnlyList<SheetModel> Sheets)
{
    public string? Title { get; init; }
    public string? Author { get; init; }

    /// <summary>Stamped into the document properties; passed in (not read from a clock) so output is reproducible.</summary>
    public DateTimeOffset? Created { get; init; }
}
