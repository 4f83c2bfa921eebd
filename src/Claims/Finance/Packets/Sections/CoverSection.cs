using Claims.Documents.Charts;
using Claims.Documents.Pdf;
using Claims.Managers;
using Claims.Managers.Charts;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Finance.Packets.Sections;

/// <summary>
/// The carrier-month cover: who, which month, the totals of each currency on its own line, and the carrier's last six
/// months of incidents per 10k parcels and recovery rate beside the other carriers.
/// </summary>
internal sealed class CoverSection(CarrierMonthModel model, string shop, IReadOnlyList<ChartModel> charts) : IComponent
{
    private static readonly ChartLabels Bilingual = new("无数据 no data");

    /// <summary>The cover's charts, from the managers' comparison (none when the managers' feature is not installed).</summary>
    public static async Task<IReadOnlyList<ChartModel>> ChartsAsync(IServiceProvider services, string carrier, int year, int month, CancellationToken ct)
    {
        if (services.GetService<CarrierComparison>() is not { } comparison)
            return [];
        var to = new YearMonth(year, month);
        var report = await comparison.CompareAsync(new ComparisonRequest(to.AddMonths(-5), to), ct);
        return [ManagerCharts.IncidentTrend(report, "zh-en", carrier), ManagerCharts.RecoveryTrend(report, "zh-en", carrier)];
    }

    public void Compose(IContainer container) =>
        container.Column(column =>
        {
            column.Spacing(6);
            column.Item().Text($"{model.CarrierName} · {Labels.Month(model.Year, model.Month)} 月度索赔汇总", Typography.Title);
            column.Item().Text($"Claims of {Labels.Month(model.Year, model.Month)} (by incident date) from {shop} to {model.CarrierName} ({model.Carrier})");
            column.Item().Heading("合计 Totals");
            column.Item().Table(table =>
            {
                table.ColumnsDefinition(d => d.ConstantColumn(50).ConstantColumn(40).RelativeColumn().RelativeColumn().RelativeColumn().RelativeColumn().RelativeColumn());
                table.HeaderRow("币种 Cur.", "件数 #", "索赔 Claimed", "同意 Accepted", "已收 Received", "扣款 Deducted", "未结 Outstanding");
                foreach (var t in model.Totals)
                {
                    table.Cell().BodyCell().Text(t.Currency, Typography.TableCell);
                    table.Cell().BodyCell().AlignRight().Text(t.Claims.ToString(System.Globalization.CultureInfo.InvariantCulture), Typography.TableCell);
                    foreach (var amount in new[] { t.Claimed, t.Accepted, t.Received, t.Deducted, t.Outstanding })
                        table.Cell().BodyCell().AlignRight().Text(Labels.Money(amount, t.Currency), Typography.TableCell);
                }
            });
            if (model.Totals.Count == 0)
                column.Item().Text("本月无索赔 No claims this month.", Typography.Small);
            if (charts.Count > 0)
                column.Item().PaddingTop(6).Heading("与其他承运商对比 Compared with the other carriers");
            foreach (var chart in charts)
                column.Item().Chart(chart, Bilingual);
            // The charts fill the cover; the claims table starts on its own page rather than leaving its heading alone.
            if (charts.Count > 0)
                column.Item().PageBreak();
        });
}
