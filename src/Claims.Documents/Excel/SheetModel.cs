using Claims.Documents.Excel.Internal;

namespace Claims.Documents.Excel;

/// <summary>A sheet to write: a name, typed columns and rows that are read once, as they are written.</summary>
public abstract class SheetModel
{
    private protected SheetModel(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }
    public bool FreezeHeader { get; init; } = true;
    public bool AutoFilter { get; init; } = true;

    /// <summary>
    /// Printed as a table: landscape, all columns on the page's width, the header row repeated on every page, page
    /// numbers in the footer (without it a wide register prints as hundreds of portrait pages of three columns).
    /// </summary>
    public bool PrintAsTable { get; init; } = true;

    internal abstract IReadOnlyList<ColumnSpec> Specs { get; }

    internal abstract IRowCursor OpenRows(CancellationToken cancellationToken);
}

/// <summary>What the writers need to know about a column without knowing the row type.</summary>
internal sealed record ColumnSpec(string Header, ColumnKind Kind, double? Width);

/// <summary>Rows of a sheet, one at a time; the first few can be looked at ahead to size the columns.</summary>
internal interface IRowCursor : IAsyncDisposable
{
    /// <summary>Reads up to <paramref name="count"/> rows ahead and returns their cells (formulas left empty).</summary>
    ValueTask<IReadOnlyList<CellValue[]>> SampleAsync(int count);

    ValueTask<bool> MoveNextAsync();

    void Evaluate(Span<CellValue> cells, FormulaRow? formulaRow);
}
