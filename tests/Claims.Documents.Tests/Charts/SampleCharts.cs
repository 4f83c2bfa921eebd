using Claims.Documents.Charts;

namespace Claims.Documents.Tests.Charts;

/// <summary>Charts as managers see them: carriers with Chinese names, a month without volume, a percentage axis.</summary>
internal static class SampleCharts
{
    public static readonly string[] Carriers = ["ZTO 中通快递", "YTO 圆通速递", "SF 顺丰速运", "JD 京东物流"];

    public static ChartModel IncidentsByType => new(
        ChartKind.GroupedBars,
        "每万件异常（按类型） Incidents per 10k by type",
        Carriers,
        [
            new("丢件 Lost", [3.0m, 4.2m, 0.8m, 1.1m]),
            new("破损 Damaged", [12.5m, 9.7m, 3.1m, null]),
            new("错派 Misdelivered", [2.2m, 1.4m, 0.5m, 0.9m]),
            new("延误 Late", [20.4m, 31.9m, 6.0m, 8.8m]),
        ],
        "每万件 per 10,000 parcels");

    public static ChartModel MonthlyTrend => new(
        ChartKind.Lines,
        "每万件异常月度趋势 Incidents per 10k by month",
        ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"],
        [
            new(Carriers[0], [38m, 41m, 45m, 36m, 33m, null, 30m, 35m, 37m, 42m, 40m, 39m]),
            new(Carriers[1], [45m, 47m, 52m, 49m, 44m, 46m, 48m, 51m, 55m, 50m, 47m, 46m]),
            new(Carriers[2], [10m, 11m, 9m, 12m, 10m, 9m, 8m, 11m, 10m, 10m, 9m, 11m]),
            new(Carriers[3], [null, null, 15m, 14m, 13m, 16m, 12m, 13m, 14m, 15m, 13m, 12m]),
        ],
        "每万件 per 10,000 parcels",
        "月份 Month");

    public static ChartModel RecoveryRate => new(
        ChartKind.GroupedBars,
        "回款率 Recovery rate",
        Carriers,
        [new("回款率 Recovery rate", [0.82m, 0.64m, 0.97m, null])],
        "(已收 + 扣款) / 核定 (received + deducted) / assessed",
        Format: ValueFormat.Percent);
}
