using Claims.Documents.Pdf;

namespace Claims.Finance.Packets.Sections;

/// <summary>
/// All the month's claims in one table (its header repeats on every page it runs over). Each row reconciles on its own:
/// claimed, accepted, received, deducted and outstanding, with the status that explains the difference.
/// </summary>
internal sealed class ClaimsTableSection(CarrierMonthModel model) : IComponent
{
    public void Compose(IContainer container) =>
        container.Column(column =>
        {
            column.Spacing(4);
            column.Item().Heading($"索赔明细 Claims ({model.Claims.Count})");
            column.Item().Table(table =>
            {
                table.ColumnsDefinition(d => d.ConstantColumn(20).RelativeColumn(3).ConstantColumn(52).RelativeColumn(2).ConstantColumn(40)
                    .RelativeColumn(2).RelativeColumn(2).RelativeColumn(2).RelativeColumn(2).RelativeColumn(2).RelativeColumn(2));
                table.HeaderRow("#", "运单号 Waybill", "日期 Date", "事故 Incident", "条款 Clause", "状态 Status", "索赔 Claimed", "同意 Accepted",
                    "已收 Received", "扣款 Deducted", "未结 Outstanding");
                var n = 0;
                foreach (var claim in model.Claims)
                {
                    var c = claim.Claim;
                    table.Cell().BodyCell().Text((++n).ToString(System.Globalization.CultureInfo.InvariantCulture), Typography.TableCell);
                    table.Cell().BodyCell().Text(c.Waybill, Typography.TableCell);
                    table.Cell().BodyCell().Text(Labels.Date(c.IncidentOn), Typography.TableCell);
                    table.Cell().BodyCell().Text(Labels.Incident(c.Incident), Typography.TableCell);
                    table.Cell().BodyCell().Text(c.Clause is null ? "—" : $"{c.Clause} p.{c.Page}", Typography.TableCell);
                    table.Cell().BodyCell().Text(Labels.Status(c.Status), Typography.TableCell);
                    table.Cell().BodyCell().AlignRight().Text(Labels.Money(c.Amount, c.Currency), Typography.TableCell);
                    table.Cell().BodyCell().AlignRight().Text(Labels.Money(c.Accepted, c.Currency), Typography.TableCell);
                    table.Cell().BodyCell().AlignRight().Text(Labels.Money(c.Received, c.Currency), Typography.TableCell);
                    table.Cell().BodyCell().AlignRight().Text(Labels.Money(c.Deducted, c.Currency), Typography.TableCell);
                    table.Cell().BodyCell().AlignRight().Text(Labels.Money(c.Outstanding, c.Currency), Typography.TableCell);
                }
            });
        });
}
