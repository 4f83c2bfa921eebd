namespace Claims.Managers.Scorecards;

/// <summary>
/// Migration "managers" #1 exactly as it was first applied (stores check a migration's text never changes): the tables,
/// the facts of the claims already stored and a first count of them. Later migrations changed how saves count.
/// </summary>
internal static class FirstMigration
{
    private const string Sums =
        "incidents, lost, damaged, misdelivered, late, assessed_claims, assessed, accepted, received, deducted, outstanding, " +
        "filed, disputes, deemed, paid, out_of_window, lost_own_delay";

    private static readonly string[] SumColumns = Sums.Split(", ");

    private static readonly string ClaimColumns = Sums.Replace(", paid,", ", paid_days,", StringComparison.Ordinal);

    public static string Sql => Tables + ";\n" + Recount("id is not null") + ";";

    /// <summary>Counted the claims chosen by <paramref name="filter"/> into the months (and each claim's share into manager_claims).</summary>
    public static string Recount(string filter) => $"""
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
            insert into manager_payment_days (carrier, currency, year, month, days, claims)
            select carrier, currency, year, month, paid_days, sum(n)::int from (
                select carrier, currency, year, month, paid_days, 1 as n from new where paid_days is not null
                union all
                select carrier, currency, year, month, paid_days, -1 from old where paid_days is not null
            ) d group by carrier, currency, year, month, paid_days having sum(n) <> 0{DaysConflict}
        )
        insert into manager_months (carrier, currency, year, month, {Sums})
        select carrier, currency, year, month, {string.Join(", ", SumColumns.Select(c => $"sum({c})"))} from (
            select carrier, currency, year, month, {Contribution(1)} from new
            union all
            select carrier, currency, year, month, {Contribution(-1)} from old
        ) d group by carrier, currency, year, month{MonthsConflict}
        """;

    private const string DaysConflict = """

            on conflict (carrier, currency, year, month, days) do update set claims = manager_payment_days.claims + excluded.claims
        """;

    private static readonly string MonthsConflict = $"""

        on conflict (carrier, currency, year, month) do update set
            {string.Join(", ", SumColumns.Select(c => $"{c} = manager_months.{c} + excluded.{c}"))}
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
