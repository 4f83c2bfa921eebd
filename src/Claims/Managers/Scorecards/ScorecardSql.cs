namespace Claims.Managers.Scorecards;

/// <summary>
/// The statements behind the scorecards. A claim's share of its month is a pure function of its <c>claims</c> row and
/// the few facts only its events tell (<c>manager_claims</c>). A save takes the touched claims' shares off before the
/// register applies the events and adds them back after, as change rows (inserts only, so concurrent saves never queue
/// on a month's row); <see cref="Compact"/> folds the change rows into <c>manager_months</c> now and then.
/// </summary>
internal static class ScorecardSql
{
    private const string Sums =
        "incidents, lost, damaged, misdelivered, late, assessed_claims, assessed, accepted, received, deducted, outstanding, " +
        "filed, disputes, deemed, paid, out_of_window, lost_own_delay";

    private static readonly string[] SumColumns = Sums.Split(", ");

    /// <summary>Each chosen claim's share of its carrier, currency and month (the month of its incident).</summary>
    private static string Shares(string filter) => $"""
        select c.carrier, coalesce(c.currency, k.currency, '') as currency,
            extract(year from coalesce(c.incident_on, c.reported_on, c.updated_at::date))::int as year,
            extract(month from coalesce(c.incident_on, c.reported_on, c.updated_at::date))::int as month,
            c.incidents,
            (c.incident = 'lost')::int + coalesce(f.extra_lost, 0) as lost,
            (c.incident = 'damaged')::int + coalesce(f.extra_damaged, 0) as damaged,
            (c.incident = 'misdelivered')::int + coalesce(f.extra_misdelivered, 0) as misdelivered,
            (c.incident = 'late')::int + coalesce(f.extra_late, 0) as late,
            (c.amount is not null)::int as assessed_claims,
            coalesce(c.amount, 0) as assessed,
            coalesce(c.accepted_amount, 0) as accepted,
            c.received, c.deducted, c.outstanding,
            (c.filed_on is not null)::int as filed,
            coalesce(f.was_disputed, false)::int as disputes,
            coalesce(f.was_deemed, false)::int as deemed,
            case when c.accepted_amount is not null and c.accepted_amount - c.received - c.deducted <= 0
                and f.last_paid_on is not null and c.filed_on is not null
                then greatest(0, f.last_paid_on - c.filed_on) end as paid_days,
            c.out_of_window::int as out_of_window,
            case when c.out_of_window then greatest(0, coalesce(c.amount, 0) - c.received - c.deducted) else 0 end as lost_own_delay
        from claims c
        left join manager_claims f on f.id = c.id
        left join carriers k on k.code = c.carrier
        where c.{filter}
        """;

    /// <summary>Change rows adding (<paramref name="sign"/> 1) or taking off (-1) the chosen claims' shares as they are now.</summary>
    public static string Count(string filter, int sign) => $"""
        with share as (
            {Shares(filter)}
        ), days as (
            insert into manager_payment_day_changes (carrier, currency, year, month, days, claims)
            select carrier, currency, year, month, paid_days, {sign} * count(*) from share where paid_days is not null
            group by carrier, currency, year, month, paid_days
        )
        insert into manager_month_changes (carrier, currency, year, month, {Sums})
        select carrier, currency, year, month,
            {string.Join(", ", SumColumns.Select(c => c == "paid" ? $"{sign} * count(paid_days)" : $"{sign} * sum({c})"))}
        from share group by carrier, currency, year, month
        """;

    /// <summary>
    /// Folds the change rows into the months. One compaction at a time (the others skip: a try-lock), and the months'
    /// rows are locked in key order, so compactions never deadlock.
    /// </summary>
    public static readonly string Compact = $"""
        with go as (
            select pg_try_advisory_xact_lock(hashtext('manager_months compaction')) as locked
        ), moved as (
            delete from manager_month_changes where (select locked from go) returning *
        ), moved_days as (
            delete from manager_payment_day_changes where (select locked from go) returning *
        ), days as (
            insert into manager_payment_days (carrier, currency, year, month, days, claims)
            select carrier, currency, year, month, days, sum(claims)::int from moved_days
            group by carrier, currency, year, month, days order by carrier, currency, year, month, days
            on conflict (carrier, currency, year, month, days) do update set claims = manager_payment_days.claims + excluded.claims
        )
        insert into manager_months (carrier, currency, year, month, {Sums})
        select carrier, currency, year, month, {string.Join(", ", SumColumns.Select(c => $"sum({c})"))} from moved
        group by carrier, currency, year, month order by carrier, currency, year, month
        on conflict (carrier, currency, year, month) do update set
            {string.Join(", ", SumColumns.Select(c => $"{c} = manager_months.{c} + excluded.{c}"))}
        """;
}
