using Claims.Documents.Excel;
using Npgsql;

namespace Claims.Finance.Exports;

/// <summary>
/// "Deposits": each carrier's deposit ledger (lodged, deducted, the balance after each entry) with the top-up
/// requests in their place. The balance runs over the whole history; the date filter only chooses which rows show.
/// </summary>
internal static class DepositsSheet
{
    public const string Name = "Deposits 保证金";

    public sealed record Entry(
        string Carrier, string? CarrierName, DateOnly On, string Kind, decimal? Lodged, decimal? Deducted, decimal Balance,
        decimal? TopUp, DateOnly? TopUpDue, string Currency, string? Waybill, string? Reference, string RecordedBy);

    public static IAsyncEnumerable<Entry> EntriesAsync(NpgsqlDataSource db, ExportFilter filter, CancellationToken ct) =>
        RegisterQuery.StreamAsync(db, """
            with entries as (
                select carrier, version, on_date, kind, amount, currency, waybill, reference, recorded_by, null::numeric as top_up, null::date as due_on
                from deposit_ledger
                union all
                select carrier, version, on_date, 'top-up requested', 0, currency, null, null, recorded_by, amount, due_on
                from finance_top_ups
            ), running as (
                select e.*, sum(e.amount) over (partition by e.carrier, e.currency order by e.on_date, e.version) as balance from entries e
            )
            select r.carrier, k.name, r.on_date, r.kind, r.amount, r.balance, r.top_up, r.due_on, r.currency, r.waybill, r.reference,
                   coalesce(u.display_name, r.recorded_by)
            from running r left join carriers k on k.code = r.carrier
            -- Who recorded it, as finance knows them (the display name, else the sign-in name).
            left join users u on lower(u.name) = lower(r.recorded_by) and r.recorded_by <> 'system'
            where ($1::date is null or r.on_date >= $1) and ($2::date is null or r.on_date <= $2)
              and ($3::text is null or r.carrier = upper($3) or k.name = $3)
            order by r.carrier, r.currency, r.on_date, r.version
            """, RegisterQuery.Parameters(filter).Take(3), Read, ct);

    private static Entry Read(NpgsqlDataReader r)
    {
        var kind = r.GetString(3);
        var amount = r.GetDecimal(4);
        return new Entry(
            r.GetString(0), RegisterQuery.Text(r, 1), r.GetFieldValue<DateOnly>(2), KindName(kind),
            kind == "lodged" ? amount : null, kind == "deducted" ? -amount : null, r.GetDecimal(5),
            RegisterQuery.Money(r, 6), RegisterQuery.Date(r, 7), r.GetString(8), RegisterQuery.Text(r, 9), RegisterQuery.Text(r, 10),
            r.GetString(11));
    }

    private static string KindName(string kind) => kind switch
    {
        "lodged" => "缴纳 lodged",
        "deducted" => "扣除 deducted",
        "top-up requested" => "要求补足 top-up requested",
        _ => kind,
    };

    public static SheetModel<Entry> Create(IAsyncEnumerable<Entry> entries) =>
        new SheetModel<Entry>(Name, entries)
            .Text(Headers.Carrier, e => e.Carrier)
            .Text(Headers.CarrierName, e => e.CarrierName)
            .Date("日期 Date", e => e.On)
            .Text("类型 Entry", e => e.Kind)
            .Money("缴纳 Lodged", e => e.Lodged, e => e.Currency)
            .Money("扣除 Deducted", e => e.Deducted, e => e.Currency)
            .Money("余额 Balance", e => e.Balance, e => e.Currency)
            .Money("要求补足 Top-up requested", e => e.TopUp, e => e.Currency)
            .Date("补足截止 Top-up due", e => e.TopUpDue)
            .Text(Headers.Currency, e => e.Currency)
            .Text(Headers.Waybill, e => e.Waybill)
            .Text("参考号 Reference", e => e.Reference)
            .Text("记录人 Recorded by", e => Packets.Labels.Who(e.RecordedBy));
}
