namespace Claims.Documents.Pdf.Layout;

/// <summary>An element around one child slot (padding, border, background, size constraints, alignment).</summary>
internal abstract class Wrapper : Element
{
    public Slot Inner { get; } = new();

    protected override IEnumerable<Element> Children => [Inner];
}
