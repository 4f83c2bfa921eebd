using Claims.Managers.Scorecards;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Claims.Managers;

/// <summary>
/// Carriers side by side over a period, from the scorecard read models only (a handful of small tables, never the
/// events or the claims). One <see cref="CarrierScore"/> per carrier and currency; every month of the period for each.
/// </summary>
public sealed class CarrierComparison(NpgsqlDataSource db, IServiceProvider services)
{
    private ScoreWeights DefaultWeights => ScoreWeightsConfig.From(services.GetService<IConfiguration>());

    public async Task<ComparisonReport> CompareAsync(ComparisonRequest request, CancellationToken ct)
    {
        if (request.From.CompareTo(request.To) > 0)
            throw new ArgumentException($"The period starts ({request.From}) after it ends ({request.To}).", nameof(request));
        var weights = request.Weights ?? DefaultWeights;
        if (weights is { IncidentsPer10k: < 0 } or { RecoveryRate: < 0 } or { DisputeRate: < 0 } or { DaysToPayment: < 0 } or { ServiceLevelBreaches: < 0 })
            throw new ArgumentException("Score weights cannot be negative.", nameof(request));
        var months = YearMonth.Range(request.From, request.To).ToList();
        var data = await ScorecardReader.ReadAsync(db, request.From, request.To, ct);

        var carriers = new List<CarrierScore>();
        var trend = new List<CarrierMonth>();
        foreach (var key in data.Keys)
        {
            var name = data.Names.GetValueOrDefault(key.Carrier, key.Carrier);
            var (all, rated) = (new MonthTally(), new MonthTally());
            foreach (var month in months)
            {
                var tally = data.Months.GetValueOrDefault((key, month)) ?? new MonthTally();
                all.Add(tally);
                if (tally.Parcels > 0)
                    rated.Add(tally);
                trend.Add(new CarrierMonth(key.Carrier, name, key.Currency, month,
                    ScorecardMath.Build(tally, tally, NoRates.Month(key.Carrier, key.Currency, month, data.VolumeCurrency(key.Carrier, month)))));
            }
            carriers.Add(new CarrierScore(key.Carrier, name, key.Currency,
                ScorecardMath.Build(all, rated, NoRates.Period(key.Carrier, key.Currency, request.From, request.To)), null, null, null));
        }
        var ranked = CarrierScoring.Score(carriers, weights);
        var order = ranked.Select((c, i) => (c.Carrier, c.Currency, i)).ToDictionary(x => (x.Carrier, x.Currency), x => x.i);
        return new ComparisonReport(request.From, request.To, weights, ranked,
            [.. trend.OrderBy(m => order[(m.Carrier, m.Currency)]).ThenBy(m => m.Month)]);
    }
}
