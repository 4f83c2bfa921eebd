namespace Claims.Managers.ServiceLevels;

/// <summary>
/// Migration "managers" #5: penalties are owed like claims, so their rows keep the day judged, the last day to pay, what
/// was paid and deducted, and a withdrawn flag instead of disappearing (money paid towards a withdrawn penalty must still
/// show). Withdrawn penalties deleted by the earlier projection come back as a rebuild would make them: the latest
/// judgement's details, flagged withdrawn.
/// </summary>
internal static class PenaltyCollectionMigration
{
    public const string Sql = """
        alter table manager_penalties add column judged_on date, add column pay_by date,
            add column paid numeric not null default 0, add column deducted numeric not null default 0,
            add column withdrawn boolean not null default false;

        create temporary table latest_judgements on commit drop as
        select distinct on (stream_id, (body->>'year')::int, (body->>'month')::int, body->>'id')
            substr(stream_id, length('carrier:') + 1) as carrier, (body->>'year')::int as year, (body->>'month')::int as month,
            body->>'id' as id, body
        from events where type = 'ServiceLevelPenaltyAssessed' and stream_id like 'carrier:%'
        order by stream_id, (body->>'year')::int, (body->>'month')::int, body->>'id', seq desc;

        update manager_penalties p set judged_on = (l.body->>'on')::date, pay_by = (l.body->>'payBy')::date
        from latest_judgements l where (p.carrier, p.year, p.month, p.id) = (l.carrier, l.year, l.month, l.id);

        insert into manager_penalties (carrier, year, month, id, amount, currency, contract, page, title, metric, metric_value, threshold, reason,
            judged_on, pay_by, withdrawn)
        select carrier, year, month, id, (body->>'amount')::numeric, coalesce(body->>'currency', ''), body->>'contractNumber',
            (body->>'page')::int, body->>'title', body->>'metric', (body->>'metricValue')::numeric, (body->>'threshold')::numeric,
            body->>'reason', (body->>'on')::date, (body->>'payBy')::date, true
        from latest_judgements
        on conflict (carrier, year, month, id) do nothing;
        """;
}
