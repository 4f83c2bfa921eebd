namespace Claims.Managers.Scorecards;

/// <summary>
/// The statements behind the scorecard tables. Each claim's contribution to its month is a pure function of its
/// <c>claims</c> row and the few facts only the events tell (kept in <c>manager_claims</c>); a touched claim's old
/// contribution is taken off and its new one added, so the months equal a rebuild however events were batched.
/// </summary>
internal static class ScorecardSql
{
    private const string Sums =
        "incidents, lost, damaged, misdelivered, late, assessed_claims, assessed, accepted, received, deducted, outstanding, " +
        "filed, disputes, deemed, paid, out_of_window, lost_own_delay";

    private static readonly string[] SumColumns = Sums.Split(", ");

    // A claim keeps its days to payment; the month counts how many claims have them.
    private static readonly string ClaimColumns = Sums.Replace(", paid,", ", paid_days,", StringComparison.Ordinal);

    /// <summary>Re-counts the claims chosen by <paramref name="filter"/> (a condition on <c>id</c>) into the months.</summary>
    /// <remarks>The text for the months themselves is migration "managers" #1's: it must never change.</remarks>
    public static string Recount(string filter) => Recount(filter, changes: false);

    /// <summary>
    /// The same re-count written as change rows (<c>manager_month_changes</c>): inserts only, so concurrent saves never
    /// wait for each other on a month's row; <see cref="Compact"/> folds them into the months now and then.
    /// </summary>
    public static string RecountAsChanges(string filter) => Recount(filter, changes: true);

    private static string Recount(string filter, bool changes) => $"""
        with old as (
            select * from manager_claims where {filter} and carrier is not null
        ), new as (
            select c.id, c.carrier, coalesce(c.currency, k.currency, '') as currency,
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
        ), saved as (
            insert into manager_claims (id, carrier, currency, year, month, {ClaimColumns})
            select id, carrier, currency, year, month, {ClaimColumns} from new
            on conflict (id) do update set carrier = excluded.carrier, currency = excluded.currency, year = excluded.year,
                month = excluded.month, {string.Join(", ", SumColumns.Select(c => c == "paid" ? "paid_days = excluded.paid_days" : $"{c} = excluded.{c}"))}
        ), days as (
            insert into {(changes ? "manager_payment_day_changes" : "manager_payment_days")} (carrier, currency, year, month, days, claims)
            select carrier, currency, year, month, paid_days, sum(n)::int from (
                select carrier, currency, year, month, paid_days, 1 as n from new where paid_days is not null
                union all
                select carrier, currency, year, month, paid_days, -1 from old where paid_days is not null
            ) d group by carrier, currency, year, month, paid_days having sum(n) <> 0{(changes ? "" : DaysConflict)}
        )
        insert into {(changes ? "manager_month_changes" : "manager_months")} (carrier, currency, year, month, {Sums})
        select carrier, currency, year, month, {string.Join(", ", SumColumns.Select(c => $"sum({c})"))} from (
            select carrier, currency, year, month, {Contribution(1)} from new
            union all
            select carrier, currency, year, month, {Contribution(-1)} from old
        ) d group by carrier, currency, year, month{(changes ? "" : MonthsConflict)}
        """;

    private const string DaysConflict = """

            on conflict (carrier, currency, year, month, days) do update set claims = manager_payment_days.claims + excluded.claims
        """;

