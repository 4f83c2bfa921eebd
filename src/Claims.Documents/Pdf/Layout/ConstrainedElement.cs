namespace Claims.Documents.Pdf.Layout;

/// <summary>Fixes or bounds the child's size: Width, Height, MinHeight.</summary>
internal sealed class ConstrainedElement(double? width, double? height, double? minHeight) : Wrapper
{
    protected override SpacePlan MeasureCore(PageContext page, Size available)
    {
        if (height is { } h && h > available.Height + Size.Epsilon)
        {
            return SpacePlan.Wrap;
        }

        var inner = InnerSize(available);
        var plan = Inner.Measure(page, inner);
        if (plan.IsWrap)
        {
            return plan;
        }

        var planned = height ?? Math.Max(plan.Height, minHeight ?? 0);
        if (planned > available.Height + Size.Epsilon)
        {
            return SpacePlan.Wrap;
        }

        return plan with { Width = width is null ? plan.Width : inner.Width, Height = planned };
    }

    protected override bool DrawCore(DrawContext context, Size available)
    {
        Inner.Draw(context, InnerSize(available));
        return Inner.IsDone;
    }

    private Size InnerSize(Size available) =>
        new(width is { } w ? Math.Min(w, available.Width) : available.Width, height is { } h ? Math.Min(h, available.Height) : available.Height);
}
