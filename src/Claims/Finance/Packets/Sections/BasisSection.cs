using Claims.Documents.Pdf;

namespace Claims.Finance.Packets.Sections;

/// <summary>The clause the amount rests on (合同第几页第几条) and the arithmetic that gives it, step by step.</summary>
internal sealed class BasisSection(ClaimPacketModel model) : IComponent
{
    public void Compose(IContainer container)
    {
        var c = model.Claim;
        container.Column(column =>
        {
            column.Spacing(4);
            column.Item().Heading("索赔依据 Basis of the claim");
            if (c.Clause is null)
            {
                column.Item().Text($"待人工核定 Needs manual assessment：{(c.ManualReason is null ? "没有适用的条款 no clause applies" : Labels.Reason(c.ManualReason))}");
            }
            else
            {
                column.Item().Text(t =>
                {
                    t.Span($"合同 {c.Contract} 第 {c.Page} 页 第 {c.Clause} 条 · ");
                    t.Span($"Contract {c.Contract}, clause {c.Clause}, page {c.Page}").Bold();
                });
                column.Item().Text(c.Title ?? "", Typography.Body);
            }

            if (!string.IsNullOrWhiteSpace(model.Trace))
            {
                column.Item().Text("计算过程 Calculation", Typography.Small);
                column.Item().Background(Colors.Shade).Padding(6).Text(Labels.Trace(model.Trace), Typography.Mono);
            }

            if (c.Override is { } overridden)
            {
                column.Item().Text($"金额调整 Amount set by hand: {Labels.Money(overridden, c.Currency)} （原计算金额 computed {Labels.Money(c.Assessed, c.Currency)}）：{c.OverrideReason}");
            }
        });
    }
}
