using Claims.Contracts.Expressions;
using Claims.Contracts.Model;

namespace Claims.Contracts.Assessing;

/// <summary>A carrier's month: parcels shipped, freight charged, and incidents counted by incident date, per type.</summary>
public sealed record MonthFigures(int Parcels, decimal Freight, IReadOnlyDictionary<IncidentType, int> Incidents);

/// <summary>
/// How one service level came out for a month. <see cref="MetricValue"/> is exact (incidents × 10000 / parcels).
/// A breach carries the amount owed and its trace, or a reason when the amount could not be computed.
/// </summary>
public sealed record ServiceLevelJudgement(
    string ContractNumber,
    string Id,
    int Page,
    string Title,
    ServiceLevelMetric Metric,
    decimal MetricValue,
    decimal Threshold,
    bool Breached,
    decimal? Amount,
    string Currency,
    string? Reason,
    string? Trace);

/// <summary>Judges a carrier's monthly service levels (CONTRACT-FORMAT.md, "Service levels (monthly)").</summary>
public static class ServiceLevelJudge
{
    /// <summary>
    /// Every service level of the contract in force in the month (on its first day, else on its last). Nothing is
    /// judged (an empty list) when no parcels were recorded or no contract is in force.
    /// </summary>
    public static IReadOnlyList<ServiceLevelJudgement> Judge(ContractSet set, string carrierCode, int year, int month, MonthFigures figures)
    {
        if (figures.Parcels <= 0)
            return [];
        var first = new DateOnly(year, month, 1);
        var contract = set.CompiledInForce(carrierCode, first) ?? set.CompiledInForce(carrierCode, first.AddMonths(1).AddDays(-1));
        if (contract is null)
            return [];
        return [.. contract.ServiceLevels.Select(level => Judge(contract, level, figures))];
    }

    private static ServiceLevelJudgement Judge(CompiledContract contract, CompiledServiceLevel level, MonthFigures figures)
    {
        var s = level.ServiceLevel;
        var metric = Count(s.Metric, figures.Incidents) * 10000m / figures.Parcels;
        var judgement = new ServiceLevelJudgement(contract.Contract.Number, s.Id, s.Page, s.Title, s.Metric, metric, s.Threshold,
            metric > s.Threshold, null, contract.Contract.Currency, null, null);
        if (!judgement.Breached)
            return judgement;

        Span<decimal> facts = stackalloc decimal[4];
        facts[NameScope.MetricValue] = metric;
        facts[NameScope.Threshold] = s.Threshold;
        facts[NameScope.Parcels] = figures.Parcels;
        facts[NameScope.MonthlyFreight] = Money.WithAtLeastDecimals(figures.Freight, contract.Decimals);
        var context = new EvalContext(facts);
        var pay = level.Pay.Root.Number(ref context);
        if (context.Failed)
        {
            var where = context.FailedAt is { } node ? level.Pay.SourceOf(node) : level.Pay.Source;
            return judgement with { Reason = $"{context.Failure} in service level {s.Id} pay: {where}" };
        }
        var amount = Settlement.Settle(pay, s.Cap, s.Minimum, contract.Decimals);
        var trace = Settlement.Explain(Tracer.Render(level.Pay, facts), pay, s.Cap, s.Minimum, contract.Decimals);
        return judgement with { Amount = amount, Trace = trace };
    }

    private static int Count(ServiceLevelMetric metric, IReadOnlyDictionary<IncidentType, int> incidents) => metric switch
    {
        ServiceLevelMetric.LostPer10k => incidents.GetValueOrDefault(IncidentType.Lost),
        ServiceLevelMetric.DamagedPer10k => incidents.GetValueOrDefault(IncidentType.Damaged),
        ServiceLevelMetric.MisdeliveredPer10k => incidents.GetValueOrDefault(IncidentType.Misdelivered),
        ServiceLevelMetric.LatePer10k => incidents.GetValueOrDefault(IncidentType.Late),
        _ => incidents.Values.Sum(),
    };
}
