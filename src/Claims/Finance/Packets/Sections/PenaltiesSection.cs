using Claims.Documents.Pdf;

namespace Claims.Finance.Packets.Sections;

/// <summary>
/// The month's service-level penalties, each with the clause and page it rests on and the rate measured against the
/// limit, so the carrier sees where the amount comes from; then what it paid, what the deposit covered and what is owed.
/// </summary>
internal sealed class PenaltiesSection(CarrierMonthModel model) : IComponent
{
    public void Compose(IContainer container) =>
        container.Column(column =>
        {
            column.Spacing(4);
            column.Item().Heading($"服务水平罚款 Service-level penalties ({model.Penalties.Count})");
            if (model.Penalties.Count == 0)
            {
                column.Item().Text("本月未违反服务水平 No service level breached this month.", Typography.Small);
                return;
            }

            column.Item().Table(table =>
            {
                table.ColumnsDefinition(d => d.RelativeColumn(3).RelativeColumn(2).RelativeColumn(2).ConstantColumn(62).RelativeColumn(2).RelativeColumn(2));
                table.HeaderRow("条款 Clause", "实际 / 上限 Measured / limit", "罚款 Penalty", "付款截止 Pay by", "已收 / 已扣 Paid / deducted", "未结 Outstanding");
                foreach (var p in model.Penalties)
                {
                    table.Cell().BodyCell().Text($"{p.Contract} 第 {p.Page} 页第 {p.Id} 条 · {p.Title}", Typography.TableCell);
                    table.Cell().BodyCell().Text($"{Exports.PenaltiesSheet.MetricName(p.Metric)} {Labels.Number(p.MetricValue)} / {Labels.Number(p.Threshold)}", Typography.TableCell);
                    table.Cell().BodyCell().AlignRight().Text(p.Amount is { } a ? Labels.Money(a, p.Currency) : $"人工核定 by hand: {Labels.Reason(p.Reason)}", Typography.TableCell);
                    table.Cell().BodyCell().Text(p.PayBy is { } by ? Labels.Date(by) : "—", Typography.TableCell);
                    table.Cell().BodyCell().AlignRight().Text($"{Labels.Money(p.Paid, p.Currency)} / {Labels.Money(p.Deducted, p.Currency)}", Typography.TableCell);
                    table.Cell().BodyCell().AlignRight().Text(p.Withdrawn ? "已撤销 withdrawn" : Labels.Money(p.Outstanding, p.Currency), Typography.TableCell);
                }
            });
        });
}
