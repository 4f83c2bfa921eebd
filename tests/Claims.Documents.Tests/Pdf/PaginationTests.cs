using Claims.Documents.Pdf;
using Claims.Documents.Tests.Support;

namespace Claims.Documents.Tests.Pdf;

public sealed class PaginationTests
{
    private const double ContentHeight = 841.89 - 80; // A4 minus the 40 pt margins

    public PaginationTests() => PdfSetup.Configure(new PdfOptions());

    [Fact]
    public void a_page_break_after_content_that_filled_the_page_leaves_no_blank_page()
    {
        var pdf = Write(new Doc(column =>
        {
            column.Spacing(8); // no room for the gap before the break: it is met at the top of page 2
            column.Item().Height(ContentHeight).Background(Colors.Shade).Text("a full page");
            column.Item().PageBreak();
            column.Item().Text("the next section");
        }));

        Assert.Equal(2, Poppler.PageCount(pdf));
        Assert.Contains("the next section", Poppler.Text(pdf, page: 2));
    }

    [Fact]
    public void a_paragraph_longer_than_a_page_continues_on_the_next()
    {
        var lines = string.Join("\n", Enumerable.Range(1, 120).Select(i => $"第{i}行 line {i}"));
        var pdf = Write(new Doc(column => column.Item().Text(lines)));

        Assert.Equal(3, Poppler.PageCount(pdf));
        Assert.Contains("line 120", Poppler.Text(pdf, page: 3));
        var all = Poppler.Text(pdf);
        Assert.All(Enumerable.Range(1, 120), i => Assert.Contains($"第{i}行 line {i}\n", all));
    }

    [Fact]
    public void a_section_that_needs_more_room_than_is_left_starts_on_the_next_page_with_its_heading()
    {
        var pdf = Write(new Doc(column =>
        {
            column.Item().Height(ContentHeight - 60).Background(Colors.Shade).Text("most of a page");
            column.Item().EnsureSpace(120).Column(section =>
            {
                section.Item().Text("Evidence heading");
                section.Item().Height(100).Background(Colors.Shade).Text("a thumbnail row");
            });
        }));

        Assert.Equal(2, Poppler.PageCount(pdf));
        Assert.DoesNotContain("Evidence heading", Poppler.Text(pdf, page: 1));
        Assert.Contains("Evidence heading", Poppler.Text(pdf, page: 2));
    }

    [Fact]
    public void a_section_that_fits_whole_stays_where_it_is_whatever_room_it_asked_for()
    {
        var pdf = Write(new Doc(column =>
        {
            column.Item().Height(ContentHeight - 60).Background(Colors.Shade).Text("most of a page");
            column.Item().EnsureSpace(120).Text("a short closing line");
        }));

        Assert.Equal(1, Poppler.PageCount(pdf));
    }

    [Fact]
    public void something_taller_than_a_page_is_reported_instead_of_looping()
    {
        var error = Assert.Throws<DocumentLayoutException>(() =>
            new Doc(column => column.Item().Height(ContentHeight + 10).Text("too tall")).GeneratePdf());

        Assert.Contains("does not fit even on an empty page", error.Message);
    }

    [Fact]
    public void documents_are_produced_by_the_mit_licensed_pdfsharp_without_a_licence_key()
    {
        // PDFsharp names itself (and, from 6.5 on, its AGPL licence) in the Producer field of every document it writes.
        var info = Tool.Run("pdfinfo", [Write(new Doc(column => column.Item().Text("licensed")))]).Output;

        Assert.Contains("PDFsharp 6.2.4", info);
        Assert.DoesNotContain("AGPL", info);
    }

    private static string Write(IDocument document)
    {
        var path = Path.Combine(Paths.NewTempDirectory(), "doc.pdf");
        File.WriteAllBytes(path, document.GeneratePdf());
        return path;
    }

    private sealed class Doc(Action<ColumnDescriptor> content) : IDocument
    {
        public void Compose(IDocumentContainer container) =>
            container.Page(page =>
            {
                page.Margin(50, 40);
                page.Content().Column(content);
            });
    }
}
