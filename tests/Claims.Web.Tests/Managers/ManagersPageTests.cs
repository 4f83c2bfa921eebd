using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Claims.Contracts.Volumes;
using Claims.Infrastructure.EventStore;
using Claims.Register;
using Claims.Users;
using Claims.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Web.Tests.Managers;

/// <summary>The managers' page: the comparison table and its SVG charts, scorecards, and the reallocation proposal.</summary>
public sealed class ManagersPageTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    private static readonly string ThisMonth = DateTime.Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private async Task<string> ComparisonWithAnIncidentAsync(string language)
    {
        var today = DateTime.Today;
        await app.Services.GetRequiredService<VolumeImport>().ImportAsync(
            [new VolumeRow(2, "ZTO", today.Year, today.Month, 40_000, 120_000m, null), new VolumeRow(3, "SF", today.Year, today.Month, 10_000, 90_000m, null)],
            new Actor("manager"));
        await Incidents.ReportAsync(await app.SignedInAsync(Roles.AfterSales), "ZTO", "damaged");
        var manager = await app.SignedInAsync(Roles.Manager, language);
        return await manager.GetStringAsync(new Uri($"/managers?from={ThisMonth}&to={ThisMonth}", UriKind.Relative));
    }

    [Fact]
    public async Task a_manager_sees_the_carriers_compared_with_charts_in_chinese_characters()
    {
        var html = await ComparisonWithAnIncidentAsync("zh-CN");

        Assert.Contains("id=\"comparison\"", html, StringComparison.Ordinal);
        Assert.Contains("中通", html, StringComparison.Ordinal);
        Assert.Contains("每万件异常", html, StringComparison.Ordinal);
        Assert.Contains("回款率", html, StringComparison.Ordinal);
        Assert.Equal(4, html.Split("<svg ").Length - 1);
        Assert.DoesNotMatch("&#x[4-9][0-9A-F]{3};", html); // CJK as characters, not entities
        // The charts are drawn without script: the page's one script is the app's evidence-size file.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<script", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        Assert.Contains("<script src=\"/js/evidence-size.js?v=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_english_page_labels_the_table_and_the_charts_in_english()
    {
        var html = await ComparisonWithAnIncidentAsync("en");

        Assert.Contains("Incidents per 10k", html, StringComparison.Ordinal);
        Assert.Contains("Recovery rate", html, StringComparison.Ordinal);
        Assert.Contains("incidents per 10,000 parcels", html, StringComparison.Ordinal);
        Assert.Contains("Scorecards by month", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_wrong_period_is_explained_on_the_page()
    {
        var manager = await app.SignedInAsync(Roles.Manager);
        var response = await manager.GetAsync(new Uri("/managers?from=2026-11&to=2026-01", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("the first not after the last", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_manager_sees_the_proposal_with_the_carrier_that_leaves_losses_unpaid_cut_and_a_reason_for_each()
    {
        var last = DateTime.Today.AddMonths(-1);
        await app.Services.GetRequiredService<VolumeImport>().ImportAsync(
        [
            new VolumeRow(2, "ZTO", last.Year, last.Month, 30_000, 90_000m, null), new VolumeRow(3, "SF", last.Year, last.Month, 30_000, 90_000m, null),
            new VolumeRow(4, "YTO", last.Year, last.Month, 40_000, 90_000m, null),
        ], new Actor("manager"));
        var afterSales = await app.SignedInAsync(Roles.AfterSales);
        for (var i = 0; i < 3; i++)
        {
            var response = await afterSales.PostAsJsonAsync("/api/incidents", new
            {
                carrier = "YTO", waybill = $"RA{last:yyyyMM}{i}", direction = "forward", incident = "lost",
                incidentOn = new DateTime(last.Year, last.Month, 3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                goodsValue = "800", freight = "12", weightKg = "1.5",
            });
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
        var manager = await app.SignedInAsync(Roles.Manager, "zh-CN");
        var html = await manager.GetStringAsync(new Uri($"/managers?month={ThisMonth}", UriKind.Relative));

        Assert.Contains("id=\"reallocation\"", html, StringComparison.Ordinal);
        Assert.Contains("圆通", html, StringComparison.Ordinal);
        Assert.Contains("份额下调10个百分点（每月调整上限）", html, StringComparison.Ordinal);
        Assert.Contains("预计每月未收回损失变化：−27.00", html, StringComparison.Ordinal);
        Assert.Contains("当前份额取自", html, StringComparison.Ordinal);
        Assert.DoesNotContain("无法生成建议", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_impossible_reallocation_shows_its_reason_not_an_error_page()
    {
        var manager = await app.SignedInAsync(Roles.Manager);
        var response = await manager.GetAsync(new Uri($"/managers?month={ThisMonth}&minCarriers=12&maxShare=0.05", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No proposal:", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Manager, HttpStatusCode.OK)]
    [InlineData(Roles.Admin, HttpStatusCode.OK)]
    [InlineData(Roles.AfterSales, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Finance, HttpStatusCode.Forbidden)]
    public async Task only_managers_and_administrators_open_the_comparison(string role, HttpStatusCode expected)
    {
        var client = await app.SignedInAsync(role);
        var response = await client.GetAsync(new Uri("/managers", UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
    }
}
