using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Schema;

namespace Claims.Benchmarks.EventStore;

/// <summary>
/// A register-like read model for the append benchmark, shaped like the claims projection: the report inserts a row,
/// the assessment and the note update it, in the transaction that appends them.
/// </summary>
internal sealed class BenchRegisterProjection : IInlineProjection
{
    public static readonly Migration Table = new("bench", 1, "bench register", """
        create table if not exists bench_register (
          id text primary key, waybill text not null, carrier text not null, incident text not null, amount numeric,
          currency text, clause text, notes int not null default 0, updated_at timestamptz not null)
        """);

    public IReadOnlyList<string> Tables { get; } = ["bench_register"];

    public void Apply(ProjectionBatch batch, IReadOnlyList<EventEnvelope> events)
    {
        foreach (var e in events)
        {
            switch (e.Data)
            {
                case BenchIncidentReported r:
                    batch.Add("insert into bench_register (id, waybill, carrier, incident, updated_at) values ($1, $2, $3, $4, $5)",
                        e.StreamId, r.Waybill, r.Carrier, r.Incident, e.OccurredAt);
                    break;
                case BenchClaimAssessed a:
                    batch.Add("update bench_register set amount = $2, currency = $3, clause = $4, updated_at = $5 where id = $1",
                        e.StreamId, a.Amount, a.Currency, a.Clause, e.OccurredAt);
                    break;
                case BenchNoteAdded:
                    batch.Add("update bench_register set notes = notes + 1, updated_at = $2 where id = $1", e.StreamId, e.OccurredAt);
                    break;
            }
        }
    }
}
