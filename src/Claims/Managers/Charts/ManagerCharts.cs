using Claims.Documents.Charts;

namespace Claims.Managers.Charts;

/// <summary>
/// The managers' charts drawn from a comparison: incidents per 10k by type per carrier (bars), the monthly trend of
/// incidents per 10k and of the recovery rate (a line per carrier), and the recovery rate per carrier (bars).
/// Language "zh", "en" or "zh-en" (both, for the PDF packets). A carrier kept in two currencies appears once per currency.
/// </summary>
public static class ManagerCharts
{
    public static IReadOnlyList<ChartModel> All(ComparisonReport report, string language) =>
        [IncidentsByType(report, language), IncidentTrend(report, language), RecoveryByCarrier(report, language), RecoveryTrend(report, language)];

    public static ChartModel IncidentsByType(ComparisonReport report, string language)
    {
        ArgumentNullException.ThrowIfNull(report);
        var carriers = report.Carriers;
        ChartSeries Type((string En, string Zh) name, Func<Scorecard, decimal?> rate) =>
            new(ChartWords.Pick(name, language), carriers.Select(c => rate(c.Figures)).ToList());
        return new ChartModel(
            ChartKind.GroupedBars,
            $"{ChartWords.Pick(ChartWords.IncidentsByType, language)} · {Period(report)}",
            carriers.Select(c => Name(report, c.Carrier, c.CarrierName, c.Currency)).ToList(),
            [
                Type(ChartWords.Lost, f => f.LostPer10k),
                Type(ChartWords.Damaged, f => f.DamagedPer10k),
                Type(ChartWords.Misdelivered, f => f.MisdeliveredPer10k),
                Type(ChartWords.Late, f => f.LatePer10k),
            ],
            ChartWords.Pick(ChartWords.Per10k, language));
    }

    public static ChartModel IncidentTrend(ComparisonReport report, string language, string? firstCarrier = null) =>
        Trend(report, language, ChartWords.IncidentTrend, ChartWords.Per10k, ValueFormat.Number, f => f.IncidentsPer10k, firstCarrier);

    public static ChartModel RecoveryTrend(ComparisonReport report, string language, string? firstCarrier = null) =>
        Trend(report, language, ChartWords.RecoveryTrend, ChartWords.RecoveryAxis, ValueFormat.Percent, f => f.RecoveryRate, firstCarrier);

    public static ChartModel RecoveryByCarrier(ComparisonReport report, string language)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ChartModel(
            ChartKind.GroupedBars,
            $"{ChartWords.Pick(ChartWords.RecoveryByCarrier, language)} · {Period(report)}",
            report.Carriers.Select(c => Name(report, c.Carrier, c.CarrierName, c.Currency)).ToList(),
            [new ChartSeries(ChartWords.Pick(ChartWords.Recovery, language), report.Carriers.Select(c => c.Figures.RecoveryRate).ToList())],
            ChartWords.Pick(ChartWords.RecoveryAxis, language),
            Format: ValueFormat.Percent);
    }

    /// <summary>
    /// One line per carrier with any rate over the report's months; a month without volume (no rate) is a gap. firstCarrier, when
    /// given, is drawn first (the solid line, first in the legend) and named in the title: the carrier-month packet's view.
    /// </summary>
    private static ChartModel Trend(
        ComparisonReport report, string language, (string En, string Zh) title, (string En, string Zh) axis,
        ValueFormat format, Func<Scorecard, decimal?> rate, string? firstCarrier)
    {
        ArgumentNullException.ThrowIfNull(report);
        var months = YearMonth.Range(report.From, report.To).ToList();
        var lines = report.Months
            .GroupBy(m => (m.Carrier, m.Currency))
            .Select(g => (g.Key.Carrier, g.Key.Currency, g.First().CarrierName, ByMonth: g.ToDictionary(m => m.Month, m => rate(m.Figures))))
            .OrderBy(l => string.Equals(l.Carrier, firstCarrier, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(l => RankOf(report, l.Carrier, l.Currency))
            .ThenBy(l => l.Carrier, StringComparer.Ordinal)
            .Select(l => new ChartSeries(Name(report, l.Carrier, l.CarrierName, l.Currency), months.Select(m => l.ByMonth.GetValueOrDefault(m)).ToList()))
            .Where(s => s.Values.Any(v => v is not null)) // a carrier without a single rate would only crowd the legend
            .ToList();
        var first = report.Months.FirstOrDefault(m => string.Equals(m.Carrier, firstCarrier, StringComparison.OrdinalIgnoreCase));
        var named = first is null ? "" : " · " + first.CarrierName;
        return new ChartModel(
            ChartKind.Lines,
            ChartWords.Pick(title, language) + named,
            months.Select(m => m.ToString()).ToList(),
            lines,
            ChartWords.Pick(axis, language),
            ChartWords.Pick(ChartWords.Month, language),
            format);
    }

    private static int RankOf(ComparisonReport report, string carrier, string currency) =>
        report.Carriers.FirstOrDefault(c => c.Carrier == carrier && c.Currency == currency)?.Rank ?? int.MaxValue;

    // The currency is named only when the same carrier is compared in more than one.
    private static string Name(ComparisonReport report, string carrier, string name, string currency) =>
        report.Carriers.Where(c => c.Carrier == carrier).Select(c => c.Currency)
            .Concat(report.Months.Where(m => m.Carrier == carrier).Select(m => m.Currency))
            .Distinct().Skip(1).Any()
            ? $"{name} ({currency})"
            : name;

    private static string Period(ComparisonReport report) =>
        report.From == report.To ? report.From.ToString() : $"{report.From} – {report.To}";
}
