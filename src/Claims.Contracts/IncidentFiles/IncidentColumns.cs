using Claims.Contracts.IncidentFiles.Tables;

namespace Claims.Contracts.IncidentFiles;

/// <summary>The columns of an incident file (CONTRACT-FORMAT.md, "Incident file").</summary>
internal static class IncidentColumns
{
    public static readonly Column Waybill = new("waybill", true, "运单号");
    public static readonly Column Carrier = new("carrier", true, "快递公司");
    public static readonly Column Incident = new("incident", true, "异常类型");
    public static readonly Column Direction = new("direction", false, "方向");
    public static readonly Column ShippedOn = new("shippedOn", true, "发货日期");
    public static readonly Column IncidentOn = new("incidentOn", false, "异常日期");
    public static readonly Column GoodsValue = new("goodsValue", false, "货值");
    public static readonly Column DeclaredValue = new("declaredValue", false, "保价金额");
    public static readonly Column Freight = new("freight", false, "运费");
    public static readonly Column ClaimedAmount = new("claimedAmount", false, "索赔金额");
    public static readonly Column WeightKg = new("weightKg", false, "重量");
    public static readonly Column DaysLate = new("daysLate", false, "延误天数");
    public static readonly Column OrderId = new("orderId", false, "订单号");
    public static readonly Column Note = new("note", false, "备注");

    public static readonly IReadOnlyList<Column> All =
    [
        Waybill, Carrier, Incident, Direction, ShippedOn, IncidentOn, GoodsValue, DeclaredValue, Freight,
        ClaimedAmount, WeightKg, DaysLate, OrderId, Note,
    ];
}
