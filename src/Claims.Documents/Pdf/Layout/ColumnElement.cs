namespace Claims.Documents.Pdf.Layout;

/// <summary>Items stacked top to bottom with spacing between them; continues on the next page where it stops.</summary>
internal sealed class ColumnElement : Element
{
    private readonly List<Slot> _items = [];
    private int _next;

    public double Spacing { get; set; }

    public Slot AddItem()
    {
        var slot = new Slot();
        _items.Add(slot);
        return slot;
    }

    protected override SpacePlan MeasureCore(PageContext page, Size available)
    {
        double y = 0, width = 0;
        var placedAny = false;
        for (var i = _next; i < _items.Count; i++)
        {
            var gap = placedAny ? Spacing : 0;
            var plan = _items[i].Measure(page, new Size(available.Width, available.Height - y - gap));
            if (plan.IsWrap)
            {
                return placedAny ? SpacePlan.Partial(width, y) : SpacePlan.Wrap;
            }

            if (plan.Height > 0 || plan.IsPartial)
            {
                y += gap + plan.Height;
                placedAny = true;
            }

            width = Math.Max(width, plan.Width);
            if (plan.IsPartial)
            {
                return SpacePlan.Partial(width, y);
            }
        }

        return SpacePlan.Full(width, y);
    }

    protected override bool DrawCore(DrawContext context, Size available)
    {
        var page = context.Page;
        double y = 0;
        var placedAny = false;
        while (_next < _items.Count)
        {
            var item = _items[_next];
            var gap = placedAny ? Spacing : 0;
            var plan = item.Measure(page, new Size(available.Width, available.Height - y - gap));
            if (plan.IsWrap)
            {
                break;
            }

            if (plan.Height > 0 || plan.IsPartial)
            {
                y += gap;
                placedAny = true;
            }

            context.Canvas.Translate(0, y);
            item.Draw(context, new Size(available.Width, plan.Height));
            context.Canvas.Translate(0, -y);
            y += plan.Height;
            if (!item.IsDone)
            {
                break;
            }

            _next++;
        }

        return _next == _items.Count;
    }

    protected override void ResetCore() => _next = 0;

    protected override IEnumerable<Element> Children => _items;
}
