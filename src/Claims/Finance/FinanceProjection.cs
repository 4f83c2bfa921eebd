using Claims.Carriers;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Weasel.Postgresql.Tables;

namespace Claims.Finance;

/// <summary>Keeps finance's read models (filings, top-up requests) in step with the events, in the append's transaction.</summary>
internal sealed class FinanceProjection : IInlineProjection
{
    public IReadOnlyList<Table> Tables { get; } = [FinanceTables.ClaimFilings(), FinanceTables.TopUps()];

    public void Apply(ProjectionBatch batch, IReadOnlyList<EventEnvelope> events)
    {
        foreach (var e in events)
        {
            switch (e.Data)
            {
                // A claim filed again after a reopen: the latest filing is the one the carrier is answering.
                case ClaimFiled:
                    batch.Add("""
                        insert into finance_claim_filings (claim_id, filed_by, filed_at) values ($1, $2, $3)
                        on conflict (claim_id) do update set filed_by = excluded.filed_by, filed_at = excluded.filed_at
                        """, e.StreamId, e.Actor, e.OccurredAt);
                    break;
                case DepositTopUpRequested t when e.StreamId.StartsWith("carrier:", StringComparison.Ordinal):
                    batch.Add("""
                        insert into finance_top_ups (carrier, version, on_date, amount, currency, due_on, recorded_by)
                        values ($1, $2, $3, $4, $5, $6, $7) on conflict do nothing
                        """, e.StreamId["carrier:".Length..], e.Version, t.On, t.Amount, t.Currency, t.DueOn, e.Actor);
                    break;
            }
        }
    }
}
