namespace Claims.Documents.Pdf.Layout;

internal enum HorizontalAlignment : byte
{
    Left,
    Center,
    Right,
}

/// <summary>Places a child narrower than the granted space at its left, centre or right.</summary>
internal sealed class AlignmentElement(HorizontalAlignment alignment) : Wrapper
{
    protected override SpacePlan MeasureCore(PageContext page, Size available) => Inner.Measure(page, available);

    protected override bool DrawCore(DrawContext context, Size available)
    {
        var page = context.Page;
        var plan = Inner.Measure(page, available);
        var width = Math.Min(plan.Width, available.Width);
        var x = alignment switch
        {
            HorizontalAlignment.Center => (available.Width - width) / 2,
            HorizontalAlignment.Right => available.Width - width,
            _ => 0,
        };
        context.Canvas.Translate(x, 0);
        Inner.Draw(context, available with { Width = width });
        context.Canvas.Translate(-x, 0);
        return Inner.IsDone;
    }
}
