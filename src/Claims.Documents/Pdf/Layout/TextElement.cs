namespace Claims.Documents.Pdf.Layout;

/// <summary>A paragraph of styled spans. Lines that do not fit continue on the next page.</summary>
internal sealed class TextElement(IReadOnlyList<TextSpan> spans, HorizontalAlignment alignment, IFontMetrics metrics) : Element
{
    private readonly bool _hasPageNumbers = spans.Any(s => s.Kind != SpanKind.Literal);
    private int _next;
    private List<TextLine>? _lines;
    private double _linesWidth = double.NaN;
    private PageContext? _linesPage;

    protected override SpacePlan MeasureCore(PageContext page, Size available)
    {
        var lines = Lines(page, available.Width);
        if (_next >= lines.Count)
        {
            return SpacePlan.Full(0, 0);
        }

        double height = 0;
        var count = 0;
        for (var i = _next; i < lines.Count && height + lines[i].Height <= available.Height + Size.Epsilon; i++, count++)
        {
            height += lines[i].Height;
        }

        // The widest of all lines, not only of those that fit: drawn at that width the text breaks the same way.
        var width = lines.Max(l => l.Width);

        if (count == 0)
        {
            return SpacePlan.Wrap;
        }

        return _next + count == lines.Count ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
    }

    protected override bool DrawCore(DrawContext context, Size available)
    {
        var lines = Lines(context.Page, available.Width);
        double y = 0;
        while (_next < lines.Count && y + lines[_next].Height <= available.Height + Size.Epsilon)
        {
            var line = lines[_next];
            var offset = alignment switch
            {
                HorizontalAlignment.Right => available.Width - line.Width,
                HorizontalAlignment.Center => (available.Width - line.Width) / 2,
                _ => 0,
            };
            foreach (var run in line.Runs)
            {
                context.Canvas.DrawText(run.Text, run.Style, offset + run.X, y + line.Baseline);
            }

            y += line.Height;
            _next++;
        }

        return _next >= lines.Count;
    }

    protected override void ResetCore() => _next = 0;

    // Line breaking depends only on the width (and, for page numbers, the page), so it is done once per width.
    private List<TextLine> Lines(PageContext page, double width)
    {
        if (_lines is null || Math.Abs(width - _linesWidth) > Size.Epsilon || (_hasPageNumbers && page != _linesPage))
        {
            _lines = LineBreaker.Break(spans.Select(s => (s.Resolve(page), s.Style)).ToList(), width, metrics);
            _linesWidth = width;
            _linesPage = page;
        }

        return _lines;
    }
}
