using Claims.Documents.Pdf;
using Claims.Documents.Tests.Support;

namespace Claims.Documents.Tests.Pdf;

/// <summary>A packet-like document exercising every part of the composition layer.</summary>
internal sealed class SampleDocument(int rows = 300) : IDocument
{
    public const string Carrier = "中通快递";
    public const string JapaneseLine = "配送中に破損しました。カタカナとひらがな、漢字。";
    public const string LatinLine = "The parcel was crushed in transit; the carrier accepted liability under clause 7.2 on page 4.";

    public static readonly byte[] Photo = TestImages.Png(160, 120);

    public DocumentMetadata Metadata => new("Claim packet 理赔材料", "Claims tests");

    public void Compose(IDocumentContainer container) =>
        container.Page(page =>
        {
            page.Size(PageSize.A4).Margin(50, 40);
            page.Header().BorderBottom(0.75).PaddingBottom(6).Row(row =>
            {
                row.RelativeItem().Text("Claims · 理赔材料", Typography.Small);
                row.ConstantItem(120).AlignRight().Text("ZT7501234567", Typography.Small);
            });
            page.Content().PaddingTop(12).Column(column =>
            {
                column.Spacing(8);
                column.Item().Text($"{Carrier} claim packet", Typography.Title);
                column.Item().Text(LatinLine);
                column.Item().Text(JapaneseLine);
                column.Item().Text(t =>
                {
                    t.Span("Assessed: ");
                    t.Span("¥1,234.50").Bold();
                    t.Span("  (clause 7.2, page 4)").Style(Typography.Small);
                });
                column.Item().Text(
                    "损坏赔偿按照合同第四页第七条第二款执行：实际损失不超过运费的七倍。承运人应在收到索赔后三十日内答复，逾期视为同意。" +
                    "A long waybill list without spaces: ZT7501234567ZT7501234568ZT7501234569ZT7501234570ZT7501234571ZT7501234572ZT7501234573.");
                column.Item().Row(row =>
                {
                    row.Spacing(10);
                    row.ConstantItem(120).Height(90).Image(Photo, ImageScaling.FitArea);
                    row.RelativeItem().Background(Colors.Shade).Padding(6).Text(t =>
                    {
                        t.Span("Evidence 证据 1").Style(Typography.Heading);
                        t.Span("\nphoto of the crushed box, taken at the warehouse on 2026-03-01").Style(Typography.Small);
                    });
                });
                column.Item().Text("Calculation trace", Typography.Heading);
                column.Item().Background(Colors.Shade).Padding(6).Text("min(actual 1234.50, 7 × freight 12.00 = 84.00) = 84.00", Typography.Mono);
                column.Item().Table(table =>
                {
                    table.ColumnsDefinition(c => c.ConstantColumn(30).RelativeColumn(2).RelativeColumn(2).ConstantColumn(80));
                    table.Header(h =>
                    {
                        foreach (var title in new[] { "#", "Waybill 运单号", "Carrier 承运商", "Amount 金额" })
                        {
                            h.Cell().Background(Colors.Shade).BorderBottom(0.75).Padding(3).Text(title, Typography.TableHeader);
                        }
                    });
                    for (var i = 1; i <= rows; i++)
                    {
                        table.Cell().BorderBottom(0.25).Padding(3).Text(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Typography.TableCell);
                        table.Cell().BorderBottom(0.25).Padding(3).Text($"ZT75{i:D8}", Typography.TableCell);
                        table.Cell().BorderBottom(0.25).Padding(3).Text(i % 7 == 0 ? "中通快递 — 外箱破损，内物受损，需要较长的说明文字来测试换行" : Carrier, Typography.TableCell);
                        table.Cell().BorderBottom(0.25).Padding(3).AlignRight().Text($"¥{i * 12.5m:N2}", Typography.TableCell);
                    }
                });
                column.Item().PageBreak();
                column.Item().Text("Signature 签字", Typography.Heading);
                column.Item().PaddingTop(30).Width(200).LineHorizontal();
            });
            page.Footer().PaddingTop(6).Text(t =>
            {
                t.AlignCenter();
                t.Span("Page ");
                t.CurrentPageNumber();
                t.Span(" / ");
                t.TotalPages();
            }, Typography.Small);
        });
}
