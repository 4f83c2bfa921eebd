using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Claims.Users;
using Claims.Web.Tests.Support;
using Claims.Web.Work;

namespace Claims.Web.Tests.Work;

/// <summary>
/// A Chinese reader sees Chinese labels and messages everywhere; codes only where a machine reads (issue 11). The engine's
/// English reasons, the import's row errors and the page's own labels are said in Chinese.
/// </summary>
public sealed partial class ChineseReaderTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    // Words a Chinese page may hold: names and formats people use as they are.
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal) { "English", "FedEx", "International", "Excel", "admin", "finance", "manager" }; // the last three: the test users' login names

    [Theory]
    [InlineData("/queue")]
    [InlineData("/claims")]
    [InlineData("/incidents/report")]
    [InlineData("/import")]
    [InlineData("/carriers")]
    [InlineData("/finance")]
    [InlineData("/managers")]
    [InlineData("/team")]
    [InlineData("/inbox")]
    [InlineData("/account/notifications")]
    [InlineData("/webhooks")]
    [InlineData("/users")]
    public async Task a_chinese_page_holds_no_english_words(string path)
    {
        var admin = await app.SignedInAsync(Roles.Admin, "zh-CN");
        var html = await admin.GetStringAsync(new Uri(path, UriKind.Relative));
        Assert.Empty(EnglishWords(html));
    }

    [Fact]
    public async Task the_engines_reasons_for_a_manual_assessment_are_chinese_on_the_claim_page()
    {
        var sales = await app.SignedInAsync(Roles.AfterSales);
        var noClause = await ReportAsync(sales, "ZTO", "other");
        var noContract = await ReportAsync(sales, "QQQ", "lost");
        var reader = await app.SignedInAsync(Roles.AfterSales, "zh-CN");

        var page = await reader.GetStringAsync(new Uri($"/claims/view?id={noClause.Escaped()}", UriKind.Relative));
        Assert.Contains("没有适用于“其他”的条款", page, StringComparison.Ordinal);
        Assert.DoesNotContain("no clause of", page, StringComparison.Ordinal);
        page = await reader.GetStringAsync(new Uri($"/claims/view?id={noContract.Escaped()}", UriKind.Relative));
        Assert.Contains("QQQ 没有生效的合同", page, StringComparison.Ordinal);
        Assert.DoesNotContain("no contract in force", page, StringComparison.Ordinal);

        // English readers keep the engine's words.
        Assert.Contains("no clause of", await sales.GetStringAsync(new Uri($"/claims/view?id={noClause.Escaped()}", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public void the_traces_adjustments_and_a_failed_clause_are_said_in_chinese()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            Assert.Equal("freight=9.01 = 3.604; 四舍五入保留 2 位小数 = 3.60",
                ManualReasonText.Trace("freight=9.01 = 3.604; rounded half away from zero to 2 decimals = 3.60"));
            Assert.Equal("7 * freight=200.00 = 1400.00; 不超过上限 1000 = 1000.00",
                ManualReasonText.Trace("7 * freight=200.00 = 1400.00; at most the cap 1000 = 1000.00"));
            Assert.Equal("第 7.4 条无法计算（除数为零）：goodsValue / weightKg",
                ManualReasonText.Describe("division by zero in clause 7.4 pay: goodsValue / weightKg"));
            Assert.Equal("服务水平第 10.1 条的罚款无法计算（数值过大）：monthlyFreight * 1e20",
                ManualReasonText.Describe("arithmetic overflow (a number too large) in service level 10.1 pay: monthlyFreight * 1e20"));
            Assert.Equal("无法自动核定：boom", ManualReasonText.Describe("could not be assessed automatically: boom"));
            Assert.Equal("主管按发票核定", ManualReasonText.Describe("主管按发票核定"));

            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("x = 3.604; rounded half away from zero to 2 decimals = 3.60",
                ManualReasonText.Trace("x = 3.604; rounded half away from zero to 2 decimals = 3.60"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public async Task the_imports_row_errors_are_chinese()
    {
        var reader = await app.SignedInAsync(Roles.AfterSales, "zh-CN");
        var today = DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var future = DateTime.Today.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var csv = $"""
            运单号,快递公司,异常类型,方向,发货日期,异常日期,货值,保价金额,运费,索赔金额,重量,延误天数,订单号,备注
            ZH-1,ZTO,丢件,侧向,{today},{today},100.00,0,10.00,,1,,,
            ZH-2,ZTO,丢件,正向,{today},{future},100.00,0,10.00,,1,,,
            ZH:3,ZTO,丢件,正向,{today},{today},100.00,0,10.00,,1,,,
            """;
        var token = await Forms.TokenAsync(reader, "/import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }, "file", "异常.csv" },
        };
        var html = WebUtility.HtmlDecode(await (await reader.PostAsync(new Uri("/import", UriKind.Relative), form)).Content.ReadAsStringAsync());
        Assert.Contains("方向“侧向”无法识别", html, StringComparison.Ordinal);
        Assert.Contains($"异常日期 {future} 晚于今天", html, StringComparison.Ordinal);
        Assert.Contains("运单号“ZH:3”含有冒号", html, StringComparison.Ordinal);
        Assert.Empty(EnglishWords(html));
    }

    [Fact]
    public async Task an_export_date_the_browser_did_not_check_comes_back_to_the_page_in_chinese()
    {
        var finance = await app.SignedInAsync(Roles.Finance, "zh-CN");
        var request = new HttpRequestMessage(HttpMethod.Get, "/finance/export.xlsx?from=2026-13-45");
        request.Headers.Accept.ParseAdd("text/html");
        var response = await finance.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await finance.GetAsync(response.Headers.Location!);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("“2026-13-45”不是日期", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // An integration still gets the problem document.
        Assert.Equal(HttpStatusCode.BadRequest, (await finance.GetAsync(new Uri("/finance/export.xlsx?from=2026-13-45", UriKind.Relative))).StatusCode);
    }

    private static async Task<JsonElement> ReportAsync(HttpClient client, string carrier, string incident)
    {
        var response = await client.PostAsJsonAsync("/api/incidents", new
        {
            carrier, waybill = "ZH" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(), direction = "forward", incident,
            incidentOn = DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), goodsValue = "100", freight = "12", weightKg = "1.5",
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>
    /// The English words a reader sees: text and the labels screen readers say (aria-label, title, placeholder), without
    /// codes (upper case, or holding digits, dots, colons or slashes: carriers, waybills, addresses, files) and allowed names.
    /// </summary>
    private static List<string> EnglishWords(string html)
    {
        var body = Scripts().Replace(html, " ");
        var attributes = string.Join(" ", Labels().Matches(body).Select(m => m.Groups[1].Value));
        var text = WebUtility.HtmlDecode(Tags().Replace(body, " ") + " " + attributes);
        return [.. Tokens().Matches(text).Select(m => m.Value)
            .Where(w => w.Length >= 3 && !w.Any(c => char.IsAsciiDigit(c) || c is '.' or ':' or '/' or '@' or '_' or '-') && w != w.ToUpperInvariant() && !Allowed.Contains(w))
            .Distinct()];
    }

    [GeneratedRegex(@"<(script|style|head)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Scripts();

    [GeneratedRegex(@"\b(?:aria-label|title|placeholder|alt)=""([^""]*)""")]
    private static partial Regex Labels();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9_.:/@\-]*")]
    private static partial Regex Tokens();
}
