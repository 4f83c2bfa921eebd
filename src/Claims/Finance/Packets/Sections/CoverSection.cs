using Claims.Documents.Pdf;

namespace Claims.Finance.Packets.Sections;

/// <summary>
/// The carrier-month cover: who, which month, and the totals of each currency on its own line (claimed, accepted,
/// received, deducted, outstanding). No other carrier's figures: the packet is addressed to this carrier.
/// </summary>
internal sealed class CoverSection(CarrierMonthModel model, string shop) : IComponent
{
    public void Compose(IContainer container) =>
        container.Column(column =>
        {
            column.Spacing(6);
            column.Item().Text($"{model.CarrierName} · {Labels.Month(model.Year, model.Month)} 月度索赔汇总", Typography.Title);
            column.Item().Text($"{shop} 致 {model.CarrierName}（{model.Carrier}）：{Labels.Month(model.Year, model.Month)} 的索赔（按事故日期） · Claims of {Labels.Month(model.Year, model.Month)} (by incident date) from {shop} to {model.CarrierName} ({model.Carrier})");
            column.Item().Heading("合计 Totals");
            column.Item().Table(table =>
            {
                table.ColumnsDefinition(d => d.ConstantColumn(50).ConstantColumn(40).RelativeColumn().RelativeColumn().RelativeColumn().RelativeColumn().RelativeColumn());
                table.HeaderRow("币种 Cur.", "件数 #", "索赔 Claimed", "同意 Accepted", "已收 Received", "扣款 Deducted", "未结 Outstanding");
                foreach (var t in model.Totals)
                {
                    table.Cell().BodyCell().Text(t.Currency, Typography.TableCell);
                    table.Cell().BodyCell().AlignRight().Text(t.Claims.ToString(System.Globalization.CultureInfo.InvariantCulture), Typography.TableCell);
                    foreach (var amount in new[] { t.Claimed, t.Accepted, t.Received, t.Deducted, t.Outstanding })
                        table.Cell().BodyCell().AlignRight().Text(Labels.Money(amount, t.Currency), Typography.TableCell);
                }
            });
            if (model.Totals.Count == 0)
                column.Item().Text("本月无索赔 No claims this month.", Typography.Small);
        });
}
