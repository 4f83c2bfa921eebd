using System.Globalization;
using System.Net;
using Claims.Users;
using Claims.Web.Tests.Support;

namespace Claims.Web.Tests.Managers;

/// <summary>The Team page for managers, and the after-sales person's own figures under the work queue.</summary>
public sealed class TeamPageTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    private static readonly string ThisMonth = DateTime.Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [Fact]
    public async Task a_manager_sees_each_persons_figures_and_the_whole_teams_in_chinese()
    {
        var staff = await app.SignedInAsync(Roles.AfterSales);
        for (var i = 0; i < 3; i++)
            await Incidents.ReportAsync(staff);
        var manager = await app.SignedInAsync(Roles.Manager, "zh-CN");

        var html = await manager.GetStringAsync(new Uri($"/team?from={ThisMonth}&to={ThisMonth}", UriKind.Relative));

        Assert.Contains("<h1>团队指标</h1>", html, StringComparison.Ordinal);
        Assert.Contains("事故到登记天数（中位）", html, StringComparison.Ordinal);
        Assert.Contains($"<th scope=\"row\" class=\"nowrap\">{Roles.AfterSales}</th>", html, StringComparison.Ordinal);
        Assert.Contains("团队整体", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Whole team", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/team\"", html, StringComparison.Ordinal); // in the manager's menu
    }

    [Fact]
    public async Task after_sales_may_not_open_the_team_page_but_see_their_own_figures_under_the_queue()
    {
        var staff = await app.SignedInAsync(Roles.AfterSales);
        await Incidents.ReportAsync(staff);

        var team = await staff.GetAsync(new Uri("/team", UriKind.Relative));
        var queue = await staff.GetStringAsync(new Uri("/queue", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, team.StatusCode);
        Assert.Contains("id=\"my-figures\"", queue, StringComparison.Ordinal);
        Assert.Contains("My figures", queue, StringComparison.Ordinal);
        Assert.Contains($"<th scope=\"row\" class=\"nowrap\">{Roles.AfterSales}</th>", queue, StringComparison.Ordinal);
        Assert.Contains("Whole team", queue, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/team\"", queue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_wrong_period_is_explained_on_the_page()
    {
        var manager = await app.SignedInAsync(Roles.Manager);

        var response = await manager.GetAsync(new Uri("/team?from=2026-11&to=2026-01", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose months as yyyy-MM", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
