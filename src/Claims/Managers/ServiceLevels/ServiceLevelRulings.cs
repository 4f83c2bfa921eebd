using Claims.Carriers;
using Claims.Contracts.Assessing;
using Claims.Contracts.Model;
using Claims.Lifecycle;
using Claims.Penalties;

namespace Claims.Managers.ServiceLevels;

/// <summary>
/// What a month's judgement adds to the carrier stream, given the penalties standing from earlier judgements: a breach
/// that is new or came out differently is assessed (replacing the earlier one, with a new payment window), a breach that
/// is gone is withdrawn, and an unchanged one adds nothing, so judging a month again never doubles a penalty. Each
/// assessed penalty with an amount is owed like a claim: a payment check is scheduled for the day after its window.
/// </summary>
public static class ServiceLevelRulings
{
    public static Decision Decide(CarrierState carrier, int year, int month, IReadOnlyList<ServiceLevelJudgement> judgements,
        DateOnly today, Func<string, ClaimTerms> termsOf)
    {
        var decision = Decision.Nothing;
        var breached = judgements.Where(j => j.Breached).ToDictionary(j => j.Id, StringComparer.Ordinal);
        foreach (var j in breached.Values)
        {
            DateOnly? payBy = j.Amount is not null && termsOf(j.ContractNumber).PayWithinDays is { } days ? today.AddDays(days) : null;
            var assessed = new ServiceLevelPenaltyAssessed(year, month, j.ContractNumber, j.Id, j.Page, j.Title,
                ServiceLevelMetricNames.Name(j.Metric), j.MetricValue, j.Threshold, j.Amount, j.Currency, j.Reason, j.Trace, today, payBy);
            // The same figures judged on another day are the same penalty: its window stays where it was.
            if (carrier.Penalties.TryGetValue((year, month, j.Id), out var standing) && standing with { On = today, PayBy = payBy } == assessed)
                continue;
            decision = decision.And(assessed);
            if (payBy is { } by)
                decision = decision.Schedule(new CheckPenaltyPayment(carrier.Code, year, month, j.Id), by.AddDays(1));
        }
        foreach (var ((y, m, id), standing) in carrier.Penalties.OrderBy(p => p.Key.Id, StringComparer.Ordinal))
        {
            if (y != year || m != month || breached.ContainsKey(id))
                continue;
            // The value it came out at now (the level may be gone from the contract: then the standing figures).
            var now = judgements.FirstOrDefault(j => j.Id == id);
            decision = decision.And(new ServiceLevelPenaltyWithdrawn(year, month, id, now?.MetricValue ?? standing.MetricValue, now?.Threshold ?? standing.Threshold));
        }
        return decision;
    }
}
