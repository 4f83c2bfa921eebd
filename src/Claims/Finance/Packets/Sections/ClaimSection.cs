using Claims.Documents.Pdf;

namespace Claims.Finance.Packets.Sections;

/// <summary>One claim, complete: what the carrier needs to check it and pay it (the body of a claim packet).</summary>
internal sealed class ClaimSection(ClaimPacketModel model, string shop) : IComponent
{
    public void Compose(IContainer container)
    {
        var c = model.Claim;
        container.Column(column =>
        {
            column.Spacing(8);
            column.Item().Text(t =>
            {
                t.Span("索赔函 Claim · ");
                t.Span(c.Waybill);
                t.Span($"  {Labels.Money(c.Amount, c.Currency)}").FontColor(Colors.Text);
            }, Typography.Title);
            column.Item().Component(new PartiesSection(model, shop));
            column.Item().Component(new IncidentSection(model));
            column.Item().Component(new BasisSection(model));
            column.Item().Component(new MoneySection(model));
            column.Item().EnsureSpace(80).Component(new TimelineSection(model));
            // Keep each heading with what follows it rather than alone at the foot of a page.
            column.Item().EnsureSpace(110).Component(new EvidenceSection(model));
            column.Item().EnsureSpace(80).Component(new SignatureSection(shop, c.CarrierName ?? c.Carrier));
        });
    }
}
