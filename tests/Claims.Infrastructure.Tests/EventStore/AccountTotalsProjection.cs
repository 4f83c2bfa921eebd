using Claims.Infrastructure.EventStore;
using Weasel.Postgresql.Tables;

namespace Claims.Infrastructure.Tests.EventStore;

/// <summary>A read model kept inline: one row per account with its running total.</summary>
public sealed class AccountTotalsProjection : IInlineProjection
{
    public IReadOnlyList<Table> Tables { get; } = [Declare()];

    private static Table Declare()
    {
        var t = new Table("account_totals");
        t.AddColumn("stream_id", "text").AsPrimaryKey();
        t.AddColumn("owner", "text").NotNull();
        t.AddColumn("total", "numeric").NotNull();
        t.AddColumn("notes", "integer").NotNull();
        t.AddColumn("last_version", "bigint").NotNull();
        return t;
    }

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
