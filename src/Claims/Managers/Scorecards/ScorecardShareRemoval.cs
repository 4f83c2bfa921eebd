using Claims.Infrastructure.EventStore;
using Weasel.Postgresql.Tables;

namespace Claims.Managers.Scorecards;

/// <summary>
/// Takes the touched claims' shares off their months before the register's projection changes the claims (it is
/// registered ahead of it): with the shares added back afterwards by <see cref="ScorecardProjection"/>, no claim's share
/// has to be stored, and an import of new claims costs one read of the claims it inserted.
/// </summary>
internal sealed class ScorecardShareRemoval : IInlineProjection
{
    private static readonly string TakeOff = ScorecardSql.Count("id = any($1)", -1);

    public IReadOnlyList<Table> Tables { get; } = [];

    public void Apply(ProjectionBatch batch, IReadOnlyList<EventEnvelope> events)
    {
        var existing = ScorecardProjection.Touched(events, existingBefore: true);
        if (existing.Length > 0)
            batch.Add(TakeOff, (object)existing);
    }
}
