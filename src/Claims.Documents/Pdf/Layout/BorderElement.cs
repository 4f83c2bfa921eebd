namespace Claims.Documents.Pdf.Layout;

/// <summary>Lines along the edges of the granted space, drawn over the child (add padding inside to keep text off them).</summary>
internal sealed class BorderElement(double left, double top, double right, double bottom, Color color) : Wrapper
{
    protected override SpacePlan MeasureCore(PageContext page, Size available) => Inner.Measure(page, available);

    protected override bool DrawCore(DrawContext context, Size available)
    {
        Inner.Draw(context, available);
        var (w, h) = (available.Width, available.Height);
        var canvas = context.Canvas;
        if (top > 0) canvas.DrawLine(0, top / 2, w, top / 2, top, color);
        if (bottom > 0) canvas.DrawLine(0, h - (bottom / 2), w, h - (bottom / 2), bottom, color);
        if (left > 0) canvas.DrawLine(left / 2, 0, left / 2, h, left, color);
        if (right > 0) canvas.DrawLine(w - (right / 2), 0, w - (right / 2), h, right, color);
        return Inner.IsDone;
    }
}
