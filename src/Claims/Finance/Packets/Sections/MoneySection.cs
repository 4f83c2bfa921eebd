using Claims.Documents.Pdf;

namespace Claims.Finance.Packets.Sections;

/// <summary>The amount claimed and where it stands: accepted, received, deducted from the deposit, still owed.</summary>
internal sealed class MoneySection(ClaimPacketModel model) : IComponent
{
    public void Compose(IContainer container)
    {
        var c = model.Claim;
        container.Column(column =>
        {
            column.Spacing(4);
            column.Item().Heading("金额 Amount");
            column.Item().Table(table =>
            {
                table.ColumnsDefinition(d => d.RelativeColumn().RelativeColumn().RelativeColumn().RelativeColumn().RelativeColumn());
                table.Header(h =>
                {
                    foreach (var title in new[] { "索赔 Claimed", "同意 Accepted", "已收 Received", "保证金扣款 Deducted", "未结 Outstanding" })
                        h.Cell().HeaderCell().AlignRight().Text(title, Typography.TableHeader);
                });
                foreach (var amount in new[] { c.Amount, c.Accepted, c.Received, c.Deducted, c.Outstanding })
                    table.Cell().BodyCell().AlignRight().Text(Labels.Money(amount, c.Currency), Typography.TableCell);
            });
            column.Item().Text(t =>
            {
                t.Span("状态 Status: ").Style(Typography.Small);
                t.Span(Labels.Status(c.Status));
                if (c.NextDeadline is { } due)
                    t.Span($"   下一截止 next deadline: {Labels.Date(due)}").Style(Typography.Small);
            });
        });
    }
}
