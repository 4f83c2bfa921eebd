namespace Claims.Managers.Team;

/// <summary>
/// The statements behind the team figures, on the scorecards' pattern (<c>ScorecardSql</c>): a claim's share is a pure
/// function of its <c>claims</c> row, taken off before the register applies a save's events and added back after, as
/// insert-only change rows that <see cref="Compact"/> folds in. A claim counts for whoever filed it, else whoever
/// reported it, in the month it was reported. A claim without a filing deadline (no contract found) was filed in time.
/// </summary>
internal static class TeamSql
{
    /// <summary>Marks that are dates are kept as days since this one, so one integer column holds days and dates alike.</summary>
    public static readonly DateOnly MarkEpoch = new(2000, 1, 1);

    /// <summary>The mark of an open claim with no deadline ahead of it: never overdue.</summary>
    public const int NoDeadline = int.MaxValue;

    private static readonly string[] SumColumns = TeamTables.Sums.Split(", ");

    private static string Shares(string filter) => $"""
        select coalesce(c.filed_by, c.reported_by, '') as person, coalesce(c.currency, '') as currency,
            extract(year from coalesce(c.reported_on, c.updated_at::date))::int as year,
            extract(month from coalesce(c.reported_on, c.updated_at::date))::int as month,
            c.incidents,
            (c.filed_on is not null)::int as filed,
            (c.filed_on is not null and not c.out_of_window and (c.file_by is null or c.filed_on <= c.file_by))::int as filed_in_window,
            (c.filed_on is not null and (c.out_of_window or coalesce(c.filed_on > c.file_by, false)))::int as filed_late,
            case when c.filed_on is not null and (c.out_of_window or coalesce(c.filed_on > c.file_by, false))
                then greatest(0, coalesce(c.amount, 0) - c.received - c.deducted) else 0 end as filed_late_amount,
            coalesce(c.amount, 0) as claimed,
            c.received + c.deducted as recovered,
            case when c.incident_on is not null and c.reported_on is not null then greatest(0, c.reported_on - c.incident_on) end as report_days,
            case when c.filed_on is not null and c.reported_on is not null then greatest(0, c.filed_on - c.reported_on) end as file_days,
            case when c.filed_on is null and c.file_by is not null and c.status not in ('waived', 'closed')
                then c.file_by - date '{MarkEpoch:yyyy-MM-dd}' end as unfiled_by,
            greatest(0, coalesce(c.amount, 0) - c.received - c.deducted) as unrecovered,
            case when c.status not in ('paid', 'waived', 'closed')
                then coalesce(c.next_deadline - date '{MarkEpoch:yyyy-MM-dd}', {NoDeadline}) end as open_until
        from claims c
        where c.{filter}
        """;

    /// <summary>Change rows adding (<paramref name="sign"/> 1) or taking off (-1) the chosen claims' shares as they are now.</summary>
    public static string Count(string filter, int sign) => $"""
        with share as (
            {Shares(filter)}
        ), marks as (
            insert into team_mark_changes (person, currency, year, month, kind, mark, claims, amount)
            select person, currency, year, month, kind, mark, {sign} * count(*), {sign} * sum(amount) from (
                select person, currency, year, month, 'report' as kind, report_days as mark, 0::numeric as amount from share where report_days is not null
                union all select person, currency, year, month, 'file', file_days, 0 from share where file_days is not null
                union all select person, currency, year, month, 'unfiled', unfiled_by, unrecovered from share where unfiled_by is not null
                union all select person, currency, year, month, 'open', open_until, 0 from share where open_until is not null
            ) m group by person, currency, year, month, kind, mark
        )
        insert into team_month_changes (person, currency, year, month, {TeamTables.Sums})
        select person, currency, year, month,
            {string.Join(", ", SumColumns.Select(c => c == "claims" ? $"{sign} * count(*)" : $"{sign} * sum({c})"))}
        from share group by person, currency, year, month
        """;

    /// <summary>Folds the change rows in; one compaction at a time (a try-lock), rows locked in key order.</summary>
    public static readonly string Compact = $"""
        with go as (
            select pg_try_advisory_xact_lock(hashtext('team_months compaction')) as locked
        ), moved as (
            delete from team_month_changes where (select locked from go) returning *
        ), moved_marks as (
            delete from team_mark_changes where (select locked from go) returning *
        ), marks as (
            insert into team_marks (person, currency, year, month, kind, mark, claims, amount)
            select person, currency, year, month, kind, mark, sum(claims)::int, sum(amount) from moved_marks
            group by person, currency, year, month, kind, mark order by person, currency, year, month, kind, mark
            on conflict (person, currency, year, month, kind, mark) do update
                set claims = team_marks.claims + excluded.claims, amount = team_marks.amount + excluded.amount
        )
        insert into team_months (person, currency, year, month, {TeamTables.Sums})
        select person, currency, year, month, {string.Join(", ", SumColumns.Select(c => $"sum({c})"))} from moved
        group by person, currency, year, month order by person, currency, year, month
        on conflict (person, currency, year, month) do update set
            {string.Join(", ", SumColumns.Select(c => $"{c} = team_months.{c} + excluded.{c}"))}
        """;
}
