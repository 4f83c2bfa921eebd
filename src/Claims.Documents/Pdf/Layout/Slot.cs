namespace Claims.Documents.Pdf.Layout;

/// <summary>The place one child goes; what the public <see cref="IContainer"/> really is. Empty slots take no space.</summary>
internal sealed class Slot : Element, IContainer
{
    private Element? _child;

    public Element? Child
    {
        get => _child;
        set
        {
            if (_child is not null)
            {
                throw new InvalidOperationException("This container already has content; wrap several items in a Column or Row.");
            }

            _child = value;
        }
    }

    public static Slot Of(IContainer container) =>
        container as Slot ?? throw new ArgumentException("Containers come from the document API.", nameof(container));

    protected override SpacePlan MeasureCore(PageContext page, Size available) => _child?.Measure(page, available) ?? SpacePlan.Full(0, 0);

    protected override bool DrawCore(DrawContext context, Size available)
    {
        if (_child is null)
        {
            return true;
        }

        _child.Draw(context, available);
        return _child.IsDone;
    }

    protected override IEnumerable<Element> Children => _child is null ? [] : [_child];
}
