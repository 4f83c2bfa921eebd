using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Claims.Users;
using Claims.Web.Tests.Support;

namespace Claims.Web.Tests.Import;

/// <summary>The import page's example files, the app's own headers and the carriers' short names (issue 18, item 9).</summary>
public sealed class ImportTemplateTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    private static async Task<string> UploadAsync(HttpClient client, byte[] file, string name)
    {
        var token = await Forms.TokenAsync(client, "/import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "file", name },
        };
        return await (await client.PostAsync(new Uri("/import", UriKind.Relative), form)).Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData("TemplateCsv", "incidents-template.csv")]
    [InlineData("TemplateXlsx", "incidents-template.xlsx")]
    public async Task the_chinese_example_file_downloads_and_imports_as_it_stands(string handler, string fileName)
    {
        var client = await app.SignedInAsync(Roles.AfterSales, "zh-CN");
        var page = await client.GetStringAsync(new Uri("/import", UriKind.Relative));
        Assert.Contains($"href=\"/import?handler={handler}\"", page, StringComparison.Ordinal);

        var download = await client.GetAsync(new Uri($"/import?handler={handler}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(fileName, download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await download.Content.ReadAsByteArrayAsync();
        if (fileName.EndsWith(".csv", StringComparison.Ordinal))
            Assert.StartsWith("运单号,快递公司,异常类型", Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Replace("\"", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var report = await UploadAsync(client, bytes, fileName);

        // Both example files hold the same row: whichever runs second finds it already on file.
        Assert.Matches("新建索赔</dt><dd><strong>1</strong>|重复</dt><dd>1</dd>", report);
        Assert.Contains("无效行</dt><dd>0</dd>", report, StringComparison.Ordinal);
        var claim = await client.GetFromJsonAsync<JsonElement>("/api/claims/" + Uri.EscapeDataString("claim:ZTO:73000001234567:forward"));
        Assert.Equal("ZTO", claim.GetProperty("carrier").GetString());
    }

    [Fact]
    public async Task the_apps_own_header_and_a_carriers_short_name_are_understood()
    {
        var client = await app.SignedInAsync(Roles.AfterSales, "zh-CN");
        var today = DateTime.Today.ToString("yyyy-MM-dd");
        var csv = $"运单号,承运商,异常类型,发货日期,商品金额,运费\n" +
                  $"SHORT-1,中通,丢件,{today},150,10\n" +
                  $"SHORT-2,顺丰,破损,{today},90,8\n" +
                  $"SHORT-3,zto,丢件,{today},90,8\n";

        var report = await UploadAsync(client, Encoding.UTF8.GetBytes(csv), "异常件.csv");

        Assert.DoesNotContain("missing required column", report, StringComparison.Ordinal);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/claims?q=SHORT-");
        var carriers = list.GetProperty("claims").EnumerateArray()
            .ToDictionary(c => c.GetProperty("waybill").GetString()!, c => c.GetProperty("carrier").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["SHORT-1"] = "ZTO", ["SHORT-2"] = "SF", ["SHORT-3"] = "ZTO" }, carriers);
    }

    [Fact]
    public async Task import_errors_are_said_in_chinese_to_a_chinese_reader()
    {
        var client = await app.SignedInAsync(Roles.AfterSales, "zh-CN");
        var today = DateTime.Today.ToString("yyyy-MM-dd");

        var noWaybill = await UploadAsync(client, Encoding.UTF8.GetBytes($"承运商,异常类型,发货日期\nZTO,丢件,{today}\n"), "缺列.csv");
        var badRows = await UploadAsync(client, Encoding.UTF8.GetBytes(
            $"运单号,承运商,异常类型,发货日期,货值\nERR-1,某快递,丢件,{today},10\nERR-2,中通,爆炸,{today},10\nERR-3,中通,丢件,2026-13-01,-5\n"), "错行.csv");

        Assert.True(noWaybill.Contains("缺少必需的列：运单号", StringComparison.Ordinal), System.Text.RegularExpressions.Regex.Match(noWaybill, "role=\"alert\">[^<]*").Value);
        Assert.DoesNotContain("missing required column", noWaybill, StringComparison.Ordinal);
        Assert.Contains("承运商“某快递”没有对应的合同", badRows, StringComparison.Ordinal);
        Assert.Contains("异常类型“爆炸”无法识别", badRows, StringComparison.Ordinal);
        Assert.Contains("发货日期“2026-13-01”不是日期", badRows, StringComparison.Ordinal);
        Assert.Contains("货值“-5”不能为负数", badRows, StringComparison.Ordinal);
    }
}
