using Claims.Documents.Pdf;

namespace Claims.Finance.Packets.Sections;

/// <summary>All the month's claims in one table (its header repeats on every page it runs over).</summary>
internal sealed class ClaimsTableSection(CarrierMonthModel model) : IComponent
{
    public void Compose(IContainer container) =>
        container.Column(column =>
        {
            column.Spacing(4);
            column.Item().Heading($"索赔明细 Claims ({model.Claims.Count})");
            column.Item().Table(table =>
            {
                table.ColumnsDefinition(d => d.ConstantColumn(24).RelativeColumn(3).ConstantColumn(58).RelativeColumn(3).ConstantColumn(46)
                    .RelativeColumn(2).RelativeColumn(2).RelativeColumn(2));
                table.HeaderRow("#", "运单号 Waybill", "日期 Date", "事故 Incident", "条款 Clause", "索赔 Claimed", "已收/扣 Recovered", "未结 Outstanding");
                var n = 0;
                foreach (var claim in model.Claims)
                {
                    var c = claim.Claim;
                    table.Cell().BodyCell().Text((++n).ToString(System.Globalization.CultureInfo.InvariantCulture), Typography.TableCell);
                    table.Cell().BodyCell().Text(c.Waybill, Typography.TableCell);
                    table.Cell().BodyCell().Text(Labels.Date(c.IncidentOn), Typography.TableCell);
                    table.Cell().BodyCell().Text(Labels.Incident(c.Incident), Typography.TableCell);
                    table.Cell().BodyCell().Text(c.Clause is null ? "—" : $"{c.Clause} p.{c.Page}", Typography.TableCell);
                    table.Cell().BodyCell().AlignRight().Text(Labels.Money(c.Amount, c.Currency), Typography.TableCell);
                    table.Cell().BodyCell().AlignRight().Text(Labels.Money(c.Received + c.Deducted, c.Currency), Typography.TableCell);
                    table.Cell().BodyCell().AlignRight().Text(Labels.Money(c.Outstanding, c.Currency), Typography.TableCell);
                }
            });
        });
}
