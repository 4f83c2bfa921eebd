namespace Claims.Documents.Pdf.Layout;

internal sealed class PaddingElement(double left, double top, double right, double bottom) : Wrapper
{
    protected override SpacePlan MeasureCore(PageContext page, Size available)
    {
        var plan = Inner.Measure(page, Shrink(available));
        return plan.IsWrap ? plan : plan with { Width = plan.Width + left + right, Height = plan.Height + top + bottom };
    }

    protected override bool DrawCore(DrawContext context, Size available)
    {
        context.Canvas.Translate(left, top);
        Inner.Draw(context, Shrink(available));
        context.Canvas.Translate(-left, -top);
        return Inner.IsDone;
    }

    private Size Shrink(Size size) => new(size.Width - left - right, size.Height - top - bottom);
}
