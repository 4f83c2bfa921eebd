using System.Xml.Linq;
using Claims.Documents.Charts;
using Claims.Managers;
using Claims.Managers.Charts;

namespace Claims.Tests.Managers.Charts;

public sealed class ManagerChartsTests
{
    private static List<string> SvgTexts(ChartModel model, string language) =>
        XDocument.Parse(SvgChart.Render(model, ChartLabels.For(language))).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();

    [Fact]
    public void incidents_by_type_has_a_bar_group_per_carrier_in_rank_order_and_a_series_per_type()
    {
        var chart = ManagerCharts.IncidentsByType(ChartReports.ThreeCarriers(), "en");

        Assert.Equal(ChartKind.GroupedBars, chart.Kind);
        Assert.Equal(["顺丰速运", "中通快递", "圆通速递"], chart.Categories);
        Assert.Equal(["Lost", "Damaged", "Misdelivered", "Late"], chart.Series.Select(s => s.Name));
        // YTO: 75 late in 24,000 parcels is 31.25 per 10k.
        Assert.Equal(31.25m, chart.Series[3].Values[2]);
        Assert.Contains("incidents per 10,000 parcels", chart.YAxisTitle);
    }

    [Fact]
    public void the_charts_read_in_chinese_with_chinese_legend_and_axis()
    {
        var texts = SvgTexts(ManagerCharts.IncidentsByType(ChartReports.ThreeCarriers(), "zh"), "zh");

        Assert.Contains("丢件", texts);
        Assert.Contains("延误", texts);
        Assert.Contains("每万件异常数", texts);
        Assert.Contains("中通快递", texts);
        Assert.DoesNotContain(texts, t => t.Contains("Lost", StringComparison.Ordinal));
    }

    [Fact]
    public void the_monthly_trend_has_a_line_per_carrier_and_a_gap_for_the_month_without_volume()
    {
        var chart = ManagerCharts.IncidentTrend(ChartReports.ThreeCarriers(), "en");

        Assert.Equal(ChartKind.Lines, chart.Kind);
        Assert.Equal(["2026-09", "2026-10", "2026-11"], chart.Categories);
        var zto = chart.Series.Single(s => s.Name == "中通快递");
        Assert.Equal([17m, null, 11m], zto.Values);
    }

    [Fact]
    public void a_carrier_without_any_rate_in_the_period_is_left_out_of_the_trend_legend()
    {
        var report = ChartReports.ThreeCarriers();
        var silent = new CarrierMonth("JD", "京东物流", "CNY", ChartReports.November, ChartReports.Card(0, 1, 0, 0, 0, null));
        var chart = ManagerCharts.IncidentTrend(report with { Months = [.. report.Months, silent] }, "en");

        Assert.DoesNotContain(chart.Series, s => s.Name == "京东物流");
        Assert.Equal(3, chart.Series.Count);
    }

    [Fact]
    public void recovery_rates_are_percentages_per_carrier_and_per_month()
    {
        var report = ChartReports.ThreeCarriers();
        var byCarrier = ManagerCharts.RecoveryByCarrier(report, "en");
        var byMonth = ManagerCharts.RecoveryTrend(report, "en");

        Assert.Equal(ValueFormat.Percent, byCarrier.Format);
        Assert.Equal([0.97m, 0.73m, 0.5m], byCarrier.Series.Single().Values);
        Assert.Equal([0.5m, 0.4m, 0.6m], byMonth.Series.Single(s => s.Name == "圆通速递").Values);
        Assert.Contains("100%", SvgTexts(byCarrier, "en"));
    }

    [Fact]
    public void the_carrier_of_a_packet_is_drawn_first_and_named_in_the_title_in_both_languages()
    {
        var chart = ManagerCharts.IncidentTrend(ChartReports.ThreeCarriers(), "zh-en", firstCarrier: "YTO");

        Assert.Equal("圆通速递", chart.Series[0].Name);
        Assert.Equal("每万件异常月度趋势 Incidents per 10k parcels by month · 圆通速递", chart.Title);
    }

    [Fact]
    public void a_carrier_in_two_currencies_is_told_apart_by_its_currency()
    {
        var report = ChartReports.ThreeCarriers();
        var usd = new CarrierScore("SF", "顺丰速运", "USD", ChartReports.Card(1_000, 0, 1, 0, 0, 1m), 80m, 1, "A");
        var chart = ManagerCharts.IncidentsByType(report with { Carriers = [.. report.Carriers, usd] }, "en");

        Assert.Contains("顺丰速运 (CNY)", chart.Categories);
        Assert.Contains("顺丰速运 (USD)", chart.Categories);
        Assert.Contains("中通快递", chart.Categories);
    }

    [Fact]
    public void an_empty_period_draws_charts_that_say_there_is_no_data()
    {
        var empty = new ComparisonReport(ChartReports.September, ChartReports.September, new ScoreWeights(1, 1, 1, 1, 1), [], []);

        foreach (var chart in ManagerCharts.All(empty, "zh"))
            Assert.Contains("无数据", SvgTexts(chart, "zh"));
    }
}
