using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Users;
using Claims.Web.Tests.Support;

namespace Claims.Web.Tests.Work;

/// <summary>What a new user hit on the first day (issue 18): wrong money, lost input, the wrong reader.</summary>
public sealed class FirstDayTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    private static readonly string Today = DateTime.Today.ToString("yyyy-MM-dd");

    private static async Task<HttpResponseMessage> ReportAsync(HttpClient client, params (string Key, string Value)[] fields)
    {
        var token = await Forms.TokenAsync(client, "/incidents/report");
        var html = await client.GetStringAsync(new Uri("/incidents/report", UriKind.Relative));
        var submission = System.Text.RegularExpressions.Regex.Match(html, "name=\"Form.SubmissionId\" value=\"([^\"]+)\"").Groups[1].Value;
        return await Forms.PostAsync(client, "/incidents/report", [("__RequestVerificationToken", token), ("Form.SubmissionId", submission),
            ("Form.Direction", "forward"), ("Form.Incident", "lost"), ("Form.IncidentOn", Today), .. fields]);
    }

    [Fact]
    public async Task a_lost_parcel_reported_without_freight_waits_for_a_person_and_says_which_field_in_chinese()
    {
        var client = await app.SignedInAsync(Roles.AfterSales, "zh-CN");
        var response = await ReportAsync(client, ("Form.Carrier", "ZTO"), ("Form.Waybill", "NOFREIGHT1"), ("Form.GoodsValue", "200"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetStringAsync(response.Headers.Location);
        Assert.Contains("需要“运费”，但登记时未填写", page, StringComparison.Ordinal);
        Assert.Contains("<dt>金额</dt><dd>—</dd>", page, StringComparison.Ordinal);
        var claim = await client.GetFromJsonAsync<JsonElement>("/api/claims/" + Uri.EscapeDataString("claim:ZTO:NOFREIGHT1:forward"));
        Assert.Equal("manual", claim.GetProperty("status").GetString());
    }

    [Fact]
    public async Task the_report_form_says_which_fields_each_carriers_clauses_use()
    {
        var client = await app.SignedInAsync(Roles.AfterSales, "zh-CN");
        var html = await client.GetStringAsync(new Uri("/incidents/report", UriKind.Relative));

        Assert.Contains("各承运商合同计算赔付金额所需的信息", html, StringComparison.Ordinal);
        Assert.Matches("<td>丢件</td><td>[^<]*运费", html);
    }

    [Fact]
    public async Task a_waybill_typed_with_spaces_is_stored_without_them_and_found_by_the_packet_lookup()
    {
        var after = await app.SignedInAsync(Roles.AfterSales);
        var response = await ReportAsync(after, ("Form.Carrier", "ZTO"), ("Form.Waybill", " 7300 0001 2345 67 "), ("Form.GoodsValue", "200"), ("Form.Freight", "10"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("claim%3AZTO%3A73000001234567%3Aforward", response.Headers.Location!.ToString(), StringComparison.Ordinal);

        var finance = await app.SignedInAsync(Roles.Finance);
        finance.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        var packet = await finance.GetAsync(new Uri("/finance/packet/claim?id=" + Uri.EscapeDataString("７３００ ０００１ ２３４５ ６７"), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, packet.StatusCode);
        Assert.Equal("application/pdf", packet.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"^ZTO-73000001234567-\d{8}\.pdf$", packet.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? "");
    }

    [Fact]
    public async Task a_packet_lookup_typo_is_the_finance_page_in_chinese_with_the_waybill_kept()
    {
        var finance = await app.SignedInAsync(Roles.Finance, "zh-CN");
        finance.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var response = await finance.GetAsync(new Uri("/finance/packet/claim?id=7300000TYPO", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await finance.GetAsync(response.Headers.Location);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("没有运单号为 7300000TYPO 的索赔", html, StringComparison.Ordinal);
        Assert.Contains("value=\"7300000TYPO\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("There is no", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_integration_asking_for_a_missing_packet_still_gets_problem_details()
    {
        var finance = await app.SignedInAsync(Roles.Finance);
        var response = await finance.GetAsync(new Uri("/finance/packet/claim?id=7300000TYPO", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task the_counter_offers_reason_is_on_the_timeline_and_an_offer_above_the_claim_is_flagged()
    {
        var client = await app.SignedInAsync(Roles.AfterSales, "zh-CN");
        var claim = await Incidents.ReportAsync(client);
        var id = claim.GetProperty("id").GetString()!;
        var filed = await client.PostAsJsonAsync($"/api/claims/{claim.Escaped()}/file", new { version = claim.GetProperty("version").GetInt64() });
        var version = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
        var url = $"/claims/view?id={claim.Escaped()}";
        var token = await Forms.TokenAsync(client, url);

        var response = await Forms.PostAsync(client, url, ("__RequestVerificationToken", token), ("Id", id), ("Version", version.ToString()),
            ("Step", "answer"), ("Input.Answer", "counter"), ("Input.Amount", "￥1,000.50"), ("Input.Reason", "按申报价值赔付"), ("Input.On", Today));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        Assert.Contains("1,000.50 元 · 按申报价值赔付", page, StringComparison.Ordinal);
        Assert.Contains("id=\"counter-above\"", page, StringComparison.Ordinal);
        Assert.Contains("高于索赔金额", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1,000.50", "1,000.50")]
    [InlineData("¥200", "200.00")]
    [InlineData("２００", "200.00")]
    [InlineData("200元", "200.00")]
    public async Task amounts_are_read_as_people_type_them(string typed, string shown)
    {
        var client = await app.SignedInAsync(Roles.AfterSales);
        var waybill = "MONEY" + Math.Abs(typed.GetHashCode(StringComparison.Ordinal));
        var response = await ReportAsync(client, ("Form.Carrier", "ZTO"), ("Form.Waybill", waybill), ("Form.GoodsValue", typed), ("Form.Freight", "１２"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetStringAsync(response.Headers.Location);
        Assert.Contains($"CNY {shown}", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_refused_payment_keeps_what_was_typed_and_says_it_in_chinese_only()
    {
        var client = await app.SignedInAsync(Roles.Admin, "zh-CN");
        var claim = await Incidents.ReportAsync(client);
        var url = $"/claims/view?id={claim.Escaped()}";
        var token = await Forms.TokenAsync(client, url);

        var response = await Forms.PostAsync(client, url, ("__RequestVerificationToken", token), ("Id", claim.GetProperty("id").GetString()!),
            ("Version", claim.GetProperty("version").GetInt64().ToString()), ("Step", "override"), ("Input.Amount", "1,2,3"), ("Input.Reason", "客户补充了发票"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("金额格式不正确。</div>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"1,2,3\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"客户补充了发票\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_report_form_sent_twice_adds_nothing_the_second_time()
    {
        var client = await app.SignedInAsync(Roles.AfterSales);
        var token = await Forms.TokenAsync(client, "/incidents/report");
        (string, string)[] form = [("__RequestVerificationToken", token), ("Form.SubmissionId", "back-button-1"), ("Form.Carrier", "ZTO"),
            ("Form.Waybill", "TWICE1"), ("Form.Direction", "forward"), ("Form.Incident", "damaged"), ("Form.IncidentOn", Today),
            ("Form.GoodsValue", "80"), ("Form.Freight", "8")];

        var first = await Forms.PostAsync(client, "/incidents/report", form);
        var second = await Forms.PostAsync(client, "/incidents/report", form);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Contains("done=already", second.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("This form was already sent", await client.GetStringAsync(second.Headers.Location), StringComparison.Ordinal);
        var claim = await client.GetFromJsonAsync<JsonElement>("/api/claims/" + Uri.EscapeDataString("claim:ZTO:TWICE1:forward"));
        var types = claim.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Single(types, t => t == "IncidentReported");
        Assert.DoesNotContain("AdditionalIncidentReported", types);
    }

    [Fact]
    public async Task someone_on_the_phone_finds_a_claim_by_part_of_its_waybill_or_order_number()
    {
        var client = await app.SignedInAsync(Roles.AfterSales, "zh-CN");
        var response = await ReportAsync(client, ("Form.Carrier", "ZTO"), ("Form.Waybill", "7300 0009 8765 43"), ("Form.GoodsValue", "200"),
            ("Form.Freight", "10"), ("Form.OrderId", "TB-2026-55501"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await Incidents.ReportAsync(client);

        var queue = await client.GetStringAsync(new Uri("/queue?q=" + Uri.EscapeDataString("9876 5"), UriKind.Relative));
        var register = await client.GetStringAsync(new Uri("/claims?q=tb-2026-555", UriKind.Relative));
        var none = await client.GetStringAsync(new Uri("/claims?q=NOSUCH999", UriKind.Relative));
        var api = await client.GetFromJsonAsync<JsonElement>("/api/claims?q=98765");

        Assert.Contains(">73000009876543</a>", queue, StringComparison.Ordinal);
        Assert.Contains("共 1 条", queue, StringComparison.Ordinal);
        Assert.Contains("value=\"9876 5\"", queue, StringComparison.Ordinal);
        Assert.Contains(">73000009876543</a>", register, StringComparison.Ordinal);
        Assert.Contains("没有运单号或订单号包含“NOSUCH999”的索赔", none, StringComparison.Ordinal);
        Assert.Equal(1, api.GetProperty("total").GetInt64());
        Assert.Equal("73000009876543", api.GetProperty("claims")[0].GetProperty("waybill").GetString());
    }

    [Fact]
    public async Task a_chinese_reader_sees_chinese_names_on_the_claim_page_and_the_queue()
    {
        var client = await app.SignedInAsync(Roles.AfterSales, "zh-CN");
        var claim = await Incidents.ReportAsync(client);

        var page = await client.GetStringAsync(new Uri($"/claims/view?id={claim.Escaped()}", UriKind.Relative));
        var queue = await client.GetStringAsync(new Uri("/queue?q=" + claim.GetProperty("waybill").GetString(), UriKind.Relative));
        var statuses = await client.GetStringAsync(new Uri("/claims", UriKind.Relative));

        Assert.Contains("中通快递 · 正向", page, StringComparison.Ordinal);
        Assert.Contains("<dt>保价金额</dt><dd>未保价</dd>", page, StringComparison.Ordinal);
        Assert.True(page.Contains("公式中的名称：", StringComparison.Ordinal), page[page.IndexOf("计算过程", StringComparison.Ordinal)..][..600]);
        Assert.Contains("freight = 运费", page, StringComparison.Ordinal);
        Assert.DoesNotContain("(p. ", page, StringComparison.Ordinal);
        Assert.Contains("data-label=\"承运商\">中通快递</td>", queue, StringComparison.Ordinal);
        Assert.Contains(">未结</option>", statuses, StringComparison.Ordinal);
        Assert.DoesNotContain(">open</option>", statuses, StringComparison.Ordinal);
    }
}
