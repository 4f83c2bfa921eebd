using Claims.Documents.Pdf.Layout;

namespace Claims.Documents.Pdf;

public sealed class ColumnDescriptor
{
    private readonly ColumnElement _column;

    internal ColumnDescriptor(ColumnElement column) => _column = column;

    /// <summary>Vertical space between items, in points.</summary>
    public ColumnDescriptor Spacing(double points)
    {
        _column.Spacing = points;
        return this;
    }

    public IContainer Item() => _column.AddItem();
}
