namespace Claims.Documents.Pdf.Layout;

/// <summary>Items side by side: fixed widths first, the rest shared out by relative weight. A row is as tall as its tallest item.</summary>
internal sealed class RowElement : Element
{
    private readonly List<(double? Constant, double Relative, Slot Slot)> _items = [];

    public double Spacing { get; set; }

    public Slot AddConstant(double width) => Add(width, 0);

    public Slot AddRelative(double weight) => Add(null, weight);

    protected override SpacePlan MeasureCore(PageContext page, Size available)
    {
        var widths = Widths(available.Width);
        double height = 0;
        var partial = false;
        for (var i = 0; i < _items.Count; i++)
        {
            var plan = _items[i].Slot.Measure(page, new Size(widths[i], available.Height));
            if (plan.IsWrap)
            {
                return SpacePlan.Wrap;
            }

            height = Math.Max(height, plan.Height);
            partial |= plan.IsPartial;
        }

        return partial ? SpacePlan.Partial(available.Width, height) : SpacePlan.Full(available.Width, height);
    }

    protected override bool DrawCore(DrawContext context, Size available)
    {
        var page = context.Page;
        var plan = MeasureCore(page, available);
        if (plan.IsWrap)
        {
            return false;
        }

        var widths = Widths(available.Width);
        double x = 0;
        var done = true;
        for (var i = 0; i < _items.Count; i++)
        {
            context.Canvas.Translate(x, 0);
            _items[i].Slot.Draw(context, new Size(widths[i], plan.Height));
            context.Canvas.Translate(-x, 0);
            done &= _items[i].Slot.IsDone;
            x += widths[i] + Spacing;
        }

        return done;
    }

    protected override IEnumerable<Element> Children => _items.Select(i => (Element)i.Slot);

    private Slot Add(double? constant, double relative)
    {
        var slot = new Slot();
        _items.Add((constant, relative, slot));
        return slot;
    }

    private double[] Widths(double total)
    {
        var fixedWidth = _items.Sum(i => i.Constant ?? 0) + (Spacing * Math.Max(0, _items.Count - 1));
        var weights = _items.Sum(i => i.Relative);
        var perWeight = weights > 0 ? Math.Max(0, total - fixedWidth) / weights : 0;
        return _items.Select(i => i.Constant ?? (i.Relative * perWeight)).ToArray();
    }
}
