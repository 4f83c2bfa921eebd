using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Schema;

namespace Claims.Infrastructure.Tests.EventStore;

/// <summary>A read model kept inline: one row per account with its running total.</summary>
public sealed class AccountTotalsProjection : IInlineProjection
{
    public static Migration Table { get; } = new("tests", 1, "account totals", """
        create table account_totals (
          stream_id text primary key,
          owner text not null,
          total numeric not null,
          notes int not null,
          last_version bigint not null
        );
        """);

    public IReadOnlyList<string> Tables { get; } = ["account_totals"];

    public void Apply(ProjectionBatch batch, IReadOnlyList<EventEnvelope> events)
    {
        foreach (var e in events)
        {
            switch (e.Data)
            {
                case AccountOpened opened:
                    batch.Add("insert into account_totals values ($1, $2, 0, 0, $3)", e.StreamId, opened.Owner, e.Version);
                    break;
                case AmountNoted noted:
                    batch.Add(
                        "update account_totals set total = total + $2, notes = notes + 1, last_version = $3 where stream_id = $1",
                        e.StreamId, noted.Amount, e.Version);
                    break;
            }
        }
    }
}
