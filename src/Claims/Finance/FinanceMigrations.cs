using Claims.Infrastructure.Schema;

namespace Claims.Finance;

/// <summary>
/// Finance's own read models (module "finance"): who filed each claim and the deposit top-up requests, which the
/// register tables do not keep. The first migration fills them from the events already stored, so a store that
/// existed before finance needs no rebuild.
/// </summary>
internal static class FinanceMigrations
{
    public static readonly Migration[] All =
    [
        new("finance", 1, "who filed each claim; deposit top-up requests", """
            create table finance_claim_filings (
                claim_id text primary key,
                filed_by text not null,
                filed_at timestamptz not null
            );

            create table finance_top_ups (
                carrier text not null,
                version bigint not null,
                on_date date not null,
                amount numeric not null,
                currency text not null,
                due_on date,
                recorded_by text not null,
                primary key (carrier, version)
            );

            insert into finance_claim_filings (claim_id, filed_by, filed_at)
            select distinct on (stream_id) stream_id, actor, occurred_at from events
            where type = 'ClaimFiled' and stream_id like 'claim:%'
            order by stream_id, version desc;

            insert into finance_top_ups (carrier, version, on_date, amount, currency, due_on, recorded_by)
            select substr(stream_id, length('carrier:') + 1), version, (body->>'on')::date, (body->>'amount')::numeric,
                   body->>'currency', (body->>'dueOn')::date, actor
            from events where type = 'DepositTopUpRequested' and stream_id like 'carrier:%';
            """),
    ];
}
