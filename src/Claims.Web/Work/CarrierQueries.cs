using Npgsql;

namespace Claims.Web.Work;

public sealed record CarrierRow(string Code, string Name, string? Currency, string? Contract, decimal Lodged, decimal Deducted, decimal Balance,
    decimal? MinimumBalance, bool TopUpRequested, DateOnly? TopUpDue);

public sealed record LedgerRow(DateOnly On, string Kind, decimal Amount, string Currency, string? ClaimId, string? Waybill, string? Reference, string RecordedBy);

/// <summary>A monthly service level the carrier breached, as it stands after the latest judgement of its month.</summary>
public sealed record PenaltyRow(int Year, int Month, string Id, string? Contract, int? Page, string? Title, string? Metric, decimal? MetricValue,
    decimal? Threshold, decimal? Amount, string Currency, string? Reason);

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

    public async Task<IReadOnlyList<PenaltyRow>> PenaltiesAsync(string carrier, CancellationToken ct)
    {
        await using var command = db.CreateCommand("""
            select year, month, id, contract, page, title, metric, metric_value, threshold, amount, currency, reason
            from manager_penalties where carrier = $1 order by year desc, month desc, id limit 120
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = carrier });
        await using var r = await command.ExecuteReaderAsync(ct);
        var rows = new List<PenaltyRow>();
        while (await r.ReadAsync(ct))
            rows.Add(new PenaltyRow(r.GetInt32(0), r.GetInt32(1), r.GetString(2), Text(r, 3), r.IsDBNull(4) ? null : r.GetInt32(4), Text(r, 5),
                Text(r, 6), Number(r, 7), Number(r, 8), Number(r, 9), r.GetString(10), Text(r, 11)));
        return rows;
    }

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static decimal? Number(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDecimal(i);
}
