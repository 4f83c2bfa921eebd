using Claims.Documents.Pdf;
using Claims.Finance.Packets.Sections;

namespace Claims.Finance.Packets;

/// <summary>
/// A carrier's month: a cover with totals per currency, the table of all the month's claims, the deposit deductions and
/// the month's service-level penalties, then each claim's own section starting on a new page. It goes to the carrier, so it
/// holds that carrier's figures only; comparing carriers is the managers' own report.
/// </summary>
internal sealed class CarrierMonthDocument(CarrierMonthModel model, PacketSender sender) : IDocument
{
    private string Period => Labels.Month(model.Year, model.Month);

    public DocumentMetadata Metadata => new($"{model.CarrierName} {Period} 索赔汇总 Claims", sender.Shop, $"{model.Claims.Count} claims");

    public void Compose(IDocumentContainer container) =>
        container.Page(page =>
        {
            PacketPage.Frame(page, sender, $"{model.CarrierName} · {Period}");
            page.Content().PaddingTop(8).Column(column =>
            {
                column.Spacing(10);
                column.Item().Component(new CoverSection(model, sender.Shop));
                column.Item().Component(new ClaimsTableSection(model));
                column.Item().Component(new DeductionsSection(model));
                column.Item().Component(new PenaltiesSection(model));
                foreach (var claim in model.Claims)
                {
                    column.Item().PageBreak();
                    column.Item().Component(new ClaimSection(claim, sender.Shop));
                }
            });
        });
}
