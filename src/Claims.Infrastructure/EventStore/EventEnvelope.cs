namespace Claims.Infrastructure.EventStore;

/// <summary>An event with where it belongs and who, when and why it happened.</summary>
public record EventEnvelope(
    string StreamId,
    long Version,
    string Type,
    object Data,
    string Actor,
    DateTimeOffset OccurredAt,
    string? CorrelationId,
    string? CausationId);

/// <summary>An event as read back from the store, with its position in the global order.</summary>
public sealed record StoredEvent(
    long Seq,
    string StreamId,
    long Version,
    string Type,
    object Data,
    string Actor,
    DateTimeOffset OccurredAt,
    string? CorrelationId,
    string? CausationId)
    : EventEnvelope(StreamId, Version, Type, Data, Actor, OccurredAt, CorrelationId, CausationId);
