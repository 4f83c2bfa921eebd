using System.Runtime.CompilerServices;
using Marten;
using Marten.Services;
using Npgsql;

namespace Claims.Infrastructure.EventStore;

/// <summary>
/// The product's entry to Marten's event store: sessions stamped with who acts and why, the global log read in order,
/// and read-model rebuilds. Marten keeps the events (<c>mt_events</c>, <c>mt_streams</c>) and runs the inline
/// projections in each save's transaction.
/// </summary>
public sealed class EventStore(IDocumentStore marten, NpgsqlDataSource dataSource, TimeProvider time, EventStoreOptions options, IEnumerable<IInlineProjection> projections)
{
    public IDocumentStore Marten { get; } = marten;

    internal NpgsqlDataSource DataSource { get; } = dataSource;

    internal TimeProvider Time { get; } = time;

    public EventStoreOptions Options { get; } = options;

    internal IReadOnlyList<IInlineProjection> Projections { get; } = projections.ToList();

    internal StreamStateCache StreamStates { get; } = new(options.CachedAggregates);

    /// <summary>A session whose save is its own transaction (one round trip).</summary>
    public EventSession LightweightSession(Actor actor, string? correlationId = null, string? causationId = null) =>
        new(this, Marten.LightweightSession(), new SessionMetadata(actor, correlationId, causationId));

    /// <summary>
    /// The product's session over one Wolverine opened for a handler (enrolled in its outbox, marking the message
    /// handled in the same transaction).
    /// </summary>
    public EventSession Enlist(IDocumentSession session, SessionMetadata metadata) => new(this, session, metadata);

    /// <summary>Every event from <paramref name="fromSeq"/> on, in global order, read a page at a time.</summary>
    public async IAsyncEnumerable<StoredEvent> ReadAllAsync(
        long fromSeq = 1, int pageSize = 1000, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var next = fromSeq;
        while (true)
        {
            await using var session = Marten.QuerySession();
            var page = await ReadPageAsync(session, next, pageSize, ct);
            foreach (var e in page)
                yield return e;
            if (page.Count < pageSize)
                yield break;
            next = page[^1].Seq + 1;
        }
    }

    internal static async Task<IReadOnlyList<StoredEvent>> ReadPageAsync(IQuerySession session, long fromSeq, int pageSize, CancellationToken ct)
    {
        var page = await session.Events.QueryAllRawEvents()
            .Where(e => e.Sequence >= fromSeq)
            .OrderBy(e => e.Sequence)
            .Take(pageSize)
            .ToListAsync(ct);
        return page.Select(StoredEvents.Stored).ToList();
    }

    /// <summary>Marten's rebuild of every read model from the events; see <see cref="ProjectionRebuilder"/>.</summary>
    public Task<long> RebuildProjectionsAsync(IProgress<RebuildProgress>? progress = null, CancellationToken ct = default) =>
        new ProjectionRebuilder(this).RunAsync(progress, ct);

    /// <summary>The rebuild a start does when the read-model tables changed since the last one (null: they had not).</summary>
    public Task<long?> RebuildProjectionsIfTablesChangedAsync(CancellationToken ct = default) =>
        new ProjectionRebuilder(this).RunIfTablesChangedAsync(ct);
}
