using Claims.Documents.Pdf.Layout;

namespace Claims.Documents.Pdf;

/// <summary>Columns first, then the header cells, then body cells in reading order (they fill the rows left to right).</summary>
public sealed class TableDescriptor
{
    private readonly TableElement _table;

    internal TableDescriptor(TableElement table) => _table = table;

    public TableDescriptor ColumnsDefinition(Action<TableColumnsDescriptor> describe)
    {
        describe(new TableColumnsDescriptor(_table));
        return this;
    }

    /// <summary>Header cells, repeated at the top of every page the table runs over.</summary>
    public TableDescriptor Header(Action<TableHeaderDescriptor> describe)
    {
        describe(new TableHeaderDescriptor(_table));
        return this;
    }

    public IContainer Cell(int columnSpan = 1) => _table.AddCell(columnSpan);
}

public sealed class TableColumnsDescriptor
{
    private readonly TableElement _table;

    internal TableColumnsDescriptor(TableElement table) => _table = table;

    public TableColumnsDescriptor ConstantColumn(double width)
    {
        _table.AddColumn(width, 0);
        return this;
    }

    public TableColumnsDescriptor RelativeColumn(double weight = 1)
    {
        _table.AddColumn(null, weight);
        return this;
    }
}

public sealed class TableHeaderDescriptor
{
    private readonly TableElement _table;

    internal TableHeaderDescriptor(TableElement table) => _table = table;

    public IContainer Cell(int columnSpan = 1) => _table.AddHeaderCell(columnSpan);
}
