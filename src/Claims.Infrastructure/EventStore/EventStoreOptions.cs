using System.Text.Json;

namespace Claims.Infrastructure.EventStore;

/// <summary>What the outbox needs to know about the messages it keeps (events are named to Marten).</summary>
public sealed class EventStoreOptions
{
    /// <summary>Outgoing message types; kept here because messages are written in the same transaction as events.</summary>
    public TypeRegistry Messages { get; } = new();

    public JsonSerializerOptions Json { get; init; } = new(JsonSerializerDefaults.Web);

    /// <summary>Aggregates whose streams grow long; each process keeps their last state read (see StreamStateCache).</summary>
    public HashSet<Type> CachedAggregates { get; } = [];
}
