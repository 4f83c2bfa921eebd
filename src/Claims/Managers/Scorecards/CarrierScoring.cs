namespace Claims.Managers.Scorecards;

/// <summary>
/// The weighted score (0–100), rank and grade of the carriers compared. Recovery and dispute rates count as they are
/// (a carrier recovering 90% gets 90 points there); incidents per 10k, median days to payment and service-level
/// breaches count relative to the carriers compared (best 100, worst 0, all equal 100). A rate a carrier has no value
/// for (nothing paid yet) drops out and the other weights count in proportion. Carriers without volume get no score.
/// </summary>
internal static class CarrierScoring
{
    public static IReadOnlyList<CarrierScore> Score(IReadOnlyList<CarrierScore> carriers, ScoreWeights w)
    {
        var rated = carriers.Where(c => c.Figures.IncidentsPer10k is not null).ToList();
        var incidents = Relative(rated.Select(c => c.Figures.IncidentsPer10k));
        var days = Relative(rated.Select(c => c.Figures.MedianDaysToPayment));
        var breaches = Relative(rated.Select(c => (decimal?)c.Figures.ServiceLevelBreaches));
        var scored = carriers.Select(c =>
        {
            if (c.Figures.IncidentsPer10k is null)
                return c with { Score = null, Rank = null, Grade = null };
            var f = c.Figures;
            (decimal Weight, decimal? Points)[] parts =
            [
                (w.IncidentsPer10k, incidents(f.IncidentsPer10k)),
                (w.RecoveryRate, f.RecoveryRate is { } r ? 100m * Math.Clamp(r, 0m, 1m) : null),
                (w.DisputeRate, f.DisputeRate is { } d ? 100m * (1m - Math.Clamp(d, 0m, 1m)) : null),
                (w.DaysToPayment, days(f.MedianDaysToPayment)),
                (w.ServiceLevelBreaches, breaches(f.ServiceLevelBreaches)),
            ];
            var weight = parts.Where(p => p.Points is not null).Sum(p => p.Weight);
            var score = weight > 0 ? parts.Where(p => p.Points is not null).Sum(p => p.Weight * p.Points!.Value) / weight : 0m;
            score = Math.Round(score, 2, MidpointRounding.AwayFromZero);
            return c with { Score = score, Grade = Grade(score) };
        }).ToList();
        return Ranked(scored);
    }

    /// <summary>A from 80, B from 65, C from 50, D from 35, E below.</summary>
    public static string Grade(decimal score) => score switch
    {
        >= 80m => "A",
        >= 65m => "B",
        >= 50m => "C",
        >= 35m => "D",
        _ => "E",
    };

    // Best rank first (equal scores share a rank), then the carriers without a score by code.
    private static List<CarrierScore> Ranked(List<CarrierScore> scored)
    {
        var ordered = scored
            .OrderBy(c => c.Score is null)
            .ThenByDescending(c => c.Score)
            .ThenBy(c => c.Carrier, StringComparer.Ordinal)
            .ThenBy(c => c.Currency, StringComparer.Ordinal)
            .ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Score is null)
                break;
            var rank = i > 0 && ordered[i - 1].Score == ordered[i].Score ? ordered[i - 1].Rank : i + 1;
            ordered[i] = ordered[i] with { Rank = rank };
        }
        return ordered;
    }

    // Lower is better: the best value scores 100, the worst 0, values between in proportion.
    private static Func<decimal?, decimal?> Relative(IEnumerable<decimal?> values)
    {
        var known = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        if (known.Count == 0)
            return _ => null;
        var (best, worst) = (known.Min(), known.Max());
        return v => v is not { } x ? null : worst == best ? 100m : 100m * (worst - x) / (worst - best);
    }
}
