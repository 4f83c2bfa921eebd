using Marten;
using Marten.Services;
using Npgsql;

namespace Claims.Infrastructure.EventStore;

/// <summary>How far a rebuild has got.</summary>
public sealed record RebuildProgress(long EventsReplayed, long EventsTotal);

/// <summary>
/// Replays Marten's event log through the inline projections in one transaction. TRUNCATE locks the read-model tables
/// first, so readers see the old rows until the commit and a concurrent save that touches those tables waits and then
/// applies its own events on top of the rebuilt rows; nothing is counted twice or missed.
/// </summary>
internal sealed class ProjectionRebuilder(EventStore store)
{
    private const int PageSize = 2000;

    public async Task<long> RunAsync(IProgress<RebuildProgress>? progress, CancellationToken ct)
    {
        await using var conn = await store.DataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var tables = store.Projections.SelectMany(p => p.Tables).Distinct(StringComparer.Ordinal).ToList();
        if (tables.Count > 0)
            await ExecuteAsync(conn, tx, $"truncate table {string.Join(", ", tables)}", ct);
        await using var session = store.Marten.QuerySession(SessionOptions.ForTransaction(tx));
        var total = Convert.ToInt64(await ScalarAsync(conn, tx, "select count(*) from mt_events", ct));
        long replayed = 0, next = 1;
        progress?.Report(new RebuildProgress(0, total));
        while (true)
        {
            var page = await EventStore.ReadPageAsync(session, next, PageSize, ct);
            if (page.Count == 0)
                break;
            await ApplyAsync(conn, tx, page, ct);
            replayed += page.Count;
            next = page[^1].Seq + 1;
            progress?.Report(new RebuildProgress(replayed, Math.Max(total, replayed)));
        }
        await tx.CommitAsync(ct);
        return replayed;
    }

    private async Task ApplyAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<EventEnvelope> events, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(conn, tx);
        foreach (var projection in store.Projections)
        {
            var queued = new ProjectionBatch();
            projection.Apply(queued, events);
            foreach (var command in queued.Commands)
                batch.BatchCommands.Add(command);
        }
        if (batch.BatchCommands.Count > 0)
            await batch.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, conn, tx);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, conn, tx);
        return await command.ExecuteScalarAsync(ct);
    }
}
