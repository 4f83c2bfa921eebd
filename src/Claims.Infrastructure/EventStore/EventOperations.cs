using JasperFx.Events;
using Marten;

namespace Claims.Infrastructure.EventStore;

/// <summary>The event side of a session: start and append to streams on Marten with the expected version, read streams.</summary>
public sealed class EventOperations
{
    private readonly IDocumentSession session;
    private readonly StreamStateCache cache;
    private readonly List<PendingAppend> pending = [];

    internal EventOperations(IDocumentSession session, StreamStateCache cache)
    {
        this.session = session;
        this.cache = cache;
    }

    internal IReadOnlyList<PendingAppend> Pending => pending;

    /// <summary>
    /// The cause named on the events queued from now on, instead of the session's: a batch of follow-ups saved in one
    /// transaction names, on each claim's events, the message that asked for them. Null: the session's.
    /// </summary>
    public string? CausationId { get; set; }

    /// <summary>Start a new stream; saving fails with <see cref="StreamAlreadyExistsException"/> if the id is taken.</summary>
    public void StartStream<T>(string id, params object[] events) => Queue(id, typeof(T).Name, 0, events);

    /// <summary>Append on the condition that the stream is still at <paramref name="expectedVersion"/> (0: it must not exist).</summary>
    public void Append(string id, long expectedVersion, params object[] events) => Queue(id, null, expectedVersion, events);

    public async Task<IEventStream<T>> FetchForWriting<T>(string id, CancellationToken ct = default) where T : IAggregate<T>
    {
        if (cache.Caches(typeof(T)) && cache.TryGet<T>(id, out var known, out var knownState))
        {
            // Only what was appended since this process last read the stream.
            var newer = await session.Events.FetchStreamAsync(id, 0, null, known + 1, ct);
            var state = newer.Aggregate(knownState, (s, e) => s.Apply(e.Data));
            var version = newer.Count == 0 ? known : newer[^1].Version;
            cache.Remember(id, version, state);
            return new EventStream<T>(this, id, state, version);
        }
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        var folded = Aggregate.Fold<T>(events.Select(e => e.Data));
        var at = events.Count == 0 ? 0 : events[^1].Version;
        if (cache.Caches(typeof(T)) && at > 0)
            cache.Remember(id, at, folded);
        return new EventStream<T>(this, id, folded, at);
    }

    /// <summary>The stream's state, or null when it has no events.</summary>
    public async Task<T?> AggregateStreamAsync<T>(string id, CancellationToken ct = default) where T : class, IAggregate<T>
    {
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        return events.Count == 0 ? null : Aggregate.Fold<T>(events.Select(e => e.Data));
    }

    public async Task<IReadOnlyList<StoredEvent>> FetchStreamAsync(string id, CancellationToken ct = default) =>
        (await session.Events.FetchStreamAsync(id, token: ct)).Select(StoredEvents.Stored).ToList();

    internal void Queue(string id, string? streamType, long expectedVersion, object[] events)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        if (events.Length == 0)
            return;
        var append = Find(id);
        if (append is not null && append.NextVersion != expectedVersion)
            throw new InvalidOperationException(
                $"Stream {id} already has appends in this session up to version {append.NextVersion}; another append cannot expect version {expectedVersion}.");
        if (append is null)
        {
            append = new PendingAppend(id, streamType, expectedVersion);
            pending.Add(append);
        }
        var first = append.Count == 0;
        append.Count += events.Length;
        if (CausationId is { } cause)
            events = [.. events.Select(e => Caused(e, cause))];
        // Marten checks the version the stream will have after the append, or that a new stream does not exist yet;
        // later appends in the same session join the first one's check.
        if (!first)
            session.Events.Append(id, events);
        else if (expectedVersion == 0)
            session.Events.StartStream(id, events);
        else
            session.Events.Append(id, append.NextVersion, events);
    }

    // Marten keeps an event's own metadata and fills in only what it lacks from the session.
    private IEvent Caused(object data, string cause)
    {
        var wrapped = session.Events.BuildEvent(data);
        wrapped.CausationId = cause;
        return wrapped;
    }

    internal PendingAppend? Find(string? id) => id is null ? null : pending.Find(p => p.StreamId == id);
}

/// <summary>What a session appends to one stream, for the conflict message if the save fails.</summary>
internal sealed class PendingAppend(string streamId, string? streamType, long expectedVersion)
{
    public string StreamId { get; } = streamId;

    public string? StreamType { get; } = streamType;

    public long ExpectedVersion { get; } = expectedVersion;

    public int Count { get; set; }

    public long NextVersion => ExpectedVersion + Count;
}
