namespace Claims.Documents.Pdf.Layout;

/// <summary>Fills the space its parent grants, then draws the child on top.</summary>
internal sealed class BackgroundElement(Color color) : Wrapper
{
    protected override SpacePlan MeasureCore(PageContext page, Size available) => Inner.Measure(page, available);

    protected override bool DrawCore(DrawContext context, Size available)
    {
        context.Canvas.FillRectangle(0, 0, available.Width, available.Height, color);
        Inner.Draw(context, available);
        return Inner.IsDone;
    }
}
