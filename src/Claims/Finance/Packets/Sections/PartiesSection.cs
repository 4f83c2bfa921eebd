using Claims.Documents.Pdf;

namespace Claims.Finance.Packets.Sections;

/// <summary>Who claims from whom, under which signed contract (number and document file, the carrier's own copy).</summary>
internal sealed class PartiesSection(ClaimPacketModel model, string shop) : IComponent
{
    public void Compose(IContainer container)
    {
        var c = model.Claim;
        var contract = model.Contract;
        container.Column(column =>
        {
            column.Spacing(4);
            column.Item().Heading("当事方与合同 Parties and contract");
            column.Item().Pairs(
            [
                ("索赔方 Claimant", shop),
                ("承运商 Carrier", $"{c.CarrierName ?? c.Carrier} ({c.Carrier})"),
            ],
            [
                ("合同编号 Contract", contract?.Number ?? c.Contract),
                ("合同文件 Document", contract?.Document),
                ("合同期限 In force", contract is null ? null : $"{Labels.Date(contract.Effective)} – {(contract.Expires is { } e ? Labels.Date(e) : "open-ended")}"),
            ]);
        });
    }
}
