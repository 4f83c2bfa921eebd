using Claims.Documents.Excel.Internal;

namespace Claims.Documents.Excel;

/// <summary>One typed column of a sheet: its header, kind, optional fixed width and how a row gives its cell.</summary>
public sealed class Column<TRow>
{
    private readonly Func<TRow, FormulaRow?, CellValue> _value;

    internal Column(string header, ColumnKind kind, double? width, Func<TRow, FormulaRow?, CellValue> value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(header);
        Header = header;
        Kind = kind;
        Width = width;
        _value = value;
    }

    public string Header { get; }
    public ColumnKind Kind { get; }

    /// <summary>Width in Excel character units; null measures it from the header and the first rows.</summary>
    public double? Width { get; }

    internal CellValue ValueOf(TRow row, FormulaRow? formulaRow) => _value(row, formulaRow);
}
