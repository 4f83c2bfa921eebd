namespace Claims.Infrastructure.EventStore;

/// <summary>Who is acting and why: stamped on every event and message a session writes.</summary>
public sealed record SessionMetadata(Actor Actor, string? CorrelationId, string? CausationId);
