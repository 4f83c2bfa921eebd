using System.Net;
using Claims.Users;
using Claims.Web.Tests.Support;

namespace Claims.Web.Tests.Work;

/// <summary>Chinese and English: from the browser, switchable, Chinese written as itself in the page source.</summary>
public sealed class LanguageTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    [Fact]
    public async Task a_chinese_browser_gets_chinese_written_as_itself_not_as_entities()
    {
        var client = await app.SignedInAsync(Roles.AfterSales, "zh-CN,zh;q=0.9");
        var html = await client.GetStringAsync(new Uri("/queue", UriKind.Relative));
        Assert.Contains("待办队列", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_english_browser_gets_english_and_the_switch_link_changes_it_for_later_pages()
    {
        var client = await app.SignedInAsync(Roles.AfterSales, "en-US");
        Assert.Contains("Work queue", await client.GetStringAsync(new Uri("/queue", UriKind.Relative)), StringComparison.Ordinal);
        var switched = await client.GetAsync(new Uri("/lang/zh-CN?returnUrl=%2Fqueue", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/queue", switched.Headers.Location!.ToString());
        Assert.Contains("待办队列", await client.GetStringAsync(new Uri("/queue", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task money_and_dates_are_written_the_way_each_language_writes_them()
    {
        var sales = await app.SignedInAsync(Roles.AfterSales, "en");
        var claim = await Incidents.ReportAsync(sales, goodsValue: "1234.5");
        var url = new Uri($"/claims/view?id={claim.Escaped()}", UriKind.Relative);
        var english = await sales.GetStringAsync(url);
        Assert.Contains("CNY 1,234.50", english, StringComparison.Ordinal);
        Assert.Contains(DateTime.Today.ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en")), english, StringComparison.Ordinal);
        var chinese = await (await app.SignedInAsync(Roles.AfterSales, "zh-CN")).GetStringAsync(url);
        Assert.Contains("1,234.50 元", chinese, StringComparison.Ordinal);
        Assert.Contains(DateTime.Today.ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture), chinese, StringComparison.Ordinal);
    }
}
