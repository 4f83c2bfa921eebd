namespace Claims.Documents.Pdf.Layout;

/// <summary>
/// Starts its content on the next page unless at least <c>minHeight</c> points are left here (QuestPDF's EnsureSpace),
/// so a heading is not left alone at the foot of a page. Once drawn in part it continues like any other content.
/// </summary>
internal sealed class EnsureSpaceElement(double minHeight) : Wrapper
{
    private bool _started;

    protected override SpacePlan MeasureCore(PageContext page, Size available)
    {
        var plan = Inner.Measure(page, available);
        return !_started && plan.IsPartial && available.Height < minHeight ? SpacePlan.Wrap : plan;
    }

    protected override bool DrawCore(DrawContext context, Size available)
    {
        _started = true;
        Inner.Draw(context, available);
        return Inner.IsDone;
    }

    protected override void ResetCore() => _started = false;
}
