using Claims.Documents.Pdf.Layout;

namespace Claims.Documents.Pdf;

public sealed class RowDescriptor
{
    private readonly RowElement _row;

    internal RowDescriptor(RowElement row) => _row = row;

    public RowDescriptor Spacing(double points)
    {
        _row.Spacing = points;
        return this;
    }

    /// <summary>An item sharing the width left after constant items, in proportion to its weight.</summary>
    public IContainer RelativeItem(double weight = 1) => _row.AddRelative(weight);

    public IContainer ConstantItem(double width) => _row.AddConstant(width);
}
