using Claims.Infrastructure.EventStore;
using Claims.Managers.Scorecards;
using Claims.Managers.Team;
using Npgsql;

namespace Claims.Hosting;

/// <summary>
/// Checks that every read model equals a rebuild from the events: the proof, after load or faults, that no accepted
/// command was projected twice, half or not at all. Rebuilds the read models in place, so run it on a quiet store.
/// </summary>
public sealed class ReadModelAudit(EventStore store, NpgsqlDataSource db, IEnumerable<IInlineProjection> projections)
{
    // The scorecards and the team figures keep change rows that are folded in now and then, so two stores with the same
    // figures may hold them differently: they are compared as the sums a reader sees (as values: 0 and 0.00 are the same
    // sum), keys without any figure left out.
    private static readonly (string Name, string Folded, string Changes, string Keys, string[] Sums)[] Folded =
    [
        ("scorecard months", "manager_months", "manager_month_changes", "carrier, currency, year, month", MonthTally.Columns.Split(", ")),
        ("scorecard payment days", "manager_payment_days", "manager_payment_day_changes", "carrier, currency, year, month, days", ["claims"]),
        ("team months", "team_months", "team_month_changes", "person, currency, year, month", TeamTables.Sums.Split(", ")),
        ("team marks", "team_marks", "team_mark_changes", "person, currency, year, month, kind, mark", ["claims", "amount"]),
    ];

    private static string SumsOf(string folded, string changes, string keys, string[] sums) => $"""
        select {keys}, {string.Join(", ", sums.Select(c => $"trim_scale(sum({c}))"))}
        from (select * from {folded} union all select * from {changes}) m
        group by {keys}
        having {string.Join(" or ", sums.Select(c => $"sum({c}) <> 0"))}
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
        var summed = Folded.SelectMany(f => new[] { f.Folded, f.Changes }).ToHashSet(StringComparer.Ordinal);
        var queries = projections.SelectMany(p => p.Tables).Select(t => t.Identifier.Name).Where(t => !summed.Contains(t))
            .ToDictionary(t => t, t => $"select t::text from {t} t");
        foreach (var f in Folded)
            queries[f.Name] = SumsOf(f.Folded, f.Changes, f.Keys, f.Sums);
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
