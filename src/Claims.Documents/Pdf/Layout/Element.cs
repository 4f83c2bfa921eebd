namespace Claims.Documents.Pdf.Layout;

/// <summary>
/// A node of the layout tree. The protocol is QuestPDF's: a parent first asks <see cref="Measure"/> how much fits
/// in a space (no side effects), then calls <see cref="Draw"/> with the space it grants; drawing renders what fits
/// and remembers where to carry on, so the same element continues on the next page. A fully drawn element
/// measures as empty from then on.
/// </summary>
internal abstract class Element
{
    public bool IsDone { get; private set; }

    public SpacePlan Measure(PageContext page, Size available)
    {
        if (IsDone)
        {
            return SpacePlan.Full(0, 0);
        }

        return available.Width < -Size.Epsilon || available.Height < -Size.Epsilon
            ? SpacePlan.Wrap
            : MeasureCore(page, new Size(Math.Max(0, available.Width), Math.Max(0, available.Height)));
    }

    public void Draw(DrawContext context, Size available)
    {
        if (!IsDone)
        {
            IsDone = DrawCore(context, available);
        }
    }

    /// <summary>Back to the start, for content drawn afresh on every page (headers, footers, table headers).</summary>
    public void Reset()
    {
        IsDone = false;
        ResetCore();
        foreach (var child in Children)
        {
            child.Reset();
        }
    }

    protected abstract SpacePlan MeasureCore(PageContext page, Size available);

    /// <summary>Draws what fits; returns true when nothing is left for later pages.</summary>
    protected abstract bool DrawCore(DrawContext context, Size available);

    protected virtual void ResetCore()
    {
    }

    protected virtual IEnumerable<Element> Children => [];
}
