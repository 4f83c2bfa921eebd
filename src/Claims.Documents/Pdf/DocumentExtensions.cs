using Claims.Documents.Pdf.Rendering;

namespace Claims.Documents.Pdf;

public static class DocumentExtensions
{
    /// <summary>Composes the document and writes it as PDF. <see cref="PdfSetup.Configure"/> must have run first.</summary>
    public static void GeneratePdf(this IDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        PdfSetup.EnsureConfigured();
        var container = new DocumentContainer();
        document.Compose(container);
        if (container.PageSets.Count == 0)
        {
            throw new InvalidOperationException("The document composed no pages.");
        }

        DocumentRenderer.Render(container.PageSets, document.Metadata, output);
    }

    public static byte[] GeneratePdf(this IDocument document)
    {
        using var output = new MemoryStream();
        document.GeneratePdf(output);
        return output.ToArray();
    }
}
