using Claims.Documents.Pdf;

namespace Claims.Finance.Packets;

/// <summary>The page frame of every packet: who sends it and what it is at the top, "page X of Y" at the bottom.</summary>
internal static class PacketPage
{
    public static void Frame(PageDescriptor page, PacketSender sender, string subject)
    {
        page.Size(PageSize.A4).Margin(42, 32);
        page.Header().BorderBottom(0.75).PaddingBottom(4).Row(row =>
        {
            row.RelativeItem().Text($"{sender.Shop} · 理赔材料 Claim packet", Typography.Small);
            row.RelativeItem().AlignRight().Text(subject, Typography.Small);
        });
        page.Footer().PaddingTop(4).Row(row =>
        {
            row.RelativeItem().Text($"生成于 Produced {Labels.Moment(sender.ProducedAt)}", Typography.Small);
            row.RelativeItem().Text(t =>
            {
                t.AlignRight();
                t.Span("第 ");
                t.CurrentPageNumber();
                t.Span(" 页 / 共 ");
                t.TotalPages();
                t.Span(" 页 · page ");
                t.CurrentPageNumber();
                t.Span(" of ");
                t.TotalPages();
            }, Typography.Small);
        });
    }
}
