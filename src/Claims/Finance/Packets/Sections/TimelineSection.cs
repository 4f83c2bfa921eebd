using Claims.Documents.Pdf;

namespace Claims.Finance.Packets.Sections;

/// <summary>Every event of the claim: when it was recorded, who recorded it, what happened.</summary>
internal sealed class TimelineSection(ClaimPacketModel model) : IComponent
{
    public void Compose(IContainer container) =>
        container.Column(column =>
        {
            column.Spacing(4);
            column.Item().Heading("处理记录 Timeline");
            column.Item().Table(table =>
            {
                table.ColumnsDefinition(d => d.ConstantColumn(82).ConstantColumn(64).RelativeColumn(5).RelativeColumn(6));
                table.HeaderRow("时间 When", "经办人 Who", "事项 What", "详情 Details");
                foreach (var e in model.Timeline)
                {
                    table.Cell().BodyCell().Text(Labels.Moment(e.At), Typography.TableCell);
                    table.Cell().BodyCell().Text(Labels.Who(e.Who), Typography.TableCell);
                    table.Cell().BodyCell().Text(e.What, Typography.TableCell);
                    table.Cell().BodyCell().Text(e.Detail ?? "", Typography.TableCell);
                }
            });
        });
}
