namespace Claims.Documents.Pdf.Layout;

/// <summary>
/// Ends the current page: the first time it is met it asks for the rest to go on the next page. On a page
/// with nothing on it yet (the content before it ended exactly at the foot of the last page) it does nothing,
/// so it never leaves a blank page behind.
/// </summary>
internal sealed class PageBreakElement : Element
{
    private bool _broken;

    protected override SpacePlan MeasureCore(PageContext page, Size available) =>
        _broken || !page.State.HasContent ? SpacePlan.Full(0, 0) : SpacePlan.Partial(0, 0);

    protected override bool DrawCore(DrawContext context, Size available)
    {
        if (_broken || !context.Page.State.HasContent)
        {
            return true;
        }

        _broken = true;
        return false;
    }

    protected override void ResetCore() => _broken = false;
}
