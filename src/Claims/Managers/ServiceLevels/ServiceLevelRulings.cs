using Claims.Carriers;
using Claims.Contracts.Assessing;
using Claims.Contracts.Model;

namespace Claims.Managers.ServiceLevels;

/// <summary>
/// What a month's judgement adds to the carrier stream, given the penalties standing from earlier judgements: a breach
/// that is new or came out differently is assessed (replacing the earlier one), a breach that is gone is withdrawn, and
/// an unchanged one adds nothing, so judging a month again never doubles a penalty.
/// </summary>
public static class ServiceLevelRulings
{
    public static IReadOnlyList<object> Decide(CarrierState carrier, int year, int month, IReadOnlyList<ServiceLevelJudgement> judgements)
    {
        var events = new List<object>();
        var breached = judgements.Where(j => j.Breached).ToDictionary(j => j.Id, StringComparer.Ordinal);
        foreach (var j in breached.Values)
        {
            var assessed = new ServiceLevelPenaltyAssessed(year, month, j.ContractNumber, j.Id, j.Page, j.Title,
                ServiceLevelMetricNames.Name(j.Metric), j.MetricValue, j.Threshold, j.Amount, j.Currency, j.Reason, j.Trace);
            if (!carrier.Penalties.TryGetValue((year, month, j.Id), out var standing) || standing != assessed)
                events.Add(assessed);
        }
        foreach (var ((y, m, id), standing) in carrier.Penalties.OrderBy(p => p.Key.Id, StringComparer.Ordinal))
        {
            if (y != year || m != month || breached.ContainsKey(id))
                continue;
            // The value it came out at now (the level may be gone from the contract: then the standing figures).
            var now = judgements.FirstOrDefault(j => j.Id == id);
            events.Add(new ServiceLevelPenaltyWithdrawn(year, month, id, now?.MetricValue ?? standing.MetricValue, now?.Threshold ?? standing.Threshold));
        }
        return events;
    }
}
