namespace Claims.Finance.Exports;

/// <summary>
/// Column headers of the finance workbook and CSV: Chinese first, then English ("运单号 Waybill"), so the team and a
/// carrier's or auditor's English-reading staff read the same file. Formulas name columns by these headers.
/// </summary>
internal static class Headers
{
    public const string Waybill = "运单号 Waybill";
    public const string Direction = "方向 Direction";
    public const string Order = "订单号 Order";
    public const string Carrier = "承运商 Carrier";
    public const string CarrierName = "承运商名称 Carrier name";
    public const string Incident = "事故 Incident";
    public const string Incidents = "事故数 Incidents";
    public const string ShippedOn = "发货日期 Shipped";
    public const string IncidentOn = "事故日期 Incident date";
    public const string ReportedOn = "登记日期 Reported";
    public const string Month = "月份 Month";
    public const string Contract = "合同 Contract";
    public const string Clause = "条款 Clause";
    public const string Page = "页码 Page";
    public const string Title = "条款标题 Clause title";
    public const string Status = "状态 Status";
    public const string Currency = "币种 Currency";
    public const string Assessed = "核定金额 Assessed";
    public const string Override = "调整金额 Override";
    public const string Claimed = "索赔金额 Claimed";
    public const string Accepted = "承运商同意 Accepted";
    public const string Received = "已收款 Received";
    public const string Deducted = "保证金扣款 Deducted";
    public const string Outstanding = "未结金额 Outstanding";
    public const string FileBy = "索赔截止 File by";
    public const string FiledOn = "索赔日期 Filed on";
    public const string RespondBy = "答复截止 Respond by";
    public const string AcceptedOn = "同意日期 Accepted on";
    public const string PayBy = "付款截止 Pay by";
    public const string NextDeadline = "下一截止 Next deadline";
    public const string ReportedBy = "登记人 Reported by";
    public const string FiledBy = "索赔人 Filed by";
    public const string Note = "备注 Note";
    public const string ManualReason = "人工核定原因 Manual reason";
    public const string OverrideReason = "调整原因 Override reason";
    public const string Claims = "索赔件数 Claims";
}
