using Claims.Documents.Excel;
using Npgsql;

namespace Claims.Finance.Exports;

/// <summary>
/// "By carrier": one row per carrier and currency whose totals are live COUNTIFS/SUMIFS over the Claims sheet, so an
/// auditor sees where each figure comes from. Amounts in different currencies are on different rows, never added.
/// </summary>
internal static class CarrierTotalsSheet
{
    public const string Name = "By carrier 按承运商";

    public sealed record Key(string Carrier, string? CarrierName, string Currency);

    // Claims without a currency (no contract at all) carry no amounts, so they have no row here.
    public static IAsyncEnumerable<Key> KeysAsync(NpgsqlDataSource db, ExportFilter filter, CancellationToken ct) =>
        RegisterQuery.StreamAsync(db, $"""
            select c.carrier, min(k.name), c.currency from claims c left join carriers k on k.code = c.carrier
            where {RegisterQuery.Where} and c.currency is not null
            group by c.carrier, c.currency order by c.carrier, c.currency
            """, RegisterQuery.Parameters(filter), r => new Key(r.GetString(0), RegisterQuery.Text(r, 1), r.GetString(2)), ct);

    public static SheetModel<Key> Create(IAsyncEnumerable<Key> keys)
    {
        var sheet = new SheetModel<Key>(Name, keys)
            .Text(Headers.Carrier, k => k.Carrier)
            .Text(Headers.CarrierName, k => k.CarrierName)
            .Text(Headers.Currency, k => k.Currency)
            .Formula(Headers.Claims, (_, f) => f.CountIfs(ClaimsSheet.Name, SameCarrierAndCurrency(f)), NumberFormats.Integer);
        foreach (var amount in new[] { Headers.Claimed, Headers.Accepted, Headers.Received, Headers.Deducted, Headers.Outstanding })
        {
            sheet.Formula(amount, (_, f) => f.SumIfs(ClaimsSheet.Name, amount, SameCarrierAndCurrency(f)), k => NumberFormats.Currency(k.Currency));
        }

        return sheet;
    }

    private static (string, string)[] SameCarrierAndCurrency(FormulaRow f) =>
        [(Headers.Carrier, f.Cell(Headers.Carrier)), (Headers.Currency, f.Cell(Headers.Currency))];
}
