using Claims.Documents.Pdf;
using Claims.Finance.Packets.Sections;

namespace Claims.Finance.Packets;

/// <summary>One claim's packet: the claim section, sent to the carrier to be checked, paid and signed.</summary>
internal sealed class ClaimPacketDocument(ClaimPacketModel model, PacketSender sender) : IDocument
{
    public DocumentMetadata Metadata =>
        new($"索赔函 Claim {model.Claim.Waybill}", sender.Shop, $"{model.Claim.CarrierName ?? model.Claim.Carrier} · {model.Claim.Contract}");

    public void Compose(IDocumentContainer container) =>
        container.Page(page =>
        {
            PacketPage.Frame(page, sender, $"{model.Claim.CarrierName ?? model.Claim.Carrier} · {model.Claim.Waybill}");
            page.Content().PaddingTop(8).Component(new ClaimSection(model, sender.Shop));
        });
}
