namespace Claims.Managers.Scorecards;

/// <summary>Turns added-up months into a <see cref="Scorecard"/>: the rates and the days-to-payment percentiles.</summary>
internal static class ScorecardMath
{
    /// <summary>
    /// <paramref name="all"/> holds every month; <paramref name="rated"/> only the months with recorded volume, whose
    /// incidents the per-10k rates count (a month without volume would otherwise inflate the rate of the others).
    /// </summary>
    public static Scorecard Build(MonthTally all, MonthTally rated, string? noRatesReason)
    {
        var parcels = rated.Parcels;
        decimal? Per10k(int count) => parcels > 0 ? count * 10_000m / parcels : null;
        var paid = all.DaysToPayment;
        return new Scorecard(
            all.Parcels, all.Freight, all.Incidents, all.Lost, all.Damaged, all.Misdelivered, all.Late,
            Per10k(rated.Incidents), Per10k(rated.Lost), Per10k(rated.Damaged), Per10k(rated.Misdelivered), Per10k(rated.Late),
            all.ClaimsAssessed, all.Assessed, all.Accepted, all.Received, all.Deducted, all.Outstanding,
            all.Assessed > 0 ? (all.Received + all.Deducted) / all.Assessed : null,
            all.Filed > 0 ? (decimal)all.Disputes / all.Filed : null,
            all.Deemed, Median(paid), NearestRank(paid, 90), all.OutOfWindow, all.LostOwnDelay, all.Breaches, all.Penalties,
            parcels > 0 ? null : noRatesReason);
    }

    /// <summary>The middle value (the mean of the two middle ones for an even count); null when nothing was paid.</summary>
    public static decimal? Median(SortedDictionary<int, int> histogram)
    {
        var n = histogram.Values.Sum();
        if (n == 0)
            return null;
        return n % 2 == 1 ? At(histogram, (n + 1) / 2) : (At(histogram, n / 2) + At(histogram, (n / 2) + 1)) / 2m;
    }

    /// <summary>The smallest value at least <paramref name="percent"/>% of the claims are at or below (nearest rank).</summary>
    public static decimal? NearestRank(SortedDictionary<int, int> histogram, int percent)
    {
        var n = histogram.Values.Sum();
        return n == 0 ? null : At(histogram, (int)Math.Ceiling(n * percent / 100m));
    }

    // The rank-th value (1-based) in ascending order.
    private static decimal At(SortedDictionary<int, int> histogram, int rank)
    {
        var seen = 0;
        foreach (var (days, claims) in histogram)
        {
            seen += claims;
            if (seen >= rank)
                return days;
        }
        return histogram.Keys.Last();
    }
}
