using Claims.Documents.Pdf;

namespace Claims.Finance.Packets.Sections;

/// <summary>Room for both sides to sign and date: the carrier's signature acknowledges the claim and its amount.</summary>
internal sealed class SignatureSection(string shop, string carrierName) : IComponent
{
    public void Compose(IContainer container) =>
        container.PaddingTop(10).Row(row =>
        {
            row.Spacing(30);
            Side(row.RelativeItem(), "索赔方 For the claimant", shop);
            Side(row.RelativeItem(), "承运商 For the carrier", carrierName);
        });

    private static void Side(IContainer container, string title, string party) =>
        container.Column(column =>
        {
            column.Spacing(2);
            column.Item().Text(t =>
            {
                t.Span(title).Style(Typography.TableHeader);
                t.Span("  " + party).Style(Typography.Small);
            });
            column.Item().PaddingTop(22).Row(row =>
            {
                row.Spacing(10);
                row.RelativeItem().LineHorizontal(0.5, Colors.Muted);
                row.ConstantItem(70).LineHorizontal(0.5, Colors.Muted);
            });
            column.Item().Row(row =>
            {
                row.Spacing(10);
                row.RelativeItem().Text("签字（盖章） Signature (and seal)", Typography.Small);
                row.ConstantItem(70).Text("日期 Date", Typography.Small);
            });
        });
}
