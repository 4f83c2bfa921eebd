namespace Claims.Documents.Pdf.Layout;

internal sealed class LineElement(double thickness, Color color) : Element
{
    protected override SpacePlan MeasureCore(PageContext page, Size available) =>
        thickness <= available.Height + Size.Epsilon ? SpacePlan.Full(available.Width, thickness) : SpacePlan.Wrap;

    protected override bool DrawCore(DrawContext context, Size available)
    {
        context.Canvas.DrawLine(0, thickness / 2, available.Width, thickness / 2, thickness, color);
        return true;
    }
}
