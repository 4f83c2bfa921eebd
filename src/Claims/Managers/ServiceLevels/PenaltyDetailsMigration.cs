namespace Claims.Managers.ServiceLevels;

/// <summary>
/// Migration "managers" #4: the standing penalties keep what the carrier page shows (clause, page, title, metric against
/// threshold, reason), filled from the latest judgement stored for each month and id.
/// </summary>
internal static class PenaltyDetailsMigration
{
    public const string Sql = """
        alter table manager_penalties add column contract text, add column page int, add column title text, add column metric text,
            add column metric_value numeric, add column threshold numeric, add column reason text;

        update manager_penalties p set contract = l.contract, page = l.page, title = l.title, metric = l.metric,
            metric_value = l.metric_value, threshold = l.threshold, reason = l.reason
        from (
            select distinct on (stream_id, (body->>'year')::int, (body->>'month')::int, body->>'id')
                substr(stream_id, length('carrier:') + 1) as carrier, (body->>'year')::int as year, (body->>'month')::int as month,
                body->>'id' as id, body->>'contractNumber' as contract, (body->>'page')::int as page, body->>'title' as title,
                body->>'metric' as metric, (body->>'metricValue')::numeric as metric_value, (body->>'threshold')::numeric as threshold,
                body->>'reason' as reason
            from events where type = 'ServiceLevelPenaltyAssessed' and stream_id like 'carrier:%'
            order by stream_id, (body->>'year')::int, (body->>'month')::int, body->>'id', seq desc
        ) l
        where (p.carrier, p.year, p.month, p.id) = (l.carrier, l.year, l.month, l.id);
        """;
}
