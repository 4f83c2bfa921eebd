using Claims.Managers;

namespace Claims.Tests.Managers.Charts;

/// <summary>Comparison reports written by hand: three carriers over three months, one month without volume.</summary>
internal static class ChartReports
{
    public static readonly YearMonth September = new(2026, 9);
    public static readonly YearMonth November = new(2026, 11);

    public static Scorecard Card(long parcels, int lost, int damaged, int misdelivered, int late, decimal? recovery)
    {
        decimal? Per10k(int count) => parcels == 0 ? null : count * 10_000m / parcels;
        var incidents = lost + damaged + misdelivered + late;
        return new Scorecard(
            parcels, parcels * 3m, incidents, lost, damaged, misdelivered, late,
            Per10k(incidents), Per10k(lost), Per10k(damaged), Per10k(misdelivered), Per10k(late),
            incidents, incidents * 100m, incidents * 90m, incidents * 60m, 0m, incidents * 30m,
            parcels == 0 ? null : recovery, 0.1m, 0, 12m, 20m, 0, 0m, 0, 0m,
            parcels == 0 ? "no volume recorded" : null);
    }

    public static ComparisonReport ThreeCarriers()
    {
        var months = new List<CarrierMonth>
        {
            new("ZTO", "中通快递", "CNY", September, Card(10_000, 3, 5, 1, 8, 0.8m)),
            new("ZTO", "中通快递", "CNY", new YearMonth(2026, 10), Card(0, 1, 0, 0, 0, null)),
            new("ZTO", "中通快递", "CNY", November, Card(20_000, 4, 6, 2, 10, 0.7m)),
            new("SF", "顺丰速运", "CNY", September, Card(5_000, 0, 1, 0, 1, 1m)),
            new("SF", "顺丰速运", "CNY", new YearMonth(2026, 10), Card(5_000, 1, 0, 0, 0, 1m)),
            new("SF", "顺丰速运", "CNY", November, Card(5_000, 0, 1, 0, 2, 0.9m)),
            new("YTO", "圆通速递", "CNY", September, Card(8_000, 5, 9, 3, 20, 0.5m)),
            new("YTO", "圆通速递", "CNY", new YearMonth(2026, 10), Card(8_000, 6, 8, 2, 25, 0.4m)),
            new("YTO", "圆通速递", "CNY", November, Card(8_000, 4, 7, 2, 30, 0.6m)),
        };
        var carriers = new List<CarrierScore>
        {
            new("SF", "顺丰速运", "CNY", Card(15_000, 1, 2, 0, 3, 0.97m), 91m, 1, "A"),
            new("ZTO", "中通快递", "CNY", Card(30_000, 8, 11, 3, 18, 0.73m), 70m, 2, "B"),
            new("YTO", "圆通速递", "CNY", Card(24_000, 15, 24, 7, 75, 0.5m), 42m, 3, "D"),
        };
        return new ComparisonReport(September, November, new ScoreWeights(40, 30, 10, 10, 10), carriers, months);
    }
}
