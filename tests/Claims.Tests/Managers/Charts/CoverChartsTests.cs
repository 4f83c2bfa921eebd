using System.Globalization;
using Claims.Documents.Tests.Support;
using Claims.Tests.Finance;

namespace Claims.Tests.Managers.Charts;

/// <summary>
/// The carrier-month packet goes to the carrier: its cover shows that carrier's totals and no other carrier's figures, even
/// when other carriers have volumes and incidents (the comparison charts are the managers' own report, issue 18 item 6).
/// </summary>
public sealed class CoverChartsTests
{
    [Fact]
    public async Task the_carrier_month_cover_shows_the_carriers_own_totals_and_no_other_carrier()
    {
        var cs = await Claims.Testing.TestPostgres.CreateDatabaseAsync("cover");
        Assert.Equal(0, (await FinanceStore.ClaimsAsync(cs, "contracts", "load", Register.Repo.Samples)).Exit);
        var month = new DateOnly(FinanceStore.Today.Year, FinanceStore.Today.Month, 1).AddMonths(-1);
        var yyyyMm = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var volumes = FinanceStore.TempFile(".csv");
        await File.WriteAllLinesAsync(volumes, ["carrier,month,parcels,freight", $"YTO,{yyyyMm},20000,90000.00", $"SF,{yyyyMm},10000,120000.00"]);
        Assert.Equal(0, (await FinanceStore.ClaimsAsync(cs, "import", "volumes", volumes)).Exit);
        var incidents = FinanceStore.TempFile(".csv");
        var day = month.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await File.WriteAllLinesAsync(incidents, [FinanceStore.Header, .. Enumerable.Range(0, 6).Select(i =>
            $"YT77{i:D4},YTO,lost,forward,{day},{day},120.00,0,8.00,,1.0,,TB{i},")]);
        Assert.Equal(0, (await FinanceStore.ClaimsAsync(cs, "import", "incidents", incidents)).Exit);
        var path = Paths.Artifacts("cover-charts.pdf");

        var run = await FinanceStore.ClaimsAsync(cs, "packet", "--carrier", "YTO", "--month", yyyyMm, "-o", path);

        Assert.True(run.Exit == 0, run.Err);
        Poppler.RenderFirstPage(path, Paths.Artifacts("cover-charts.png"));
        var cover = Poppler.Text(path, page: 1);
        Assert.Contains("圆通速递", cover);
        Assert.Contains(yyyyMm, cover);
        Assert.Contains("合计 Totals", cover);
        var whole = Poppler.Text(path);
        Assert.DoesNotContain("顺丰", whole, StringComparison.Ordinal);
        Assert.DoesNotContain("每万件异常月度趋势", whole, StringComparison.Ordinal);
    }
}
