namespace Claims.Infrastructure.EventStore;

/// <summary>A stream read for writing: its current state, and appends that expect it not to have moved on.</summary>
public interface IEventStream<out T>
{
    string Id { get; }

    /// <summary>The state rebuilt from the stream (the aggregate's Empty when the stream does not exist yet).</summary>
    T Aggregate { get; }

    /// <summary>The version read: 0 for a new stream.</summary>
    long StartingVersion { get; }

    long CurrentVersion { get; }

    void AppendOne(object @event);

    void AppendMany(params object[] events);
}

internal sealed class EventStream<T>(EventOperations events, string id, T aggregate, long startingVersion) : IEventStream<T>
{
    public string Id { get; } = id;

    public T Aggregate { get; } = aggregate;

    public long StartingVersion { get; } = startingVersion;

    public long CurrentVersion { get; private set; } = startingVersion;

    public void AppendOne(object @event) => AppendMany(@event);

    public void AppendMany(params object[] events1)
    {
        events.Queue(Id, typeof(T).Name, CurrentVersion, events1);
        CurrentVersion += events1.Length;
    }
}
