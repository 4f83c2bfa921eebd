namespace Claims.Documents.Pdf;

internal sealed class DocumentContainer : IDocumentContainer
{
    public List<PageDescriptor> PageSets { get; } = [];

    public IDocumentContainer Page(Action<PageDescriptor> describe)
    {
        var page = new PageDescriptor();
        describe(page);
        PageSets.Add(page);
        return this;
    }
}
