using Claims.Carriers;
using Claims.Infrastructure.EventStore;
using Weasel.Postgresql.Tables;

namespace Claims.Register;

/// <summary>Keeps <c>carriers</c>, <c>deposit_ledger</c>, <c>contracts</c> and <c>volumes</c> in step with the carrier events.</summary>
internal sealed class CarriersProjection : IInlineProjection
{
    public IReadOnlyList<Table> Tables { get; } =
        [RegisterTables.Carriers(), RegisterTables.DepositLedger(), RegisterTables.Contracts(), RegisterTables.Volumes()];

    public void Apply(ProjectionBatch batch, IReadOnlyList<EventEnvelope> events)
    {
        foreach (var e in events)
        {
            if (e.StreamId.StartsWith("carrier:", StringComparison.Ordinal))
                Apply(batch, e, e.StreamId["carrier:".Length..]);
        }
    }

    private static void Apply(ProjectionBatch b, EventEnvelope e, string code)
    {
        switch (e.Data)
        {
            case ContractRegistered c:
                // The contract shown for a carrier is the one with the latest effective date.
                b.Add("""
                    insert into carriers (code, name, currency, contract, contract_effective, minimum_balance) values ($1, $2, $3, $4, $5, $6)
                    on conflict (code) do update set name = excluded.name,
                        currency = coalesce(carriers.currency, excluded.currency),
                        contract = case when excluded.contract_effective >= carriers.contract_effective then excluded.contract else carriers.contract end,
                        contract_effective = greatest(carriers.contract_effective, excluded.contract_effective),
                        minimum_balance = coalesce(excluded.minimum_balance, carriers.minimum_balance)
                    """, code, c.CarrierName, c.Currency, c.Number, c.Effective, c.MinimumBalance);
                b.Add("""
                    insert into contracts (carrier, version, number, effective, expires, currency, file_name, sha256, yaml, registered_at)
                    values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict do nothing
                    """, code, e.Version, c.Number, c.Effective, c.Expires, c.Currency, c.FileName, c.Sha256, c.Yaml, e.OccurredAt);
                break;
            case DepositLodged d:
                b.Add("""
                    update carriers set lodged = lodged + $2, currency = coalesce(currency, $3),
                        top_up_requested = case when minimum_balance is not null and lodged + $2 - deducted >= minimum_balance then false else top_up_requested end
                    where code = $1
                    """, code, d.Amount, d.Currency);
                Ledger(b, e, code, d.On, "lodged", d.Amount, d.Currency, null, null, d.Reference);
                break;
            case DepositDeducted d:
                b.Add("update carriers set deducted = deducted + $2 where code = $1", code, d.Amount);
                Ledger(b, e, code, d.On, "deducted", -d.Amount, d.Currency, d.ClaimId, d.Waybill, null);
                break;
            case ServiceLevelPenaltyDeducted d:
                // Taken from the deposit like a claim's deduction; the reference names the penalty (there is no waybill).
                b.Add("update carriers set deducted = deducted + $2 where code = $1", code, d.Amount);
                Ledger(b, e, code, d.On, "deducted", -d.Amount, d.Currency, null, null, PenaltyReference(d.Id, d.Year, d.Month));
                break;
            case DepositTopUpRequested t:
                b.Add("update carriers set top_up_requested = true, top_up_due = $2 where code = $1", code, t.DueOn);
                break;
            case ShipmentVolumeRecorded v:
                b.Add("""
                    insert into volumes (carrier, year, month, parcels, freight, currency) values ($1, $2, $3, $4, $5, $6)
                    on conflict (carrier, year, month) do update set parcels = excluded.parcels, freight = excluded.freight, currency = excluded.currency
                    """, code, v.Year, v.Month, v.Parcels, v.Freight, v.Currency);
                break;
        }
    }

    /// <summary>How a penalty deduction is named in the deposit ledger (finance reads it in both languages).</summary>
    public static string PenaltyReference(string id, int year, int month) => $"服务水平罚款 service-level penalty {id} · {year:D4}-{month:D2}";

    private static void Ledger(ProjectionBatch b, EventEnvelope e, string code, DateOnly on, string kind, decimal amount,
        string currency, string? claimId, string? waybill, string? reference) =>
        b.Add("""
            insert into deposit_ledger (carrier, version, on_date, kind, amount, currency, claim_id, waybill, reference, recorded_by)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict do nothing
            """, code, e.Version, on, kind, amount, currency, claimId, waybill, reference, e.Actor);
}
