using Claims.Documents.Pdf.Layout;

namespace Claims.Documents.Pdf;

/// <summary>Describes a page set: size, margins, and the header, content and footer containers.</summary>
public sealed class PageDescriptor
{
    internal PageSize PageSize { get; private set; } = PageSize.A4;
    internal (double Left, double Top, double Right, double Bottom) Margins { get; private set; } = (50, 40, 50, 40);
    internal Slot HeaderSlot { get; } = new();
    internal Slot ContentSlot { get; } = new();
    internal Slot FooterSlot { get; } = new();

    public PageDescriptor Size(PageSize size)
    {
        PageSize = size;
        return this;
    }

    public PageDescriptor Margin(double all) => Margin(all, all);

    public PageDescriptor Margin(double horizontal, double vertical)
    {
        Margins = (horizontal, vertical, horizontal, vertical);
        return this;
    }

    /// <summary>Drawn at the top of every page of the set; may show page numbers.</summary>
    public IContainer Header() => HeaderSlot;

    /// <summary>The flowing content: continues page after page until it is all laid out.</summary>
    public IContainer Content() => ContentSlot;

    /// <summary>Drawn at the bottom of every page of the set; may show "page X of Y".</summary>
    public IContainer Footer() => FooterSlot;
}
