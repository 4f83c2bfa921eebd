namespace Claims.Documents.Pdf.Layout;

/// <summary>One row of table cells; each cell spans one or more of the table's columns.</summary>
internal sealed class TableRow
{
    private readonly List<(int Column, int Span, Slot Slot)> _cells = [];

    public int NextColumn { get; private set; }

    public IEnumerable<Element> Cells => _cells.Select(c => (Element)c.Slot);

    public bool IsDone => _cells.All(c => c.Slot.IsDone);

    public Slot Add(int span)
    {
        var slot = new Slot();
        _cells.Add((NextColumn, span, slot));
        NextColumn += span;
        return slot;
    }

    public SpacePlan Measure(PageContext page, double[] columnX, double height)
    {
        double rowHeight = 0;
        var partial = false;
        foreach (var (column, span, slot) in _cells)
        {
            var plan = slot.Measure(page, new Size(columnX[column + span] - columnX[column], height));
            if (plan.IsWrap)
            {
                return SpacePlan.Wrap;
            }

            rowHeight = Math.Max(rowHeight, plan.Height);
            partial |= plan.IsPartial;
        }

        var width = columnX[^1];
        return partial ? SpacePlan.Partial(width, rowHeight) : SpacePlan.Full(width, rowHeight);
    }

    /// <summary>Draws every cell the full height of the row, so cell backgrounds and borders line up.</summary>
    public void Draw(DrawContext context, double[] columnX, double rowHeight)
    {
        foreach (var (column, span, slot) in _cells)
        {
            var x = columnX[column];
            context.Canvas.Translate(x, 0);
            slot.Draw(context, new Size(columnX[column + span] - x, rowHeight));
            context.Canvas.Translate(-x, 0);
        }
    }

    public void Reset()
    {
        foreach (var cell in _cells)
        {
            cell.Slot.Reset();
        }
    }
}
