using Claims.Infrastructure.EventStore;
using Claims.Managers.Scorecards;
using Npgsql;

namespace Claims.Hosting;

/// <summary>
/// Checks that every read model equals a rebuild from the events: the proof, after load or faults, that no accepted
/// command was projected twice, half or not at all. Rebuilds the read models in place, so run it on a quiet store.
/// </summary>
public sealed class ReadModelAudit(EventStore store, NpgsqlDataSource db, IEnumerable<IInlineProjection> projections)
{
    // The scorecards keep change rows that are folded into the months now and then, so two stores with the same
    // figures may hold them differently: they are compared as the sums a reader sees (as values: 0 and 0.00 are the same
    // sum), months without any figure left out.
    private static readonly string[] Summed = ["manager_months", "manager_month_changes", "manager_payment_days", "manager_payment_day_changes"];

    private static readonly string MonthSums = $"""
        select carrier, currency, year, month, {string.Join(", ", MonthTally.Columns.Split(", ").Select(c => $"trim_scale(sum({c}))"))}
        from (select * from manager_months union all select * from manager_month_changes) m
        group by 1, 2, 3, 4
        having {string.Join(" or ", MonthTally.Columns.Split(", ").Select(c => $"sum({c}) <> 0"))}
        """;

    private const string DaySums = """
        select carrier, currency, year, month, days, sum(claims)
        from (select * from manager_payment_days union all select * from manager_payment_day_changes) d
        group by 1, 2, 3, 4, 5 having sum(claims) <> 0
        """;

    /// <summary>The tables (or sums) that differ after a rebuild, each with a sample row; empty when all agree.</summary>
    public async Task<IReadOnlyList<string>> RebuildAndCompareAsync(CancellationToken ct = default)
    {
        var before = await SnapshotAsync(ct);
        await store.RebuildProjectionsAsync(ct: ct);
        var after = await SnapshotAsync(ct);
        var differences = new List<string>();
        foreach (var (name, rows) in before)
        {
            var rebuilt = after[name];
            if (rows.SequenceEqual(rebuilt))
                continue;
            var sample = rows.Except(rebuilt).Concat(rebuilt.Except(rows).Select(r => "rebuilt: " + r)).FirstOrDefault() ?? "(order or duplicates)";
            differences.Add($"{name}: {rows.Count} rows, {rebuilt.Count} after the rebuild; e.g. {sample}");
        }
        return differences;
    }

    private async Task<Dictionary<string, List<string>>> SnapshotAsync(CancellationToken ct)
    {
        var queries = projections.SelectMany(p => p.Tables).Select(t => t.Identifier.Name).Where(t => !Summed.Contains(t))
            .ToDictionary(t => t, t => $"select t::text from {t} t");
        queries["scorecard months"] = MonthSums;
        queries["scorecard payment days"] = DaySums;
        var snapshot = new Dictionary<string, List<string>>();
        await using var conn = await db.OpenConnectionAsync(ct);
        foreach (var (name, sql) in queries)
        {
            await using var command = new NpgsqlCommand($"select x::text from ({sql}) x order by 1", conn);
            await using var r = await command.ExecuteReaderAsync(ct);
            var rows = new List<string>();
            while (await r.ReadAsync(ct))
                rows.Add(r.GetString(0));
            snapshot[name] = rows;
        }
        return snapshot;
    }
}
