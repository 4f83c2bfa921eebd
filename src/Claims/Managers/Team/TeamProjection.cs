using Claims.Infrastructure.EventStore;
using Claims.Managers.Scorecards;
using Weasel.Postgresql.Tables;

namespace Claims.Managers.Team;

/// <summary>
/// Adds the touched claims' shares back to the team figures after the register applied the events (registered after
/// it); <see cref="TeamShareRemoval"/> took the old shares off before. Claims opened in the batch are counted from
/// their events (<see cref="TeamOpenedShares"/>). Marks of zero claims are left to compaction.
/// </summary>
internal sealed class TeamProjection : IInlineProjection
{
    private static readonly string AddShares = TeamSql.Count("id = any($1)", 1);
    private int batches;

    public IReadOnlyList<Table> Tables { get; } =
    [
        TeamTables.Months("team_months"), TeamTables.Marks("team_marks"),
        TeamTables.Months("team_month_changes"), TeamTables.Marks("team_mark_changes"),
    ];

    public void Apply(ProjectionBatch batch, IReadOnlyList<EventEnvelope> events)
    {
        var opened = TeamOpenedShares.Add(batch, events);
        var touched = ScorecardProjection.Touched(events, existingBefore: false).Where(id => !opened.Contains(id)).ToArray();
        if (touched.Length > 0)
            batch.Add(AddShares, (object)touched);
        if (opened.Count + touched.Length > 0 && Interlocked.Increment(ref batches) % ScorecardProjection.CompactEvery == 0)
            batch.Add(TeamSql.Compact);
    }
}

/// <summary>Takes the touched claims' shares off the team figures before the register changes the claims.</summary>
internal sealed class TeamShareRemoval : IInlineProjection
{
    private static readonly string TakeOff = TeamSql.Count("id = any($1)", -1);

    public IReadOnlyList<Table> Tables { get; } = [];

    public void Apply(ProjectionBatch batch, IReadOnlyList<EventEnvelope> events)
    {
        var existing = ScorecardProjection.Touched(events, existingBefore: true);
        if (existing.Length > 0)
            batch.Add(TakeOff, (object)existing);
    }
}
