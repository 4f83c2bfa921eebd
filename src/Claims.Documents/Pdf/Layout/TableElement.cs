namespace Claims.Documents.Pdf.Layout;

/// <summary>
/// A table whose header rows repeat at the top of every page it spans. Rows move to the next page whole; only a
/// row taller than what is left of a fresh page is split across pages.
/// </summary>
internal sealed class TableElement : Element
{
    private readonly List<(double? Constant, double Relative)> _columns = [];
    private readonly List<TableRow> _header = [];
    private readonly List<TableRow> _rows = [];
    private int _next;

    public int ColumnCount => _columns.Count;

    public void AddColumn(double? constant, double relative) => _columns.Add((constant, relative));

    public Slot AddHeaderCell(int span) => AddCell(_header, span);

    public Slot AddCell(int span) => AddCell(_rows, span);

    protected override SpacePlan MeasureCore(PageContext page, Size available) => Layout(page, null, available);

    protected override bool DrawCore(DrawContext context, Size available)
    {
        var page = context.Page;
        Layout(page, context, available);
        return _next == _rows.Count;
    }

    protected override void ResetCore()
    {
        _next = 0;
        _header.ForEach(r => r.Reset());
    }

    protected override IEnumerable<Element> Children => _rows.SelectMany(r => r.Cells);

    // Measuring and drawing walk the rows the same way; with a context the rows are drawn and the position kept.
    private SpacePlan Layout(PageContext page, DrawContext? context, Size available)
    {
        var x = ColumnX(available.Width);
        double y = 0;
        foreach (var row in _header)
        {
            row.Reset(); // the header is drawn afresh on every page
            var plan = row.Measure(page, x, available.Height - y);
            if (plan.Type != SpacePlanType.Full)
            {
                return SpacePlan.Wrap;
            }

            Draw(context, row, x, y, plan.Height);
            y += plan.Height;
        }

        var index = _next;
        var progressed = false;
        while (index < _rows.Count)
        {
            var plan = _rows[index].Measure(page, x, available.Height - y);
            if (plan.IsWrap || (plan.IsPartial && progressed))
            {
                break;
            }

            Draw(context, _rows[index], x, y, plan.Height);
            y += plan.Height;
            progressed = true;
            if (plan.IsPartial)
            {
                break;
            }

            index++;
        }

        if (context is not null)
        {
            _next = index;
        }

        if (index == _rows.Count)
        {
            return SpacePlan.Full(x[^1], y);
        }

        // A header alone at the foot of a page helps nobody: the table starts on the next page instead.
        return progressed ? SpacePlan.Partial(x[^1], y) : SpacePlan.Wrap;
    }

    private static void Draw(DrawContext? context, TableRow row, double[] x, double y, double height)
    {
        if (context is null)
        {
            return;
        }

        context.Canvas.Translate(0, y);
        row.Draw(context, x, height);
        context.Canvas.Translate(0, -y);
    }

    private Slot AddCell(List<TableRow> rows, int span)
    {
        if (_columns.Count == 0)
        {
            throw new InvalidOperationException("Define the table's columns before adding cells.");
        }

        if (rows.Count == 0 || rows[^1].NextColumn == _columns.Count)
        {
            rows.Add(new TableRow());
        }

        if (span < 1 || rows[^1].NextColumn + span > _columns.Count)
        {
            throw new InvalidOperationException($"A cell spanning {span} columns does not fit in the row ({_columns.Count} columns).");
        }

        return rows[^1].Add(span);
    }

    private double[] ColumnX(double total)
    {
        var fixedWidth = _columns.Sum(c => c.Constant ?? 0);
        var weights = _columns.Sum(c => c.Relative);
        var perWeight = weights > 0 ? Math.Max(0, total - fixedWidth) / weights : 0;
        var x = new double[_columns.Count + 1];
        for (var i = 0; i < _columns.Count; i++)
        {
            x[i + 1] = x[i] + (_columns[i].Constant ?? (_columns[i].Relative * perWeight));
        }

        return x;
    }
}