    private static readonly string MonthsConflict = $"""

        on conflict (carrier, currency, year, month) do update set
            {string.Join(", ", SumColumns.Select(c => $"{c} = manager_months.{c} + excluded.{c}"))}
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

    /// <summary>Migration "managers" #2: the change rows concurrent saves write instead of updating a month's row.</summary>
    public const string ChangeTables = """
        create table manager_month_changes (like manager_months);
        create table manager_payment_day_changes (like manager_payment_days);
        """;

    private static string Contribution(int sign) => string.Join(", ", SumColumns.Select(c =>
        c == "paid" ? $"{sign} * (paid_days is not null)::int as paid" : $"{sign} * {c} as {c}"));

    /// <summary>The tables, and the facts of claims already in the store taken from their events (migration only).</summary>
    public const string Tables = """
        create table manager_claims (
            id text primary key,
            extra_lost int not null default 0,
            extra_damaged int not null default 0,
            extra_misdelivered int not null default 0,
            extra_late int not null default 0,
            was_disputed boolean not null default false,
            was_deemed boolean not null default false,
            last_paid_on date,
            carrier text,
            currency text,
            year int,
            month int,
            incidents int not null default 0,
            lost int not null default 0,
            damaged int not null default 0,
            misdelivered int not null default 0,
            late int not null default 0,
            assessed_claims int not null default 0,
            assessed numeric not null default 0,
            accepted numeric not null default 0,
            received numeric not null default 0,
            deducted numeric not null default 0,
            outstanding numeric not null default 0,
            filed int not null default 0,
            disputes int not null default 0,
            deemed int not null default 0,
            paid_days int,
            out_of_window int not null default 0,
            lost_own_delay numeric not null default 0
        );

        create table manager_months (
            carrier text not null,
            currency text not null,
            year int not null,
            month int not null,
            incidents int not null,
            lost int not null,
            damaged int not null,
            misdelivered int not null,
            late int not null,
            assessed_claims int not null,
            assessed numeric not null,
            accepted numeric not null,
            received numeric not null,
            deducted numeric not null,
            outstanding numeric not null,
            filed int not null,
            disputes int not null,
            deemed int not null,
            paid int not null,
            out_of_window int not null,
            lost_own_delay numeric not null,
            primary key (carrier, currency, year, month)
        );

        create table manager_payment_days (
            carrier text not null,
            currency text not null,
            year int not null,
            month int not null,
            days int not null,
            claims int not null,
            primary key (carrier, currency, year, month, days)
        );

        create table manager_penalties (
            carrier text not null,
            year int not null,
            month int not null,
            id text not null,
            amount numeric,
            currency text not null,
            primary key (carrier, year, month, id)
        );

        insert into manager_claims (id, extra_lost, extra_damaged, extra_misdelivered, extra_late, was_disputed, was_deemed, last_paid_on)
        select stream_id,
            count(*) filter (where type = 'AdditionalIncidentReported' and body->>'incident' = '0'),
            count(*) filter (where type = 'AdditionalIncidentReported' and body->>'incident' = '1'),
            count(*) filter (where type = 'AdditionalIncidentReported' and body->>'incident' = '2'),
            count(*) filter (where type = 'AdditionalIncidentReported' and body->>'incident' = '3'),
            bool_or(type in ('CarrierDisputed', 'CarrierCounterOffered')),
            bool_or(type = 'CarrierDeemedAccepted'),
            max((body->>'on')::date) filter (where type in ('PaymentReceived', 'DeductedFromDeposit'))
        from events
        where stream_id like 'claim:%' and type in ('AdditionalIncidentReported', 'CarrierDisputed', 'CarrierCounterOffered',
            'CarrierDeemedAccepted', 'PaymentReceived', 'DeductedFromDeposit')
        group by stream_id;

        insert into manager_penalties (carrier, year, month, id, amount, currency)
        select carrier, year, month, id, amount, currency from (
            select distinct on (stream_id, (body->>'year')::int, (body->>'month')::int, body->>'id')
                substr(stream_id, length('carrier:') + 1) as carrier, (body->>'year')::int as year, (body->>'month')::int as month,
                body->>'id' as id, (body->>'amount')::numeric as amount, coalesce(body->>'currency', '') as currency, type
            from events where type in ('ServiceLevelPenaltyAssessed', 'ServiceLevelPenaltyWithdrawn') and stream_id like 'carrier:%'
            order by stream_id, (body->>'year')::int, (body->>'month')::int, body->>'id', seq desc
        ) latest where type = 'ServiceLevelPenaltyAssessed';
        """;
}
