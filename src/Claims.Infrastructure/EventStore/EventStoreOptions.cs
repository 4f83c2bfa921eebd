using System.Text.Json;

namespace Claims.Infrastructure.EventStore;

/// <summary>What the store needs to know about the types it keeps.</summary>
public sealed class EventStoreOptions
{
    public TypeRegistry Events { get; } = new();

    /// <summary>Outgoing message types; kept here because messages are written in the same transaction as events.</summary>
    public TypeRegistry Messages { get; } = new();

    public JsonSerializerOptions Json { get; init; } = new(JsonSerializerDefaults.Web);
}
