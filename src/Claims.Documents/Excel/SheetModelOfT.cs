using Claims.Documents.Excel.Internal;

namespace Claims.Documents.Excel;

/// <summary>
/// A sheet whose rows are <typeparamref name="TRow"/> values, described column by column:
/// <c>new SheetModel&lt;Claim&gt;("Claims", rows).Text("Waybill", c =&gt; c.Waybill).Money("Assessed", c =&gt; c.Amount, c =&gt; c.Currency)</c>.
/// Rows are enumerated once, while the file is written, so they can stream from a database reader.
/// </summary>
public sealed class SheetModel<TRow> : SheetModel
{
    private readonly IAsyncEnumerable<TRow> _rows;
    private readonly List<Column<TRow>> _columns = [];

    public SheetModel(string name, IAsyncEnumerable<TRow> rows) : base(name) => _rows = rows;

    public SheetModel(string name, IEnumerable<TRow> rows) : this(name, rows.ToAsyncEnumerable())
    {
    }

    public IReadOnlyList<Column<TRow>> Columns => _columns;

    internal override IReadOnlyList<ColumnSpec> Specs => _columns.Select(c => new ColumnSpec(c.Header, c.Kind, c.Width)).ToList();

    /// <summary>User text: always written as a string cell, never as a formula, whatever it starts with.</summary>
    public SheetModel<TRow> Text(string header, Func<TRow, string?> value, double? width = null) =>
        Add(header, ColumnKind.Text, width, (r, _) => CellValue.OfText(value(r)));

    public SheetModel<TRow> Integer(string header, Func<TRow, long?> value, double? width = null) =>
        Add(header, ColumnKind.Integer, width, (r, _) => CellValue.OfNumber(value(r), NumberFormats.Integer));

    public SheetModel<TRow> Decimal(string header, Func<TRow, decimal?> value, string format = NumberFormats.Decimal2, double? width = null) =>
        Add(header, ColumnKind.Decimal, width, (r, _) => CellValue.OfNumber(value(r), format));

    /// <summary>An amount whose currency can differ row by row; each cell gets its currency's format.</summary>
    public SheetModel<TRow> Money(string header, Func<TRow, decimal?> amount, Func<TRow, string?> currency, double? width = null) =>
        Add(header, ColumnKind.Money, width, (r, _) => CellValue.OfNumber(amount(r), NumberFormats.Currency(currency(r))));

    /// <summary>An amount in one currency for the whole column.</summary>
    public SheetModel<TRow> Money(string header, Func<TRow, decimal?> amount, string currency, double? width = null)
    {
        var format = NumberFormats.Currency(currency);
        return Add(header, ColumnKind.Money, width, (r, _) => CellValue.OfNumber(amount(r), format));
    }

    public SheetModel<TRow> Date(string header, Func<TRow, DateOnly?> value, double? width = null) =>
        Add(header, ColumnKind.Date, width, (r, _) => CellValue.OfDate(value(r)));

    /// <summary>A moment, already converted by the caller to the time zone the reader expects.</summary>
    public SheetModel<TRow> DateTime(string header, Func<TRow, DateTime?> value, double? width = null) =>
        Add(header, ColumnKind.DateTime, width, (r, _) => CellValue.OfDateTime(value(r)));

    /// <summary>A fraction shown as a percentage (0.125 shows as 12.50%).</summary>
    public SheetModel<TRow> Percent(string header, Func<TRow, decimal?> fraction, double? width = null) =>
        Add(header, ColumnKind.Percent, width, (r, _) => CellValue.OfNumber(fraction(r), NumberFormats.Percent));

    /// <summary>A formula written by our code (without the leading '='), e.g. a SUMIFS over another sheet.</summary>
    public SheetModel<TRow> Formula(string header, Func<TRow, FormulaRow, string> formula, Func<TRow, string> format, double? width = null) =>
        Add(header, ColumnKind.Formula, width, (r, f) => f is null ? CellValue.Empty : CellValue.OfFormula(formula(r, f), format(r)));

    public SheetModel<TRow> Formula(string header, Func<TRow, FormulaRow, string> formula, string format = NumberFormats.General, double? width = null) =>
        Formula(header, formula, _ => format, width);

    private SheetModel<TRow> Add(string header, ColumnKind kind, double? width, Func<TRow, FormulaRow?, CellValue> value)
    {
        if (_columns.Any(c => string.Equals(c.Header, header, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"Sheet '{Name}' already has a column '{header}'.", nameof(header));
        }

        _columns.Add(new Column<TRow>(header, kind, width, value));
        return this;
    }

    internal override IRowCursor OpenRows(CancellationToken cancellationToken) =>
        new RowCursor<TRow>(_rows.GetAsyncEnumerator(cancellationToken), _columns);
}
