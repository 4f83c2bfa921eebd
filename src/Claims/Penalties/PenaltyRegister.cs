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
    /// <summary>The columns <see cref="Read"/> reads, over "manager_penalties p".</summary>
    internal const string Columns = """
        p.carrier, p.year, p.month, p.id, p.contract, p.page, p.title, p.metric, p.metric_value, p.threshold, p.amount, p.currency, p.reason,
        p.judged_on, p.pay_by, p.paid, p.deducted, p.withdrawn
        """;

    /// <summary>The rows worth showing: a withdrawn penalty only while money paid or deducted towards it needs explaining.</summary>
    internal const string Shown = "(not p.withdrawn or p.paid + p.deducted > 0)";

    public async Task<IReadOnlyList<PenaltyRow>> ListAsync(string? carrier, CancellationToken ct)
    {
        var rows = new List<PenaltyRow>();
        await foreach (var row in RegisterQuery.StreamAsync(db, $"""
            select {Columns} from manager_penalties p
            where ($1::text is null or p.carrier = $1) and {Shown}
            order by p.year desc, p.month desc, p.carrier, p.id limit 1000
            """, [new NpgsqlParameter { Value = (object?)carrier ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text }], Read, ct))
            rows.Add(row);
        return rows;
    }

    /// <summary>A carrier's penalties of one month (the month the service level was measured over), by clause.</summary>
    public async Task<IReadOnlyList<PenaltyRow>> MonthAsync(string carrier, int year, int month, CancellationToken ct)
    {
        var rows = new List<PenaltyRow>();
        await foreach (var row in RegisterQuery.StreamAsync(db, $"""
            select {Columns} from manager_penalties p where p.carrier = $1 and p.year = $2 and p.month = $3 and {Shown} order by p.id
            """, [new NpgsqlParameter { Value = carrier }, new NpgsqlParameter { Value = year }, new NpgsqlParameter { Value = month }], Read, ct))
            rows.Add(row);
        return rows;
    }

    internal static PenaltyRow Read(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), RegisterQuery.Text(r, 4), r.IsDBNull(5) ? null : r.GetInt32(5),
        RegisterQuery.Text(r, 6), RegisterQuery.Text(r, 7), RegisterQuery.Money(r, 8), RegisterQuery.Money(r, 9), RegisterQuery.Money(r, 10),
        r.GetString(11), RegisterQuery.Text(r, 12), RegisterQuery.Date(r, 13), RegisterQuery.Date(r, 14), r.GetDecimal(15), r.GetDecimal(16),
        r.GetBoolean(17));
}
