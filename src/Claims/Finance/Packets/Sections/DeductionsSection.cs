using Claims.Documents.Pdf;

namespace Claims.Finance.Packets.Sections;

/// <summary>What was taken from the carrier's deposit during the month, claim by claim.</summary>
internal sealed class DeductionsSection(CarrierMonthModel model) : IComponent
{
    public void Compose(IContainer container) =>
        container.Column(column =>
        {
            column.Spacing(4);
            column.Item().Heading($"保证金扣款 Deposit deductions ({model.Deductions.Count})");
            if (model.Deductions.Count == 0)
            {
                column.Item().Text("本月无扣款 No deductions this month.", Typography.Small);
                return;
            }

            column.Item().Table(table =>
            {
                table.ColumnsDefinition(d => d.ConstantColumn(70).RelativeColumn(2).RelativeColumn(2).RelativeColumn(2));
                table.HeaderRow("日期 Date", "运单号 Waybill", "金额 Amount", "记录人 Recorded by");
                foreach (var d in model.Deductions)
                {
                    table.Cell().BodyCell().Text(Labels.Date(d.On), Typography.TableCell);
                    table.Cell().BodyCell().Text(d.Waybill ?? "—", Typography.TableCell);
                    table.Cell().BodyCell().AlignRight().Text(Labels.Money(d.Amount, d.Currency), Typography.TableCell);
                    table.Cell().BodyCell().Text(Labels.Who(d.RecordedBy), Typography.TableCell);
                }
            });
        });
}
