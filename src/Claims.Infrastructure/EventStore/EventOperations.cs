using Npgsql;

namespace Claims.Infrastructure.EventStore;

/// <summary>The event side of a session (Marten's <c>session.Events</c>): queue appends, read streams.</summary>
public sealed class EventOperations
{
    private readonly EventStore store;
    private readonly SessionConnection connection;
    private readonly List<PendingAppend> pending = [];

    internal EventOperations(EventStore store, SessionConnection connection)
    {
        this.store = store;
        this.connection = connection;
    }

    internal IReadOnlyList<PendingAppend> Pending => pending;

    /// <summary>Start a new stream; saving fails with <see cref="StreamAlreadyExistsException"/> if the id is taken.</summary>
    public void StartStream<T>(string id, params object[] events) => Queue(id, typeof(T).Name, 0, events);

    /// <summary>Append on the condition that the stream is still at <paramref name="expectedVersion"/> (0: it must not exist).</summary>
    public void Append(string id, long expectedVersion, params object[] events) => Queue(id, null, expectedVersion, events);

    public async Task<IEventStream<T>> FetchForWriting<T>(string id, CancellationToken ct = default) where T : IAggregate<T>
    {
        var events = await FetchStreamAsync(id, ct);
        var state = Aggregate.Fold<T>(events.Select(e => e.Data));
        return new EventStream<T>(this, id, state, events.Count == 0 ? 0 : events[^1].Version);
    }

    /// <summary>The stream's state, or null when it has no events.</summary>
    public async Task<T?> AggregateStreamAsync<T>(string id, CancellationToken ct = default) where T : class, IAggregate<T>
    {
        var events = await FetchStreamAsync(id, ct);
        return events.Count == 0 ? null : Aggregate.Fold<T>(events.Select(e => e.Data));
    }

    public async Task<IReadOnlyList<StoredEvent>> FetchStreamAsync(string id, CancellationToken ct = default)
    {
        await using var command = connection.CreateCommand($"select {EventReader.Columns} from events where stream_id = $1 order by version");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        return await EventReader.ReadAsync(command, store.Options.Events, store.Options.Json, ct);
    }

    internal void Queue(string id, string? streamType, long expectedVersion, object[] events)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        if (events.Length == 0)
            return;
        var append = pending.Find(p => p.StreamId == id);
        if (append is null)
        {
            append = new PendingAppend(id, streamType, expectedVersion);
            pending.Add(append);
        }
        else if (append.NextVersion != expectedVersion)
        {
            throw new InvalidOperationException(
                $"Stream {id} already has appends in this session up to version {append.NextVersion}; another append cannot expect version {expectedVersion}.");
        }
        append.Events.AddRange(events);
    }

    internal void Clear() => pending.Clear();
}
