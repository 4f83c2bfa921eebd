using Claims.Documents.Pdf.Layout;

namespace Claims.Documents.Pdf;

/// <summary>Small wrappers: each puts an element into the container and returns the container inside it.</summary>
public static class LayoutExtensions
{
    public static IContainer Padding(this IContainer container, double all) => container.Padding(all, all, all, all);

    public static IContainer Padding(this IContainer container, double horizontal, double vertical) =>
        container.Padding(horizontal, vertical, horizontal, vertical);

    public static IContainer Padding(this IContainer container, double left, double top, double right, double bottom) =>
        Wrap(container, new PaddingElement(left, top, right, bottom));

    public static IContainer PaddingTop(this IContainer container, double top) => container.Padding(0, top, 0, 0);

    public static IContainer PaddingBottom(this IContainer container, double bottom) => container.Padding(0, 0, 0, bottom);

    public static IContainer PaddingLeft(this IContainer container, double left) => container.Padding(left, 0, 0, 0);

    public static IContainer Background(this IContainer container, Color color) => Wrap(container, new BackgroundElement(color));

    public static IContainer Border(this IContainer container, double thickness, Color? color = null) =>
        Wrap(container, new BorderElement(thickness, thickness, thickness, thickness, color ?? Colors.Rule));

    public static IContainer BorderBottom(this IContainer container, double thickness, Color? color = null) =>
        Wrap(container, new BorderElement(0, 0, 0, thickness, color ?? Colors.Rule));

    public static IContainer BorderTop(this IContainer container, double thickness, Color? color = null) =>
        Wrap(container, new BorderElement(0, thickness, 0, 0, color ?? Colors.Rule));

    public static IContainer Width(this IContainer container, double width) => Wrap(container, new ConstrainedElement(width, null, null));

    public static IContainer Height(this IContainer container, double height) => Wrap(container, new ConstrainedElement(null, height, null));

    public static IContainer MinHeight(this IContainer container, double height) => Wrap(container, new ConstrainedElement(null, null, height));

    /// <summary>
    /// Moves the content to the next page when less than <paramref name="minHeight"/> points are left and it would not
    /// fit whole: keeps a section's heading with its first lines.
    /// </summary>
    public static IContainer EnsureSpace(this IContainer container, double minHeight = 150) => Wrap(container, new EnsureSpaceElement(minHeight));

    public static IContainer AlignLeft(this IContainer container) => Wrap(container, new AlignmentElement(HorizontalAlignment.Left));

    public static IContainer AlignCenter(this IContainer container) => Wrap(container, new AlignmentElement(HorizontalAlignment.Center));

    public static IContainer AlignRight(this IContainer container) => Wrap(container, new AlignmentElement(HorizontalAlignment.Right));

    /// <summary>Lets a reusable section compose itself here.</summary>
    public static void Component(this IContainer container, IComponent component) => component.Compose(container);

    /// <summary>Applies a local helper (e.g. a cell style) and returns what it returns: <c>table.Cell().Element(CellStyle).Text(...)</c>.</summary>
    public static IContainer Element(this IContainer container, Func<IContainer, IContainer> style) => style(container);

    public static void Element(this IContainer container, Action<IContainer> compose) => compose(container);

    public static void LineHorizontal(this IContainer container, double thickness = 0.75, Color? color = null) =>
        Slot.Of(container).Child = new LineElement(thickness, color ?? Colors.Rule);

    /// <summary>Ends the page here; what follows starts on the next one.</summary>
    public static void PageBreak(this IContainer container) => Slot.Of(container).Child = new PageBreakElement();

    /// <summary>A PNG or JPEG image, e.g. an evidence thumbnail (give the container a Height and use <see cref="ImageScaling.FitArea"/>).</summary>
    public static void Image(this IContainer container, byte[] image, ImageScaling scaling = ImageScaling.FitWidth) =>
        Slot.Of(container).Child = new ImageElement(ImageData.From(image), scaling);

    public static void Column(this IContainer container, Action<ColumnDescriptor> describe)
    {
        var column = new ColumnElement();
        Slot.Of(container).Child = column;
        describe(new ColumnDescriptor(column));
    }

    public static void Row(this IContainer container, Action<RowDescriptor> describe)
    {
        var row = new RowElement();
        Slot.Of(container).Child = row;
        describe(new RowDescriptor(row));
    }

    public static void Table(this IContainer container, Action<TableDescriptor> describe)
    {
        var table = new TableElement();
        Slot.Of(container).Child = table;
        describe(new TableDescriptor(table));
    }

    private static IContainer Wrap(IContainer container, Wrapper wrapper)
    {
        Slot.Of(container).Child = wrapper;
        return wrapper.Inner;
    }
}
