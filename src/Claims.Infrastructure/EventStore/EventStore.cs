using System.Runtime.CompilerServices;
using Npgsql;

namespace Claims.Infrastructure.EventStore;

/// <summary>
/// The event store (Marten's <c>IDocumentStore</c> for events): one per application, hands out sessions,
/// reads the global log and rebuilds the read models from it.
/// </summary>
public sealed class EventStore(
    NpgsqlDataSource dataSource, TimeProvider time, EventStoreOptions options, IEnumerable<IInlineProjection> projections)
{
    internal NpgsqlDataSource DataSource { get; } = dataSource;

    internal TimeProvider Time { get; } = time;

    public EventStoreOptions Options { get; } = options;

    internal IReadOnlyList<IInlineProjection> Projections { get; } = projections.ToList();

    /// <summary>A session whose save is its own transaction (one round trip).</summary>
    public EventSession LightweightSession(Actor actor, string? correlationId = null, string? causationId = null) =>
        new(this, SessionConnection.Pooled(DataSource), new SessionMetadata(actor, correlationId, causationId));

    /// <summary>A session that reads and writes inside a transaction the caller owns and commits (the message worker's).</summary>
    public EventSession EnlistedSession(NpgsqlTransaction transaction, SessionMetadata metadata) =>
        new(this, SessionConnection.Enlisted(transaction), metadata);

    /// <summary>
    /// Every event from <paramref name="fromSeq"/> on, in global order, read a page at a time. Events of transactions
    /// still in flight appear later with a lower seq, so a follower that must miss nothing re-reads behind its position.
    /// </summary>
    public async IAsyncEnumerable<StoredEvent> ReadAllAsync(
        long fromSeq = 1, int pageSize = 1000, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var next = fromSeq;
        while (true)
        {
            await using var conn = await DataSource.OpenConnectionAsync(ct);
            var page = await ReadPageAsync(conn, null, next, pageSize, ct);
            foreach (var e in page)
                yield return e;
            if (page.Count < pageSize)
                yield break;
            next = page[^1].Seq + 1;
        }
    }

    internal async Task<List<StoredEvent>> ReadPageAsync(
        NpgsqlConnection conn, NpgsqlTransaction? tx, long fromSeq, int pageSize, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"select {EventReader.Columns} from events where seq >= $1 order by seq limit $2", conn, tx);
        command.Parameters.Add(new NpgsqlParameter { Value = fromSeq });
        command.Parameters.Add(new NpgsqlParameter { Value = pageSize });
        return await EventReader.ReadAsync(command, Options.Events, Options.Json, ct);
    }

    /// <summary>Empty every projection's tables and replay all events through them; see <see cref="ProjectionRebuilder"/>.</summary>
    public Task<long> RebuildProjectionsAsync(IProgress<RebuildProgress>? progress = null, CancellationToken ct = default) =>
        new ProjectionRebuilder(this).RunAsync(progress, ct);
}
