using Claims.Documents.Pdf.Layout;
using Claims.Documents.Pdf.Rendering;

namespace Claims.Documents.Pdf;

/// <summary>Builds a paragraph from spans: <c>text.Span("Amount: ").Style(Typography.Body); text.Span("¥1,234.50").Bold();</c></summary>
public sealed class TextDescriptor
{
    private readonly List<TextSpanDescriptor> _spans = [];
    private HorizontalAlignment _alignment = HorizontalAlignment.Left;

    internal TextDescriptor(TextStyle style) => DefaultStyle = style;

    internal TextStyle DefaultStyle { get; }

    public TextSpanDescriptor Span(string? text) => Add(text ?? "", SpanKind.Literal);

    /// <summary>The number of the page this text is drawn on.</summary>
    public TextSpanDescriptor CurrentPageNumber() => Add("", SpanKind.PageNumber);

    /// <summary>The document's page count (exact in headers and footers, which are drawn when it is known).</summary>
    public TextSpanDescriptor TotalPages() => Add("", SpanKind.TotalPages);

    public TextDescriptor AlignRight()
    {
        _alignment = HorizontalAlignment.Right;
        return this;
    }

    public TextDescriptor AlignCenter()
    {
        _alignment = HorizontalAlignment.Center;
        return this;
    }

    internal TextElement Build() =>
        new(_spans.Select(s => new TextSpan(s.Text, s.CurrentStyle, s.Kind)).ToList(), _alignment, FontCatalog.Shared);

    private TextSpanDescriptor Add(string text, SpanKind kind)
    {
        var span = new TextSpanDescriptor(text, kind, DefaultStyle);
        _spans.Add(span);
        return span;
    }
}

public sealed class TextSpanDescriptor
{
    internal TextSpanDescriptor(string text, SpanKind kind, TextStyle style)
    {
        Text = text;
        Kind = kind;
        CurrentStyle = style;
    }

    internal string Text { get; }
    internal SpanKind Kind { get; }
    internal TextStyle CurrentStyle { get; private set; }

    public TextSpanDescriptor Style(TextStyle style)
    {
        CurrentStyle = style;
        return this;
    }

    public TextSpanDescriptor Bold() => Style(CurrentStyle with { Bold = true });

    public TextSpanDescriptor FontSize(double size) => Style(CurrentStyle with { Size = size });

    public TextSpanDescriptor FontColor(Color color) => Style(CurrentStyle with { Color = color });
}
