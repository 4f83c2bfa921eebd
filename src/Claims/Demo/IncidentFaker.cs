using System.Globalization;
using Claims.Contracts.Model;

namespace Claims.Demo;

/// <summary>Incidents as a shop's after-sales team records them: waybill, order id of the platform, the facts the
/// contract clauses read, and a note in the team's own words.</summary>
internal sealed class IncidentFaker(Random random)
{
    private static readonly Dictionary<IncidentType, string[]> Notes = new()
    {
        [IncidentType.Lost] = ["中转后无物流更新，网点确认丢件", "客户未收到，快递员称已派送但无签收记录", "分拨中心遗失，已报备", "显示签收但客户否认，查询无果"],
        [IncidentType.Damaged] = ["外箱破损，商品碎裂", "屏幕碎裂，客户拒收", "液体泄漏污染其他商品", "包装被压扁，配件缺失"],
        [IncidentType.Misdelivered] = ["错派到隔壁小区，已追回", "派送到错误地址，客户重新下单", "驿站错放，商品被他人取走"],
        [IncidentType.Late] = ["承诺次日达，实际晚到", "节假日积压，延误送达", "中转滞留，客户催单"],
        [IncidentType.NotDeliveredToDoor] = ["未送货上门，直接放驿站", "快递员要求客户下楼自取", "未经同意放快递柜"],
        [IncidentType.CourierMisconduct] = ["快递员态度恶劣，辱骂客户", "客户投诉快递员威胁差评", "快递员私自拆包"],
        [IncidentType.FalseDeliveryScan] = ["未派送即显示签收", "虚假签收，客户全天在家", "代签收未告知客户"],
        [IncidentType.Other] = ["到付运费争议", "退货揽收超时", "包裹被调包"],
    };

    private static readonly string[] Platforms = ["TB", "TM", "PDD", "DY", "JD"];

    public Incident Next(CarrierProfile carrier, IncidentType type, DateOnly incidentOn, string waybill)
    {
        var daysLate = type == IncidentType.Late ? random.Next(1, 6) : 0;
        var shippedOn = incidentOn.AddDays(-(type == IncidentType.Late ? 1 + daysLate : random.Next(0, 5)));
        var goods = Money(carrier.GoodsMedian * (decimal)Math.Exp(Normal(0.9)), 9m);
        var declared = random.NextDouble() < carrier.InsuredShare ? goods : 0m;
        var freight = Money(carrier.Freight * (decimal)(0.7 + random.NextDouble() * 0.8), 1m);
        decimal? claimed = type switch
        {
            IncidentType.Damaged => Money(goods * (decimal)(0.2 + random.NextDouble() * 0.8), 5m),
            IncidentType.Misdelivered => random.NextDouble() < 0.6 ? Money(10m + (decimal)random.NextDouble() * 50m, 10m) : goods,
            IncidentType.Other => Money(30m + (decimal)random.NextDouble() * 250m, 30m),
            _ => null,
        };
        var weight = Math.Round((decimal)(0.2 + random.NextDouble() * (carrier.Code == "FDX" ? 15 : 4)), 1);
        var direction = random.NextDouble() < 0.12 ? Direction.Return : Direction.Forward;
        var notes = Notes[type];
        var note = direction == Direction.Return ? "退货途中：" + notes[random.Next(notes.Length)] : notes[random.Next(notes.Length)];
        return new Incident(waybill, carrier.Code, type, direction, shippedOn, incidentOn, goods, declared, freight, claimed,
            weight, daysLate, OrderId(shippedOn), note);
    }

    private string OrderId(DateOnly shippedOn)
    {
        var platform = Platforms[random.Next(Platforms.Length)];
        var digits = random.NextInt64(100_000_000, 1_000_000_000).ToString(CultureInfo.InvariantCulture);
        return $"{platform}{shippedOn:yyMMdd}{digits}";
    }

    private double Normal(double sigma) =>
        sigma * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static decimal Money(decimal value, decimal atLeast) => Math.Round(Math.Max(value, atLeast), 2);
}
