namespace Claims.Documents.Pdf;

public static class TextExtensions
{
    /// <summary>A paragraph in one style (body text unless told otherwise).</summary>
    public static void Text(this IContainer container, string? text, TextStyle? style = null) =>
        container.Text(t => t.Span(text), style);

    /// <summary>A paragraph of several spans, e.g. a label and a bold value, or "page X of Y".</summary>
    public static void Text(this IContainer container, Action<TextDescriptor> describe, TextStyle? style = null)
    {
        var descriptor = new TextDescriptor(style ?? Typography.Body);
        describe(descriptor);
        Layout.Slot.Of(container).Child = descriptor.Build();
    }
}
