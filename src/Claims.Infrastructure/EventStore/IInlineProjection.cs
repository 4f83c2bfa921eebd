using Weasel.Postgresql.Tables;

namespace Claims.Infrastructure.EventStore;

/// <summary>
/// Keeps read-model tables in step with the events, inside the transaction that appends them. It only queues SQL
/// (upserts computed from the events) so the whole append stays one round trip; Marten's rebuild replays every event
/// through the same code.
/// </summary>
public interface IInlineProjection
{
    /// <summary>
    /// The read-model tables this projection owns, declared to Weasel: Marten creates and changes them at start, and a
    /// rebuild empties them first.
    /// </summary>
    IReadOnlyList<Table> Tables { get; }

    /// <summary>Queue the statements that bring the tables up to date with these events (in append order).</summary>
    void Apply(ProjectionBatch batch, IReadOnlyList<EventEnvelope> events);
}
