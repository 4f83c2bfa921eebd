using Claims.Documents.Pdf;
using Claims.Documents.Tests.Support;

namespace Claims.Documents.Tests.Pdf;

public sealed class PdfDocumentTests
{
    private static readonly Lazy<string> Sample = new(() =>
    {
        PdfSetup.Configure(new PdfOptions());
        var path = Paths.Artifacts("pdf-sample.pdf");
        File.WriteAllBytes(path, new SampleDocument().GeneratePdf());
        return path;
    });

    [Fact]
    public void chinese_japanese_and_latin_text_can_be_extracted()
    {
        var text = Poppler.Text(Sample.Value, page: 1);

        Assert.Contains(SampleDocument.Carrier + " claim packet", text);
        Assert.Contains("配送中に破損しました", text);
        Assert.Contains("clause 7.2 on page 4", text);
        Assert.Contains("¥1,234.50", text);
    }

    [Fact]
    public void the_table_header_repeats_on_every_page_the_table_runs_over()
    {
        var pages = Poppler.PageCount(Sample.Value);
        Assert.True(pages >= 4, $"300 rows should take several pages, got {pages}");

        var second = Poppler.Text(Sample.Value, page: 2);
        Assert.Contains("Waybill 运单号", second);
        Assert.Contains("Amount 金额", second);
        var third = Poppler.Text(Sample.Value, page: 3);
        Assert.Contains("Waybill 运单号", third);
    }

    [Fact]
    public void every_row_appears_once_in_order()
    {
        var text = Poppler.Text(Sample.Value);
        var positions = Enumerable.Range(1, 300).Select(i => text.IndexOf($"ZT75{i:D8}", StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void the_footer_numbers_pages_out_of_the_real_total()
    {
        var pages = Poppler.PageCount(Sample.Value);

        Assert.Contains($"Page 1 / {pages}", Poppler.Text(Sample.Value, page: 1));
        Assert.Contains($"Page {pages} / {pages}", Poppler.Text(Sample.Value, page: pages));
    }

    [Fact]
    public void a_page_break_starts_the_signature_on_a_new_page()
    {
        var last = Poppler.Text(Sample.Value, page: Poppler.PageCount(Sample.Value));

        Assert.Contains("Signature 签字", last);
        Assert.DoesNotContain("ZT75", last.Replace("ZT7501234567", "", StringComparison.Ordinal));
    }

    [Fact]
    public void qpdf_accepts_the_file()
    {
        var check = Poppler.QpdfCheck(Sample.Value);

        Assert.True(check.ExitCode is 0 or 3, $"qpdf --check exit {check.ExitCode}: {check.Output} {check.Error}");
    }

    [Fact]
    public void the_font_is_embedded_as_a_subset()
    {
        var fonts = Poppler.Fonts(Sample.Value);

        Assert.NotEmpty(fonts);
        Assert.All(fonts, line => Assert.Contains(" yes ", line)); // emb column
        Assert.True(new FileInfo(Sample.Value).Length < 1_500_000, "a subset of the CJK font, not all 5 MB of it");
    }

    [Fact]
    public void the_first_page_is_rendered_for_people_to_look_at()
    {
        var png = Paths.Artifacts("pdf-sample-page1.png");
        File.Delete(png);

        Poppler.RenderFirstPage(Sample.Value, png);

        Assert.True(new FileInfo(png).Length > 10_000, "a rendered page with text and a picture");
    }
}
