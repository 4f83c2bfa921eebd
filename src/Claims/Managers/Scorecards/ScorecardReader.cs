using Npgsql;

namespace Claims.Managers.Scorecards;

/// <summary>The scorecard rows of a period, read in one round trip and keyed by carrier, currency and month.</summary>
internal sealed class ScorecardReader
{
    private readonly Dictionary<(string Carrier, int Year, int Month), string> volumeCurrencies = [];

    public SortedSet<(string Carrier, string Currency)> Keys { get; } = [];

    public Dictionary<string, string> Names { get; } = new(StringComparer.Ordinal);

    public Dictionary<((string Carrier, string Currency) Key, YearMonth Month), MonthTally> Months { get; } = [];

    public string? VolumeCurrency(string carrier, YearMonth month) => volumeCurrencies.GetValueOrDefault((carrier, month.Year, month.Month));

    public static async Task<ScorecardReader> ReadAsync(NpgsqlDataSource db, YearMonth from, YearMonth to, CancellationToken ct)
    {
        const string Period = "year * 12 + month between $1 and $2";
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(conn);
        string[] sql =
        [
            "select code, name, currency from carriers",
            // The months and the change rows not yet folded into them (ScorecardProjection): added up alike.
            $"""
            select carrier, currency, year, month, {MonthTally.Columns} from manager_months where {Period}
            union all select carrier, currency, year, month, {MonthTally.Columns} from manager_month_changes where {Period}
            """,
            $"""
            select carrier, currency, year, month, days, claims from manager_payment_days where {Period}
            union all select carrier, currency, year, month, days, claims from manager_payment_day_changes where {Period}
            """,
            $"select carrier, currency, year, month, parcels, freight from volumes where {Period}",
            $"select carrier, currency, year, month, count(*)::int, coalesce(sum(amount), 0) from manager_penalties where not withdrawn and {Period} group by 1, 2, 3, 4",
        ];
        foreach (var text in sql)
        {
            var command = new NpgsqlBatchCommand(text);
            if (text.Contains("$1", StringComparison.Ordinal))
            {
                command.Parameters.Add(new NpgsqlParameter { Value = (from.Year * 12) + from.Month });
                command.Parameters.Add(new NpgsqlParameter { Value = (to.Year * 12) + to.Month });
            }
            batch.BatchCommands.Add(command);
        }
        var result = new ScorecardReader();
        await using var r = await batch.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            result.Names[r.GetString(0)] = r.GetString(1);
            if (!r.IsDBNull(2))
                result.Keys.Add((r.GetString(0), r.GetString(2)));
        }
        await r.NextResultAsync(ct);
        while (await r.ReadAsync(ct))
            result.Tally(r).Read(r, 4);
        await r.NextResultAsync(ct);
        while (await r.ReadAsync(ct))
            result.Tally(r).AddDays(r.GetInt32(4), r.GetInt32(5));
        await r.NextResultAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var tally = result.Tally(r);
            tally.Parcels += r.GetInt64(4);
            tally.Freight += r.GetDecimal(5);
            result.volumeCurrencies[(r.GetString(0), r.GetInt32(2), r.GetInt32(3))] = r.GetString(1);
        }
        await r.NextResultAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var tally = result.Tally(r);
            tally.Breaches += r.GetInt32(4);
            tally.Penalties += r.GetDecimal(5);
        }
        return result;
    }

    // Columns 0-3 of every row but the carriers': carrier, currency, year, month.
    private MonthTally Tally(NpgsqlDataReader r)
    {
        var key = (r.GetString(0), r.GetString(1));
        Keys.Add(key);
        var at = (key, new YearMonth(r.GetInt32(2), r.GetInt32(3)));
        if (!Months.TryGetValue(at, out var tally))
            Months[at] = tally = new MonthTally();
        return tally;
    }
}
