namespace Claims.Documents.Pdf;

/// <summary>A place in the document that takes one piece of content; fill it with the extension methods in <c>Fluent</c>.</summary>
public interface IContainer
{
}

/// <summary>A reusable section (a claim's header, its timeline, a signature block) that composes itself into a container.</summary>
public interface IComponent
{
    void Compose(IContainer container);
}

/// <summary>A document that composes itself from its model, as in QuestPDF.</summary>
public interface IDocument
{
    DocumentMetadata Metadata => DocumentMetadata.Empty;

    void Compose(IDocumentContainer container);
}

public interface IDocumentContainer
{
    /// <summary>Adds a page set: pages of one layout that repeat until its content is all laid out.</summary>
    IDocumentContainer Page(Action<PageDescriptor> describe);
}

public sealed record DocumentMetadata(string? Title = null, string? Author = null, string? Subject = null)
{
    public static readonly DocumentMetadata Empty = new();
}
