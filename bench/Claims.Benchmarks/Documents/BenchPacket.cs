using System.Globalization;
using Claims.Documents.Pdf;

namespace Claims.Benchmarks.Documents;

/// <summary>A carrier-month packet stand-in: a cover table, then one section per claim with facts, trace, timeline and a thumbnail.</summary>
internal sealed class BenchPacket(int claims, byte[] thumbnail) : IDocument
{
    public void Compose(IDocumentContainer container) =>
        container.Page(page =>
        {
            page.Margin(50, 40);
            page.Header().BorderBottom(0.75).PaddingBottom(4).Text("中通快递 · 2026-03 claim packet", Typography.Small);
            page.Footer().PaddingTop(4).Text(t =>
            {
                t.AlignCenter();
                t.CurrentPageNumber();
                t.Span(" / ");
                t.TotalPages();
            }, Typography.Small);
            page.Content().Column(column =>
            {
                column.Spacing(10);
                column.Item().Text($"中通快递 — {claims} claims, March 2026", Typography.Title);
                column.Item().Table(table =>
                {
                    table.ColumnsDefinition(c => c.RelativeColumn(2).RelativeColumn(3).ConstantColumn(90));
                    table.Header(h =>
                    {
                        h.Cell().Padding(3).Text("Waybill 运单号", Typography.TableHeader);
                        h.Cell().Padding(3).Text("Incident 事故", Typography.TableHeader);
                        h.Cell().Padding(3).AlignRight().Text("Amount 金额", Typography.TableHeader);
                    });
                    for (var i = 0; i < claims; i++)
                    {
                        table.Cell().BorderBottom(0.25).Padding(3).Text(Waybill(i), Typography.TableCell);
                        table.Cell().BorderBottom(0.25).Padding(3).Text("破损 damaged in transit", Typography.TableCell);
                        table.Cell().BorderBottom(0.25).Padding(3).AlignRight().Text(Amount(i), Typography.TableCell);
                    }
                });
                for (var i = 0; i < claims; i++)
                {
                    column.Item().PageBreak();
                    column.Item().Element(c => Section(c, i));
                }
            });
        });

    private void Section(IContainer container, int i) =>
        container.Column(column =>
        {
            column.Spacing(6);
            column.Item().Text($"Claim {Waybill(i)}", Typography.Heading);
            column.Item().Text(
                $"Parcel {Waybill(i)} was handed to 中通快递 on 2026-03-{1 + (i % 28):D2} and arrived with the outer box crushed. " +
                "承运人在签收时确认外箱破损，客户拒收并要求退款。The shop claims under clause 7.2 (page 4) of contract C-0-2026.");
            column.Item().Background(Colors.Shade).Padding(5).Text(
                $"min(actual loss {Amount(i)}, 7 × freight 12.00 = 84.00) = {Amount(i)}", Typography.Mono);
            column.Item().Table(table =>
            {
                table.ColumnsDefinition(c => c.ConstantColumn(110).RelativeColumn().RelativeColumn(2));
                table.Header(h =>
                {
                    h.Cell().Padding(2).Text("When", Typography.TableHeader);
                    h.Cell().Padding(2).Text("Who", Typography.TableHeader);
                    h.Cell().Padding(2).Text("What", Typography.TableHeader);
                });
                foreach (var (when, who, what) in new[]
                {
                    ("2026-03-02 09:30", "售后 小王", "Incident reported 登记事故"),
                    ("2026-03-02 10:05", "售后 小王", "Evidence attached 上传证据"),
                    ("2026-03-03 14:00", "财务 李会计", "Claim filed 提交索赔"),
                    ("2026-03-20 16:45", "中通快递", "Carrier accepted 承运人同意"),
                })
                {
                    table.Cell().Padding(2).Text(when, Typography.TableCell);
                    table.Cell().Padding(2).Text(who, Typography.TableCell);
                    table.Cell().Padding(2).Text(what, Typography.TableCell);
                }
            });
            column.Item().Row(row =>
            {
                row.Spacing(8);
                row.ConstantItem(80).Height(60).Image(thumbnail, ImageScaling.FitArea);
                row.RelativeItem().Text("Photo of the crushed box 外箱破损照片", Typography.Small);
            });
        });

    private static string Waybill(int i) => $"ZT{7500000000L + i}";

    private static string Amount(int i) => (10m + (i % 997 * 1.25m)).ToString("¥#,##0.00", CultureInfo.InvariantCulture);
}
