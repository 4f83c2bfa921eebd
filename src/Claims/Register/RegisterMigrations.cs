using Claims.Infrastructure.Schema;

namespace Claims.Register;

/// <summary>The read models of the claims register (module "claims"): claims, carriers, deposit ledger, contracts, volumes.</summary>
internal static class RegisterMigrations
{
    // Outstanding, amount, next deadline and what is due are generated columns so the projection never has to
    // recompute them from an aggregate: they mirror ClaimState.Outstanding and the work-queue rules in one place.
    public static readonly Migration[] All =
    [
        new("claims", 1, "claims register and carrier read models", """
            create table claims (
                id text primary key,
                carrier text not null,
                waybill text not null,
                direction text not null,
                incident text not null,
                order_id text,
                shipped_on date,
                incident_on date,
                reported_on date,
                facts jsonb,
                status text not null default 'assessed',
                status_before_end text,
                contract text,
                clause text,
                page int,
                title text,
                assessed_amount numeric,
                override_amount numeric,
                override_reason text,
                currency text,
                trace text,
                manual_reason text,
                file_by date,
                out_of_window boolean not null default false,
                filed_on date,
                respond_by date,
                accepted_on date,
                accepted_amount numeric,
                pay_by date,
                received numeric not null default 0,
                deducted numeric not null default 0,
                reported_by text,
                incidents int not null default 1,
                updated_at timestamptz not null,
                amount numeric generated always as (coalesce(override_amount, assessed_amount)) stored,
                outstanding numeric generated always as (
                    case when status in ('waived', 'closed') then 0
                    else greatest(0, coalesce(accepted_amount, override_amount, assessed_amount, 0) - received - deducted) end) stored,
                due text generated always as (
                    case
                        when status = 'manual' then 'review'
                        when status = 'assessed' and filed_on is null then 'file'
                        when status in ('filed', 'disputed', 'countered') then 'chase-answer'
                        when status = 'accepted' then 'chase-payment'
                    end) stored,
                next_deadline date generated always as (
                    case
                        when status in ('manual', 'assessed') and filed_on is null then file_by
                        when status in ('filed', 'disputed', 'countered') then respond_by
                        when status = 'accepted' then pay_by
                    end) stored
            );
            create index claims_waybill on claims (waybill);
            create index claims_queue on claims (next_deadline nulls last, id);
            create index claims_carrier on claims (carrier);

            create table carriers (
                code text primary key,
                name text not null,
                currency text,
                contract text,
                contract_effective date,
                lodged numeric not null default 0,
                deducted numeric not null default 0,
                balance numeric generated always as (lodged - deducted) stored,
                minimum_balance numeric,
                top_up_requested boolean not null default false,
                top_up_due date
            );

            create table deposit_ledger (
                carrier text not null,
                version bigint not null,
                on_date date not null,
                kind text not null,
                amount numeric not null,
                currency text not null,
                claim_id text,
                waybill text,
                reference text,
                recorded_by text not null,
                primary key (carrier, version)
            );

            create table contracts (
                carrier text not null,
                version bigint not null,
                number text not null,
                effective date not null,
                expires date,
                currency text not null,
                file_name text not null,
                sha256 text not null,
                yaml text,
                registered_at timestamptz not null,
                primary key (carrier, version)
            );

            create table volumes (
                carrier text not null,
                year int not null,
                month int not null,
                parcels bigint not null,
                freight numeric not null,
                currency text not null,
                primary key (carrier, year, month)
            );
            """),
    ];
}
