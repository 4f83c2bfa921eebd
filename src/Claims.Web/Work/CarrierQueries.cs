using Npgsql;

namespace Claims.Web.Work;

public sealed record CarrierRow(string Code, string Name, string? Currency, string? Contract, decimal Lodged, decimal Deducted, decimal Balance,
    decimal? MinimumBalance, bool TopUpRequested, DateOnly? TopUpDue);

public sealed record LedgerRow(DateOnly On, string Kind, decimal Amount, string Currency, string? ClaimId, string? Waybill, string? Reference, string RecordedBy);

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

    public async Task<IReadOnlyList<LedgerRow>> LedgerAsync(string carrier, CancellationToken ct)
    {
        await using var command = db.CreateCommand("""
            select on_date, kind, amount, currency, claim_id, waybill, reference, recorded_by
            from deposit_ledger where carrier = $1 order by version desc limit 500
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = carrier });
        await using var r = await command.ExecuteReaderAsync(ct);
        var rows = new List<LedgerRow>();
        while (await r.ReadAsync(ct))
            rows.Add(new LedgerRow(r.GetFieldValue<DateOnly>(0), r.GetString(1), r.GetDecimal(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
                r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.GetString(7)));
        return rows;
    }
}
