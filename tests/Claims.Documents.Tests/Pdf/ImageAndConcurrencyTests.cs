using Claims.Documents.Pdf;
using Claims.Documents.Tests.Support;

namespace Claims.Documents.Tests.Pdf;

public sealed class ImageAndConcurrencyTests
{
    public ImageAndConcurrencyTests() => PdfSetup.Configure(new PdfOptions());

    [Fact]
    public void a_jpeg_photo_is_embedded_as_jpeg()
    {
        var jpeg = JpegPhoto();
        var pdf = Write(new Photos(jpeg));

        var images = Tool.Run("pdfimages", ["-list", pdf]).Output;
        Assert.Contains("jpeg", images);
    }

    [Fact]
    public void a_file_that_is_not_a_picture_is_refused_when_the_document_is_composed()
    {
        var error = Assert.Throws<ArgumentException>(() => new Photos("not a picture"u8.ToArray()).GeneratePdf());

        Assert.Contains("PNG and JPEG", error.Message);
    }

    [Fact]
    public async Task documents_can_be_written_at_the_same_time()
    {
        // The web app serves several downloads at once; fonts and metrics are shared process-wide.
        var documents = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => new SampleDocument(rows: 60).GeneratePdf())));

        foreach (var bytes in documents)
        {
            var path = Path.Combine(Paths.NewTempDirectory(), "concurrent.pdf");
            File.WriteAllBytes(path, bytes);
            Assert.Contains(SampleDocument.Carrier, Poppler.Text(path, page: 1));
        }

        Assert.Single(documents.Select(d => d.Length).Distinct());
    }

    // A real JPEG, made by poppler from a rendered page.
    private static byte[] JpegPhoto()
    {
        var dir = Paths.NewTempDirectory();
        var pdf = Write(new Photos(SampleDocument.Photo), dir);
        var result = Tool.Run("pdftoppm", ["-jpeg", "-r", "20", "-f", "1", "-l", "1", "-singlefile", pdf, Path.Combine(dir, "photo")]);
        Assert.Equal(0, result.ExitCode);
        return File.ReadAllBytes(Path.Combine(dir, "photo.jpg"));
    }

    private static string Write(IDocument document, string? dir = null)
    {
        var path = Path.Combine(dir ?? Paths.NewTempDirectory(), "doc.pdf");
        File.WriteAllBytes(path, document.GeneratePdf());
        return path;
    }

    private sealed class Photos(byte[] photo) : IDocument
    {
        public void Compose(IDocumentContainer container) =>
            container.Page(page => page.Content().Column(column =>
            {
                column.Item().Text("Evidence 证据");
                column.Item().Height(200).Image(photo, ImageScaling.FitArea);
            }));
    }
}
