using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Claims.Infrastructure.EventStore;

/// <summary>
/// One of our read-model projections run by Marten as an inline projection: Marten hands it the events a session
/// appends, before the save, and the SQL it queues commits in the same transaction as those events.
/// </summary>
internal sealed class SqlProjection(IInlineProjection inner) : IProjection
{
    public IInlineProjection Inner { get; } = inner;

    public Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var batch = new ProjectionBatch();
        Inner.Apply(batch, events.Select(StoredEvents.Envelope).ToList());
        foreach (var command in batch.Commands)
            operations.QueueOperation(new QueuedSql(command));
        return Task.CompletedTask;
    }
}
