using Claims.Documents.Pdf.Layout;
using PdfSharp.Drawing;

namespace Claims.Documents.Pdf.Rendering;

/// <summary>One PDFsharp image per picture per document, so a thumbnail shown twice is stored once.</summary>
internal sealed class ImageCache : IDisposable
{
    private readonly Dictionary<ImageData, XImage> _images = new(ReferenceEqualityComparer.Instance);

    public XImage Get(ImageData image)
    {
        if (!_images.TryGetValue(image, out var loaded))
        {
            loaded = XImage.FromStream(new MemoryStream(image.Bytes, writable: false));
            _images.Add(image, loaded);
        }

        return loaded;
    }

    public void Dispose()
    {
        foreach (var image in _images.Values)
        {
            image.Dispose();
        }
    }
}
