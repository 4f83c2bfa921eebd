using Claims.Contracts.IncidentFiles.Tables;

namespace Claims.Contracts.IncidentFiles;

/// <summary>
/// The columns of an incident file (CONTRACT-FORMAT.md, "Incident file"). Beside the format's Chinese header, each takes
/// the words the app's own pages use (承运商) and those platform and carrier exports commonly write (快递单号, 商品金额).
/// </summary>
internal static class IncidentColumns
{
    public static readonly Column Waybill = new("waybill", true, "运单号", "快递单号", "物流单号", "运单编号", "面单号");
    public static readonly Column Carrier = new("carrier", true, "快递公司", "承运商", "物流公司", "快递公司名称");
    public static readonly Column Incident = new("incident", true, "异常类型", "问题类型", "异常原因", "事故类型", "事故");
    public static readonly Column Direction = new("direction", false, "方向", "正逆向");
    public static readonly Column ShippedOn = new("shippedOn", true, "发货日期", "发货时间");
    public static readonly Column IncidentOn = new("incidentOn", false, "异常日期", "异常时间", "事故日期");
    public static readonly Column GoodsValue = new("goodsValue", false, "货值", "商品价值", "商品金额", "货物价值");
    public static readonly Column DeclaredValue = new("declaredValue", false, "保价金额", "保价", "声明价值");
    public static readonly Column Freight = new("freight", false, "运费");
    public static readonly Column ClaimedAmount = new("claimedAmount", false, "索赔金额");
    public static readonly Column WeightKg = new("weightKg", false, "重量", "重量（千克）", "重量(kg)", "重量（kg）");
    public static readonly Column DaysLate = new("daysLate", false, "延误天数");
    public static readonly Column OrderId = new("orderId", false, "订单号", "订单编号");
    public static readonly Column Note = new("note", false, "备注");

    public static readonly IReadOnlyList<Column> All =
    [
        Waybill, Carrier, Incident, Direction, ShippedOn, IncidentOn, GoodsValue, DeclaredValue, Freight,
        ClaimedAmount, WeightKg, DaysLate, OrderId, Note,
    ];
}
