using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Marten;
using Wolverine;

namespace Claims.Evidence;

/// <summary>Attach a checked file to a claim: the command the pages, the API and the CLI send through Wolverine.</summary>
public sealed record AttachEvidenceCommand(string ClaimId, EvidenceAttached File, ReadOnlyMemory<byte> Content, Actor Actor);

/// <summary>Whether the file was refused, added, or already on the claim.</summary>
public sealed record AttachOutcome(Refusal? Refusal, bool Added);

/// <summary>Wolverine's handler of <see cref="AttachEvidenceCommand"/>.</summary>
public static class EvidenceHandlers
{
    public static Task<AttachOutcome> Handle(AttachEvidenceCommand command, IDocumentSession session, EventStore store,
        TimeProvider time, Envelope envelope, CancellationToken ct) =>
        EvidenceStore.AttachAsync(store.Enlist(session, new SessionMetadata(command.Actor, envelope.CorrelationId, null)), command, time, ct);
}
