using Claims.Documents.Excel;
using Npgsql;

namespace Claims.Finance.Exports;

/// <summary>
/// "By carrier": one row per carrier and currency whose totals are live COUNTIFS/SUMIFS over the Claims sheet, so an
/// auditor sees where each figure comes from. Amounts in different currencies are on different rows, never added; below
/// the carriers, one 合计 Total row per currency over all the claims in it.
/// </summary>
internal static class CarrierTotalsSheet
{
    public const string Name = "By carrier 按承运商";

    public sealed record Key(string Carrier, string? CarrierName, string Currency, bool IsTotal = false);

    public const string Total = "合计 Total";

    // Claims without a currency (no contract at all) carry no amounts, so they have no row here.
    public static IAsyncEnumerable<Key> KeysAsync(NpgsqlDataSource db, ExportFilter filter, CancellationToken ct) =>
        RegisterQuery.StreamAsync(db, $"""
            select c.carrier, min(k.name), c.currency from claims c left join carriers k on k.code = c.carrier
            where {RegisterQuery.Where} and c.currency is not null
            group by c.carrier, c.currency order by c.carrier, c.currency
            """, RegisterQuery.Parameters(filter), r => new Key(r.GetString(0), RegisterQuery.Text(r, 1), r.GetString(2)), ct);

    /// <summary>The carriers' rows as they come, then a total row for each currency they used.</summary>
    public static async IAsyncEnumerable<Key> WithTotals(IAsyncEnumerable<Key> keys)
    {
        var currencies = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var key in keys)
        {
            currencies.Add(key.Currency);
            yield return key;
        }
        foreach (var currency in currencies)
            yield return new Key(Total, null, currency, IsTotal: true);
    }

    public static SheetModel<Key> Create(IAsyncEnumerable<Key> keys)
    {
        var sheet = new SheetModel<Key>(Name, WithTotals(keys))
            .Text(Headers.Carrier, k => k.Carrier)
            .Text(Headers.CarrierName, k => k.CarrierName)
            .Text(Headers.Currency, k => k.Currency)
            .Formula(Headers.Claims, (k, f) => f.CountIfs(ClaimsSheet.Name, SameCarrierAndCurrency(k, f)), NumberFormats.Integer);
        foreach (var amount in new[] { Headers.Claimed, Headers.Accepted, Headers.Received, Headers.Deducted, Headers.Outstanding })
        {
            sheet.Formula(amount, (k, f) => f.SumIfs(ClaimsSheet.Name, amount, SameCarrierAndCurrency(k, f)), k => NumberFormats.Currency(k.Currency));
        }

        return sheet;
    }

    private static (string, string)[] SameCarrierAndCurrency(Key k, FormulaRow f) =>
        k.IsTotal
            ? [(Headers.Currency, f.Cell(Headers.Currency))]
            : [(Headers.Carrier, f.Cell(Headers.Carrier)), (Headers.Currency, f.Cell(Headers.Currency))];
}
