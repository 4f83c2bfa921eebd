using Claims.Documents.Excel;
using Npgsql;
using NpgsqlTypes;

namespace Claims.Finance.Exports;

/// <summary>
/// "Reconciliation 对账": per carrier, incident month and currency, what was claimed, accepted, received, deducted and
/// is outstanding, and how many claims are still inside the carrier's response or payment window (not yet chased)
/// or past a deadline (to chase now), as of the export day.
/// </summary>
internal static class ReconciliationSheet
{
    public const string Name = "Reconciliation 对账";

    public sealed record Line(
        string Carrier, string? CarrierName, string Month, string Currency, long Claims, decimal Claimed, decimal Accepted,
        decimal Received, decimal Deducted, decimal Outstanding, long AwaitingAnswer, decimal AwaitingAnswerAmount,
        long AwaitingPayment, decimal AwaitingPaymentAmount, long Overdue);

    public static IAsyncEnumerable<Line> LinesAsync(NpgsqlDataSource db, ExportFilter filter, DateOnly today, CancellationToken ct) =>
        RegisterQuery.StreamAsync(db, $"""
            select c.carrier, min(k.name), to_char(c.incident_on, 'YYYY-MM'), coalesce(c.currency, ''), count(*),
                   coalesce(sum(c.amount), 0), coalesce(sum(c.accepted_amount), 0), sum(c.received), sum(c.deducted), sum(c.outstanding),
                   count(*) filter (where {Answering}), coalesce(sum(c.outstanding) filter (where {Answering}), 0),
                   count(*) filter (where {Paying}), coalesce(sum(c.outstanding) filter (where {Paying}), 0),
                   count(*) filter (where c.next_deadline < $5)
            from claims c left join carriers k on k.code = c.carrier
            where {RegisterQuery.Where}
            group by c.carrier, to_char(c.incident_on, 'YYYY-MM'), coalesce(c.currency, '')
            order by c.carrier, 3, 4
            """,
            [.. RegisterQuery.Parameters(filter), new NpgsqlParameter { Value = today, NpgsqlDbType = NpgsqlDbType.Date }],
            r => new Line(r.GetString(0), RegisterQuery.Text(r, 1), r.IsDBNull(2) ? "" : r.GetString(2), r.GetString(3), r.GetInt64(4),
                r.GetDecimal(5), r.GetDecimal(6), r.GetDecimal(7), r.GetDecimal(8), r.GetDecimal(9), r.GetInt64(10), r.GetDecimal(11),
                r.GetInt64(12), r.GetDecimal(13), r.GetInt64(14)), ct);

    private const string Answering = "c.status in ('filed', 'disputed', 'countered') and c.respond_by >= $5";
    private const string Paying = "c.status = 'accepted' and c.pay_by >= $5";

    public static SheetModel<Line> Create(IAsyncEnumerable<Line> lines) =>
        new SheetModel<Line>(Name, lines)
            .Text(Headers.Carrier, l => l.Carrier)
            .Text(Headers.CarrierName, l => l.CarrierName)
            .Text(Headers.Month, l => l.Month)
            .Text(Headers.Currency, l => l.Currency)
            .Integer(Headers.Claims, l => l.Claims)
            .Money(Headers.Claimed, l => l.Claimed, l => l.Currency)
            .Money(Headers.Accepted, l => l.Accepted, l => l.Currency)
            .Money(Headers.Received, l => l.Received, l => l.Currency)
            .Money(Headers.Deducted, l => l.Deducted, l => l.Currency)
            .Money(Headers.Outstanding, l => l.Outstanding, l => l.Currency)
            .Integer("待答复 Awaiting answer", l => l.AwaitingAnswer)
            .Money("待答复金额 Awaiting answer amount", l => l.AwaitingAnswerAmount, l => l.Currency)
            .Integer("待付款 Awaiting payment", l => l.AwaitingPayment)
            .Money("待付款金额 Awaiting payment amount", l => l.AwaitingPaymentAmount, l => l.Currency)
            .Integer("已逾期 Overdue", l => l.Overdue);
}
