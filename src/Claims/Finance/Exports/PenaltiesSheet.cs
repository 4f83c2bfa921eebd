using Claims.Documents.Excel;
using Claims.Penalties;
using Npgsql;

namespace Claims.Finance.Exports;

/// <summary>
/// "Penalties 罚款": the service-level penalties carriers owe (CONTRACT-FORMAT.md "Service levels"), each with its clause
/// and page, the rate measured against the limit, the amount, the last day to pay, and what was received, deducted from
/// the deposit and is still outstanding. The export's period chooses penalty months; its carrier filter applies.
/// </summary>
internal static class PenaltiesSheet
{
    public const string Name = "Penalties 罚款";

    public sealed record Line(PenaltyRow Penalty, string? CarrierName, string Status);

    public static IAsyncEnumerable<Line> LinesAsync(NpgsqlDataSource db, ExportFilter filter, DateOnly today, CancellationToken ct) =>
        RegisterQuery.StreamAsync(db, $"""
            select {PenaltyRegister.Columns}, k.name from manager_penalties p left join carriers k on k.code = p.carrier
            where {PenaltyRegister.Shown}
              and ($1::date is null or make_date(p.year, p.month, 1) >= date_trunc('month', $1)::date)
              and ($2::date is null or make_date(p.year, p.month, 1) <= $2)
              and ($3::text is null or p.carrier = upper($3) or k.name = $3)
            order by p.carrier, p.year, p.month, p.id
            """, RegisterQuery.Parameters(filter).Take(3), r =>
            {
                var penalty = PenaltyRegister.Read(r);
                return new Line(penalty, RegisterQuery.Text(r, 18), StatusOf(penalty, today));
            }, ct);

    private static string StatusOf(PenaltyRow p, DateOnly today) =>
        p.Withdrawn ? "已撤销 withdrawn"
        : p.Amount is null ? "待人工核定 to assess by hand"
        : p.Outstanding == 0m ? "已结清 settled"
        : p.Overdue(today) ? "逾期 overdue"
        : "待付款 owed";

    /// <summary>The metric as finance reads it ("每万件丢件 lost per 10,000 parcels"), not the contract file's key.</summary>
    internal static string MetricName(string? metric) => metric switch
    {
        "lostPer10k" => "每万件丢件 lost per 10,000",
        "damagedPer10k" => "每万件破损 damaged per 10,000",
        "misdeliveredPer10k" => "每万件错派 misdelivered per 10,000",
        "latePer10k" => "每万件延误 late per 10,000",
        "incidentsPer10k" => "每万件异常 incidents per 10,000",
        _ => metric ?? "",
    };

    // Rates are stored exactly (3.11691550042078); the sheet shows and holds what a reader compares: two decimals.
    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;

    public static SheetModel<Line> Create(IAsyncEnumerable<Line> lines) =>
        new SheetModel<Line>(Name, lines)
            .Text(Headers.Carrier, l => l.Penalty.Carrier)
            .Text(Headers.CarrierName, l => l.CarrierName)
            .Text(Headers.Month, l => l.Penalty.MonthText)
            .Text(Headers.Contract, l => l.Penalty.Contract)
            .Text(Headers.Clause, l => l.Penalty.Id)
            .Integer(Headers.Page, l => l.Penalty.Page)
            .Text(Headers.Title, l => l.Penalty.Title, width: 36)
            .Text("指标 Metric", l => MetricName(l.Penalty.Metric))
            .Decimal("实际 Measured", l => Round(l.Penalty.MetricValue))
            .Decimal("上限 Limit", l => Round(l.Penalty.Threshold))
            .Money("罚款金额 Penalty", l => l.Penalty.Amount, l => l.Penalty.Currency)
            .Date("判定日期 Judged on", l => l.Penalty.JudgedOn)
            .Date(Headers.PayBy, l => l.Penalty.PayBy)
            .Money(Headers.Received, l => l.Penalty.Paid, l => l.Penalty.Currency)
            .Money(Headers.Deducted, l => l.Penalty.Deducted, l => l.Penalty.Currency)
            .Money(Headers.Outstanding, l => l.Penalty.Outstanding, l => l.Penalty.Currency)
            .Text(Headers.Currency, l => l.Penalty.Currency)
            .Text(Headers.Status, l => l.Status);
}
