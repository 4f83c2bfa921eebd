using System.Text.Json;
using Claims.Contracts.Model;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Weasel.Postgresql.Tables;

namespace Claims.Register;

/// <summary>Keeps the <c>claims</c> table (the register and the work queue) in step with the claim events.</summary>
internal sealed class ClaimsProjection : IInlineProjection
{
    public IReadOnlyList<Table> Tables { get; } = [RegisterTables.Claims()];

    public void Apply(ProjectionBatch batch, IReadOnlyList<EventEnvelope> events)
    {
        // New claims are inserted together; anything else is applied in order, after the claims it may touch.
        var opened = new OpenedClaims();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (!e.StreamId.StartsWith("claim:", StringComparison.Ordinal))
                continue;
            if (OpenedClaims.IsOpening(events, i))
            {
                opened.Add(e, events[++i]);
                continue;
            }
            opened.Flush(batch);
            Apply(batch, e);
        }
        opened.Flush(batch);
    }

    private static void Apply(ProjectionBatch b, EventEnvelope e)
    {
        var id = e.StreamId;
        var at = e.OccurredAt;
        switch (e.Data)
        {
            case IncidentReported r:
                b.Add("""
                    insert into claims (id, carrier, waybill, direction, incident, order_id, shipped_on, incident_on, reported_on, facts, reported_by, updated_at)
                    values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12)
                    """,
                    id, r.Carrier, r.Waybill, DirectionNames.Name(r.Direction), IncidentTypeNames.Name(r.Incident), r.OrderId, r.ShippedOn,
                    r.IncidentOn, r.ReportedOn, Facts(r), e.Actor, at);
                break;
            case AdditionalIncidentReported:
                b.Add("update claims set incidents = incidents + 1, updated_at = $2 where id = $1", id, at);
                break;
            case ClaimAssessed a:
                b.Add("""
                    update claims set status = 'assessed', contract = $2, clause = $3, page = $4, title = $5, assessed_amount = $6,
                        currency = $7, trace = $8, file_by = $9, out_of_window = $10, manual_reason = null, updated_at = $11 where id = $1
                    """, id, a.Contract, a.Clause, a.Page, a.Title, a.Amount, a.Currency, a.Trace, a.FileBy, a.OutOfWindow, at);
                break;
            case ClaimNeedsManualAssessment m:
                b.Add("""
                    update claims set status = 'manual', manual_reason = $2, contract = $3, currency = $4, file_by = $5,
                        out_of_window = $6, updated_at = $7 where id = $1
                    """, id, m.Reason, m.Contract, m.Currency, m.FileBy, m.OutOfWindow, at);
                break;
            case AssessmentOverridden o:
                b.Add("""
                    update claims set override_amount = $2, currency = $3, override_reason = $4,
                        status = case when status = 'manual' then 'assessed' else status end, updated_at = $5 where id = $1
                    """, id, o.Amount, o.Currency, o.Reason, at);
                break;
            case ClaimFiled f:
                b.Add("update claims set status = 'filed', filed_on = $2, respond_by = $3, filed_by = $5, updated_at = $4 where id = $1",
                    id, f.On, f.RespondBy, at, e.Actor);
                break;
            case CarrierAccepted a:
                Accept(b, id, a.On, a.Amount, a.PayBy, at);
                break;
            case CarrierDeemedAccepted a:
                Accept(b, id, a.On, a.Amount, a.PayBy, at);
                break;
            case CarrierDisputed:
                b.Add("update claims set status = 'disputed', updated_at = $2 where id = $1", id, at);
                break;
            case CarrierCounterOffered:
                b.Add("update claims set status = 'countered', updated_at = $2 where id = $1", id, at);
                break;
            case PaymentReceived p:
                b.Add($"update claims set received = received + $2, status = {Settled("$2", "0")}, updated_at = $3 where id = $1", id, p.Amount, at);
                break;
            case DeductedFromDeposit d:
                b.Add($"update claims set deducted = deducted + $2, status = {Settled("0", "$2")}, updated_at = $3 where id = $1", id, d.Amount, at);
                break;
            case ClaimWaived:
                b.Add("update claims set status_before_end = status, status = 'waived', updated_at = $2 where id = $1", id, at);
                break;
            case ClaimClosed:
                b.Add("update claims set status_before_end = status, status = 'closed', updated_at = $2 where id = $1", id, at);
                break;
            case ClaimReopened:
                b.Add("update claims set status = coalesce(status_before_end, 'assessed'), status_before_end = null, updated_at = $2 where id = $1", id, at);
                break;
            default:
                b.Add("update claims set updated_at = $2 where id = $1", id, at);
                break;
        }
    }

    private static void Accept(ProjectionBatch b, string id, DateOnly on, decimal amount, DateOnly? payBy, DateTimeOffset at) =>
        b.Add($"""
            update claims set accepted_on = $2, accepted_amount = $3, pay_by = $4,
                status = case when $3 - received - deducted <= 0 then 'paid' else 'accepted' end, updated_at = $5 where id = $1
            """, id, on, amount, payBy, at);

    // ClaimState.Settle: an accepted claim with nothing left to pay is paid (UPDATE reads the old row values).
    private static string Settled(string addReceived, string addDeducted) =>
        $"case when accepted_amount is not null and status not in ('waived', 'closed') " +
        $"and accepted_amount - received - deducted - {addReceived} - {addDeducted} <= 0 then 'paid' else status end";

    internal static string Facts(IncidentReported r) => JsonSerializer.Serialize(new
    {
        goodsValue = r.GoodsValue, declaredValue = r.DeclaredValue, freight = r.Freight, claimedAmount = r.ClaimedAmount,
        weightKg = r.WeightKg, daysLate = r.DaysLate, note = r.Note,
    });
}
