using Claims.Documents.Pdf;

namespace Claims.Finance.Packets.Sections;

/// <summary>The facts of the incident as recorded the day it happened.</summary>
internal sealed class IncidentSection(ClaimPacketModel model) : IComponent
{
    public void Compose(IContainer container)
    {
        var c = model.Claim;
        var f = model.Facts;
        container.Column(column =>
        {
            column.Spacing(4);
            column.Item().Heading("事故经过 Incident");
            column.Item().Pairs(
            [
                ("运单号 Waybill", $"{c.Waybill} ({Labels.Direction(c.Direction)})"),
                ("订单号 Order", c.OrderId),
                ("事故类型 Incident", Labels.Incident(c.Incident) + (c.Incidents > 1 ? $"（另有 {c.Incidents - 1} 次追加登记 +{c.Incidents - 1} further report(s)）" : "")),
                ("发货日期 Shipped", Labels.Date(c.ShippedOn)),
                ("事故日期 Incident date", Labels.Date(c.IncidentOn)),
                ("登记 Reported", $"{Labels.Date(c.ReportedOn)} · {Labels.Who(c.ReportedByName ?? c.ReportedBy)}"),
            ],
            [
                ("货值 Goods value", f.GoodsValue is { } goods ? Labels.Money(goods, c.Currency) : "未填写 not given"),
                ("保价 Declared value", f.DeclaredValue is > 0 ? Labels.Money(f.DeclaredValue, c.Currency) : "未保价 not declared"),
                ("运费 Freight", f.Freight is { } freight ? Labels.Money(freight, c.Currency) : "未填写 not given"),
                ("重量 Weight", f.WeightKg is { } kg ? Labels.Number(kg) + " kg" : null),
                ("延误天数 Days late", f.DaysLate is > 0 ? f.DaysLate.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
                ("索赔额 Amount asked", f.ClaimedAmount is { } asked ? Labels.Money(asked, c.Currency) : null),
            ]);
            if (!string.IsNullOrWhiteSpace(c.Note))
                column.Item().Pairs([("说明 Note", c.Note)], 100);
        });
    }
}
