using Claims.Documents.Charts;
using Claims.Documents.Pdf;
using Claims.Documents.Tests.Support;

namespace Claims.Documents.Tests.Charts;

public sealed class PdfChartTests
{
    private static readonly Lazy<string> Pdf = new(() =>
    {
        PdfSetup.Configure(new PdfOptions());
        var path = Paths.Artifacts("chart-sample.pdf");
        File.WriteAllBytes(path, new ChartDocument().GeneratePdf());
        return path;
    });

    [Fact]
    public void the_pdf_charts_carry_their_titles_carriers_axis_and_legend_as_text()
    {
        var text = Poppler.Text(Pdf.Value);

        Assert.Contains("Incidents per 10k by type", text);
        Assert.Contains("中通快递", text);
        Assert.Contains("顺丰速运", text);
        Assert.Contains("per 10,000 parcels", text);
        Assert.Contains("Misdelivered", text);
        Assert.Contains("2026-04", text);
        Assert.Contains("100%", text);
    }

    [Fact]
    public void the_charts_are_drawn_as_vectors_not_images()
    {
        var pdf = Pdf.Value;
        var images = Tool.Run("pdfimages", ["-list", pdf]);

        Assert.Equal(0, images.ExitCode);
        Assert.Equal(2, images.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Poppler.RenderFirstPage(pdf, Paths.Artifacts("chart-sample.png"));
    }

    private sealed class ChartDocument : IDocument
    {
        public void Compose(IDocumentContainer container) =>
            container.Page(page =>
            {
                page.Size(PageSize.A4);
                page.Margin(36);
                page.Content().Column(column =>
                {
                    column.Spacing(12);
                    column.Item().Chart(SampleCharts.IncidentsByType, ChartLabels.Chinese);
                    column.Item().Chart(SampleCharts.MonthlyTrend, ChartLabels.Chinese);
                    column.Item().Chart(SampleCharts.RecoveryRate, ChartLabels.Chinese);
                });
            });
    }
}
