using Claims.Finance.Exports;
using Npgsql;

namespace Claims.Penalties;

/// <summary>A service-level penalty as it stands after the latest judgement of its month, with what was paid towards it.</summary>
public sealed record PenaltyRow(
    string Carrier, int Year, int Month, string Id, string? Contract, int? Page, string? Title, string? Metric, decimal? MetricValue,
    decimal? Threshold, decimal? Amount, string Currency, string? Reason, DateOnly? JudgedOn, DateOnly? PayBy, decimal Paid, decimal Deducted,
    bool Withdrawn)
{
    public string MonthText => $"{Year:D4}-{Month:D2}";

    /// <summary>Still owed (never below zero: a penalty re-judged lower than what was already paid owes nothing more).</summary>
    public decimal Outstanding => Withdrawn || Amount is not { } amount ? 0m : Math.Max(0m, amount - Paid - Deducted);

    public bool Overdue(DateOnly today) => Outstanding > 0m && PayBy is { } by && today > by;
}

/// <summary>The penalties read model (<c>manager_penalties</c>): standing penalties, and withdrawn ones money was paid towards.</summary>
public sealed class PenaltyRegister(NpgsqlDataSource db)
{
    public async Task<IReadOnlyList<PenaltyRow>> ListAsync(string? carrier, CancellationToken ct)
    {
        await using var command = db.CreateCommand("""
            select carrier, year, month, id, contract, page, title, metric, metric_value, threshold, amount, currency, reason,
                judged_on, pay_by, paid, deducted, withdrawn
            from manager_penalties
            where ($1::text is null or carrier = $1) and (not withdrawn or paid + deducted > 0)
            order by year desc, month desc, carrier, id limit 1000
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)carrier ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await using var r = await command.ExecuteReaderAsync(ct);
        var rows = new List<PenaltyRow>();
        while (await r.ReadAsync(ct))
            rows.Add(new PenaltyRow(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), RegisterQuery.Text(r, 4),
                r.IsDBNull(5) ? null : r.GetInt32(5), RegisterQuery.Text(r, 6), RegisterQuery.Text(r, 7), RegisterQuery.Money(r, 8),
                RegisterQuery.Money(r, 9), RegisterQuery.Money(r, 10), r.GetString(11), RegisterQuery.Text(r, 12), RegisterQuery.Date(r, 13),
                RegisterQuery.Date(r, 14), r.GetDecimal(15), r.GetDecimal(16), r.GetBoolean(17)));
        return rows;
    }
}
