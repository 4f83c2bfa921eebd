using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Claims.Infrastructure.EventStore;

/// <summary>
/// The features' read-model projections as one Marten projection, inline: Marten hands it the events a session appends,
/// before the save, and the SQL it queues commits in the same transaction as those events. One projection, not one per
/// feature, because the scorecards read the claims register as it stands between their statements (the old share comes
/// off before the register changes a claim, the new one goes on after): they must replay together, in this order, for
/// Marten's rebuild to produce what the saves produced.
/// </summary>
internal sealed class ReadModelsProjection(IReadOnlyList<IInlineProjection> projections) : IProjection
{
    /// <summary>The name Marten keeps its progress under (<c>mt_event_progression</c>) and rebuilds by.</summary>
    public const string Name = "ReadModels";

    public IReadOnlyList<IInlineProjection> Projections { get; } = projections;

    public Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var envelopes = events.Select(StoredEvents.Envelope).ToList();
        foreach (var projection in Projections)
        {
            var batch = new ProjectionBatch();
            projection.Apply(batch, envelopes);
            foreach (var command in batch.Commands)
                operations.QueueOperation(new QueuedSql(command));
        }
        return Task.CompletedTask;
    }
}
