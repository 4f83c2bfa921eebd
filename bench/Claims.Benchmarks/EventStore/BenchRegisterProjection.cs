using Claims.Infrastructure.EventStore;
using Weasel.Postgresql.Tables;

namespace Claims.Benchmarks.EventStore;

/// <summary>
/// A register-like read model for the append benchmark, shaped like the claims projection: the report inserts a row,
/// the assessment and the note update it, in the transaction that appends them.
/// </summary>
internal sealed class BenchRegisterProjection : IInlineProjection
{
    public IReadOnlyList<Table> Tables { get; } = [Declare()];

    private static Table Declare()
    {
        var t = new Table("bench_register");
        t.AddColumn("id", "text").AsPrimaryKey();
        foreach (var name in new[] { "waybill", "carrier", "incident" })
            t.AddColumn(name, "text").NotNull();
        t.AddColumn("amount", "numeric");
        t.AddColumn("currency", "text");
        t.AddColumn("clause", "text");
        t.AddColumn("notes", "integer").NotNull().DefaultValueByExpression("0");
        t.AddColumn("updated_at", "timestamp with time zone").NotNull();
        return t;
    }

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
