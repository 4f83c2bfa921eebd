using Claims.Documents.Excel;

namespace Claims.Benchmarks.Documents;

/// <summary>Register-shaped rows made up on the fly (never held in a list), like rows streaming from a database reader.</summary>
internal static class RegisterRows
{
    public sealed record Row(
        string Waybill, string Order, string Carrier, string Contract, string Clause, int Page, string Incident,
        DateOnly IncidentOn, DateTime FiledAt, decimal Assessed, decimal Accepted, decimal Received, decimal Deducted,
        string Currency, string Status, string FiledBy, string Note);

    private static readonly string[] Carriers = ["中通快递", "圆通速递", "韵达快递", "顺丰速运", "UPS"];
    private static readonly string[] Incidents = ["丢件 lost", "破损 damaged", "错派 misdelivered", "延误 late"];
    private static readonly string[] Statuses = ["filed", "accepted", "paid", "deducted", "closed"];

    public static IEnumerable<Row> Generate(int count)
    {
        var start = new DateOnly(2026, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var carrier = Carriers[i % Carriers.Length];
            var assessed = 10m + (i % 997 * 1.25m);
            var accepted = i % 3 == 0 ? assessed : decimal.Round(assessed * 0.8m, 2);
            yield return new Row(
                $"ZT{7500000000L + i}", $"ORD-{i:D9}", carrier, $"C-{i % 5}-2026", $"7.{i % 4 + 1}", 3 + (i % 9),
                Incidents[i % Incidents.Length], start.AddDays(i % 300), new DateTime(2026, 1, 2).AddMinutes(i * 7L % 500_000),
                assessed, accepted, i % 2 == 0 ? accepted : 0m, i % 5 == 0 ? accepted : 0m,
                carrier == "UPS" ? "USD" : "CNY", Statuses[i % Statuses.Length], "售后-" + (i % 12),
                i % 11 == 0 ? "=客户投诉 外箱破损" : "客户反馈包裹外箱破损，内物受损");
        }
    }

    public static SheetModel<Row> Sheet(IEnumerable<Row> rows) =>
        new SheetModel<Row>("Claims", rows)
            .Text("Waybill", r => r.Waybill)
            .Text("Order", r => r.Order)
            .Text("Carrier", r => r.Carrier)
            .Text("Contract", r => r.Contract)
            .Text("Clause", r => r.Clause)
            .Integer("Page", r => r.Page)
            .Text("Incident", r => r.Incident)
            .Date("Incident date", r => r.IncidentOn)
            .DateTime("Filed", r => r.FiledAt)
            .Money("Assessed", r => r.Assessed, r => r.Currency)
            .Money("Accepted", r => r.Accepted, r => r.Currency)
            .Money("Received", r => r.Received, r => r.Currency)
            .Money("Deducted", r => r.Deducted, r => r.Currency)
            .Money("Outstanding", r => r.Accepted - r.Received - r.Deducted, r => r.Currency)
            .Text("Currency", r => r.Currency)
            .Text("Status", r => r.Status)
            .Text("Filed by", r => r.FiledBy)
            .Text("Note", r => r.Note);
}
