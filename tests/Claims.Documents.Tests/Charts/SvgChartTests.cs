using System.Globalization;
using System.Xml.Linq;
using Claims.Documents.Charts;
using Claims.Documents.Tests.Support;

namespace Claims.Documents.Tests.Charts;

public sealed class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XDocument Parse(ChartModel model, ChartLabels? labels = null)
    {
        var svg = SvgChart.Render(model, labels);
        File.WriteAllText(Paths.Artifacts($"chart-{model.Kind}-{model.Series.Count}x{model.Categories.Count}-{model.Format}.svg"), svg);
        return XDocument.Parse(svg);
    }

    private static List<string> Texts(XDocument doc) => doc.Descendants(Svg + "text").Select(t => t.Value).ToList();

    [Fact]
    public void the_svg_is_well_formed_and_names_the_carriers_axis_and_legend()
    {
        var doc = Parse(SampleCharts.IncidentsByType);
        var texts = Texts(doc);

        Assert.Equal("svg", doc.Root!.Name.LocalName);
        Assert.NotNull(doc.Root.Attribute("viewBox"));
        foreach (var carrier in SampleCharts.Carriers)
            Assert.Contains(carrier, texts);
        Assert.Contains("每万件 per 10,000 parcels", texts);
        Assert.Contains("每万件异常（按类型） Incidents per 10k by type", texts);
        foreach (var series in SampleCharts.IncidentsByType.Series)
            Assert.Contains(series.Name, texts);
    }

    [Fact]
    public void chinese_stays_characters_and_markup_in_names_is_escaped()
    {
        var model = SampleCharts.IncidentsByType with { Title = "A<B & \"C\" 顺丰" };
        var svg = SvgChart.Render(model);

        Assert.Contains("中通快递", svg);
        Assert.DoesNotContain("&#", svg);
        Assert.Contains("A&lt;B &amp; &quot;C&quot; 顺丰", svg);
        Assert.Equal("A<B & \"C\" 顺丰", XDocument.Parse(svg).Descendants(Svg + "title").Single().Value);
    }

    [Fact]
    public void the_chart_has_no_script_and_no_external_reference()
    {
        var svg = SvgChart.Render(SampleCharts.MonthlyTrend);
        var doc = XDocument.Parse(svg);

        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName is "script" or "image" or "foreignObject" or "use");
        Assert.DoesNotContain("href", svg);
        Assert.DoesNotContain("url(", svg);
        Assert.Contains("WenQuanYi Micro Hei", doc.Root!.Attribute("font-family")!.Value);
    }

    [Fact]
    public void a_month_without_volume_leaves_a_gap_in_the_line()
    {
        var doc = Parse(SampleCharts.MonthlyTrend);
        var lines = doc.Descendants(Svg + "polyline").Select(p => p.Attribute("points")!.Value.Split(' ').Length).ToList();

        // Carrier 1 is broken at June (5 points, then 6); carrier 4 starts in February (10 points); the legend swatches have 2.
        Assert.Contains(5, lines);
        Assert.Contains(6, lines);
        Assert.Contains(10, lines);
        Assert.DoesNotContain(12, lines.Where((_, i) => i < 2));
    }

    [Fact]
    public void each_line_has_its_own_colour_and_dash()
    {
        var doc = Parse(SampleCharts.MonthlyTrend);
        var styles = doc.Descendants(Svg + "polyline")
            .Select(p => (Stroke: p.Attribute("stroke")!.Value, Dash: p.Attribute("stroke-dasharray")?.Value ?? ""))
            .Distinct().ToList();

        Assert.Equal(4, styles.Select(s => s.Stroke).Distinct().Count());
        Assert.Equal(4, styles.Select(s => s.Dash).Distinct().Count());
    }

    [Fact]
    public void the_ticks_are_nice_numbers_that_cover_the_data()
    {
        var texts = Texts(Parse(SampleCharts.IncidentsByType));

        // Highest value 31.9: ticks 0, 10, 20, 30, 40.
        Assert.Contains("0", texts);
        Assert.Contains("40", texts);
        Assert.DoesNotContain("50", texts);
        Assert.Contains(texts, t => t == "30");
    }

    [Theory]
    [InlineData(31.9, 40, 10)]
    [InlineData(0.97, 1.0, 0.2)]
    [InlineData(0.004, 0.004, 0.001)]
    [InlineData(1234, 1500, 500)]
    [InlineData(7, 8, 2)]
    public void nice_scales_step_by_one_two_or_five_and_reach_the_highest_value(double highest, double top, double step)
    {
        var scale = NiceScale.Cover([0.5m * (decimal)highest, (decimal)highest]);

        Assert.Equal(0m, scale.Min);
        Assert.Equal((decimal)top, scale.Max);
        Assert.Equal((decimal)step, scale.Step);
        Assert.True(scale.Max >= (decimal)highest);
    }

    [Fact]
    public void percentages_are_shown_as_percent_and_a_missing_carrier_is_marked_not_zero()
    {
        var doc = Parse(SampleCharts.RecoveryRate);
        var texts = Texts(doc);

        Assert.Contains("100%", texts);
        Assert.Contains("0%", texts);
        Assert.Contains("no data", texts);
        Assert.Contains("97%", texts);
        // Three bars for three carriers with a rate, plus the legend swatch.
        Assert.Equal(3 + 1 + 1, doc.Descendants(Svg + "rect").Count());
    }

    [Fact]
    public void a_chart_without_any_value_says_there_is_no_data_in_the_reader_s_language()
    {
        var empty = SampleCharts.MonthlyTrend with { Series = [new("ZTO 中通快递", [null, null])] };

        Assert.Contains("无数据", Texts(Parse(empty, ChartLabels.For("zh"))));
        Assert.Contains("no data", Texts(Parse(empty, ChartLabels.For("en"))));
    }

    [Fact]
    public void a_long_carrier_name_under_its_bars_breaks_onto_two_lines_rather_than_being_cut()
    {
        var carriers = new[] { "顺丰速运", "中通快递", "圆通速递", "京东物流", "菜鸟仓配", "FedEx International" };
        var model = SampleCharts.RecoveryRate with { Categories = carriers, Series = [new("Recovery", [0.9m, 0.8m, 0.7m, 0.6m, 0.5m, 0.4m])] };
        var texts = Texts(Parse(model));

        Assert.Contains("FedEx", texts);
        Assert.Contains("International", texts);
        Assert.DoesNotContain(texts, t => t.Contains('…', StringComparison.Ordinal));
    }

    [Fact]
    public void every_text_stays_inside_the_chart()
    {
        foreach (var model in new[] { SampleCharts.IncidentsByType, SampleCharts.MonthlyTrend, SampleCharts.RecoveryRate })
        {
            var scene = ChartLayout.Lay(model, ChartLabels.Chinese);
            foreach (var t in scene.Shapes.OfType<TextShape>())
            {
                var width = TextWidth.Of(t.Text, t.Size);
                var left = t.Anchor switch { TextAnchor.Middle => t.X - width / 2, TextAnchor.End => t.X - width, _ => t.X };
                Assert.True(left >= 0 && left + width <= scene.Width, string.Create(CultureInfo.InvariantCulture, $"'{t.Text}' at {left:0.#} (+{width:0.#}) leaves the chart"));
                Assert.InRange(t.Baseline, t.Size, scene.Height);
            }
        }
    }
}
