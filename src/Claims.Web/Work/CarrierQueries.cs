using Npgsql;

namespace Claims.Web.Work;

public sealed record CarrierRow(string Code, string Name, string? Currency, string? Contract, decimal Lodged, decimal Deducted, decimal Balance,
    decimal? MinimumBalance, bool TopUpRequested, DateOnly? TopUpDue);

/// <summary>A ledger line with the deposit's balance just after it (余额).</summary>
public sealed record LedgerRow(DateOnly On, string Kind, decimal Amount, string Currency, string? ClaimId, string? Waybill, string? Reference, string RecordedBy,
    decimal Balance = 0m);

/// <summary>One page of a carrier's ledger, newest first, and how many lines there are in all.</summary>
public sealed record LedgerPage(IReadOnlyList<LedgerRow> Rows, long Total, int Page, int PageSize)
{
    public int Pages => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Carriers with their deposit balances, and one carrier's deposit ledger (newest first).</summary>
public sealed class CarrierQueries(NpgsqlDataSource db)
{
    public async Task<IReadOnlyList<CarrierRow>> ListAsync(CancellationToken ct)
    {
        await using var command = db.CreateCommand("""
            select code, name, currency, contract, lodged, deducted, balance, minimum_balance, top_up_requested, top_up_due from carriers order by code
            """);
        await using var r = await command.ExecuteReaderAsync(ct);
        var rows = new List<CarrierRow>();
        while (await r.ReadAsync(ct))
            rows.Add(new CarrierRow(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                r.GetDecimal(4), r.GetDecimal(5), r.GetDecimal(6), r.IsDBNull(7) ? null : r.GetDecimal(7), r.GetBoolean(8),
                r.IsDBNull(9) ? null : r.GetFieldValue<DateOnly>(9)));
        return rows;
    }

    public const int LedgerPageSize = 50;

    /// <summary>A page of the carrier's ledger, newest first, each line with the running balance of its currency.</summary>
    public async Task<LedgerPage> LedgerAsync(string carrier, int page, CancellationToken ct)
    {
        page = Math.Max(1, page);
        await using var command = db.CreateCommand("""
            select on_date, kind, amount, currency, claim_id, waybill, reference, recorded_by,
                   sum(amount) over (partition by currency order by version) as balance, count(*) over () as total
            from deposit_ledger where carrier = $1 order by version desc limit $2 offset $3
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = carrier });
        command.Parameters.Add(new NpgsqlParameter { Value = LedgerPageSize });
        command.Parameters.Add(new NpgsqlParameter { Value = (page - 1) * LedgerPageSize });
        await using var r = await command.ExecuteReaderAsync(ct);
        var rows = new List<LedgerRow>();
        long total = 0;
        while (await r.ReadAsync(ct))
        {
            rows.Add(new LedgerRow(r.GetFieldValue<DateOnly>(0), r.GetString(1), r.GetDecimal(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
                r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.GetString(7), r.GetDecimal(8)));
            total = r.GetInt64(9);
        }
        if (rows.Count == 0 && page > 1)
            return await LedgerAsync(carrier, 1, ct);
        return new LedgerPage(rows, total, page, LedgerPageSize);
    }
}
