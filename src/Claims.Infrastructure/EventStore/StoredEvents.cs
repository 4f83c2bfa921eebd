using JasperFx.Events;

namespace Claims.Infrastructure.EventStore;

/// <summary>Marten's events as the rest of the code reads them: stream, version, who, when and why.</summary>
internal static class StoredEvents
{
    public static EventEnvelope Envelope(IEvent e) =>
        new(e.StreamKey!, e.Version, e.EventTypeName, e.Data, ActorOf(e), e.Timestamp, e.CorrelationId, e.CausationId);

    public static StoredEvent Stored(IEvent e) =>
        new(e.Sequence, e.StreamKey!, e.Version, e.EventTypeName, e.Data, ActorOf(e), e.Timestamp, e.CorrelationId, e.CausationId);

    // Marten's user name: the session's LastModifiedBy, set from the signed-in user, the CLI user or "system".
    private static string ActorOf(IEvent e) => e.UserName ?? "";
}
