using Claims.Users;
using Microsoft.Playwright;

namespace Claims.Web.Tests.Browser;

/// <summary>
/// Issue 18's first day in Chromium, on a phone (390 px) and a desktop (1400 px), in Chinese and English: after-sales
/// reports with an over-size video and gets the form back, types amounts as people do, finds the claim by part of its
/// waybill; finance mistypes a waybill for a packet and gets the page back; nothing is wider than the screen.
/// </summary>
public sealed class FirstDayJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static int _next;

    public static TheoryData<string, int> Screens => new() { { "zh-CN", 390 }, { "en", 390 }, { "zh-CN", 1400 }, { "en", 1400 } };

    /// <summary>
    /// A video of that many MB on disk, named 开箱.mp4: handed to Chromium by path (a buffer of 36 MB sent through the
    /// driver took over 30 s on a busy machine).
    /// </summary>
    private static string Video(int megabytes)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"claims-video-{megabytes}");
        var path = Path.Combine(folder, "开箱.mp4");
        if (!File.Exists(path) || new FileInfo(path).Length != megabytes * 1024L * 1024)
        {
            Directory.CreateDirectory(folder);
            var bytes = new byte[megabytes * 1024 * 1024];
            "\0\0\0\u0018ftypmp42"u8.ToArray().CopyTo(bytes, 0);
            File.WriteAllBytes(path, bytes);
        }
        return path;
    }

    private static bool Chinese(string locale) => locale.StartsWith("zh", StringComparison.Ordinal);

    private static async Task FitsTheScreenAsync(IPage page, int width, string where)
    {
        var scroll = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scroll <= width + 1, $"{where} is {scroll} px wide on a {width} px screen");
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task after_sales_is_told_a_video_is_too_large_before_it_uploads_then_finds_the_claim_by_part_of_its_waybill(string locale, int width)
    {
        var zh = Chinese(locale);
        var n = Interlocked.Increment(ref _next);
        var digits = $"7300{width:D4}{n:D2}0{(zh ? 1 : 2)}";
        var page = await app.SignedInPageAsync(Roles.AfterSales, locale, width);
        await FitsTheScreenAsync(page, width, "the work queue");

        await page.GotoAsync("/incidents/report");
        await FitsTheScreenAsync(page, width, "the report form");
        await page.SelectOptionAsync("#carrier", "ZTO");
        await page.FillAsync("#waybill", $" {digits[..4]} {digits[4..8]} {digits[8..]} ");
        await page.SelectOptionAsync("#incident", "damaged");
        await page.FillAsync("#GoodsValue", "1,000.50");
        await page.FillAsync("#ClaimedAmount", zh ? "￥２４０" : "¥240");
        await page.FillAsync("#Freight", "12");
        await page.FillAsync("#note", "开箱视频");
        var posts = 0;
        page.Request += (_, request) => posts += request.Method == "POST" ? 1 : 0;
        await page.SetInputFilesAsync("#files", Video(21));

        // Said beside the input as soon as the file is chosen, before any upload; the form cannot be sent while it stands.
        await Assertions.Expect(page.Locator("#files-error")).ToContainTextAsync(zh ? "开箱.mp4 大小为 21 MB，证据文件最大 20 MB" : "开箱.mp4 is 21 MB; an evidence file may be at most 20 MB");
        await page.ClickAsync("form.card button[type=submit]");
        await page.WaitForTimeoutAsync(300);
        Assert.Equal(0, posts);
        Assert.False(await page.EvalOnSelectorAsync<bool>("#files", "input => input.validity.valid"));
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("Evidence:MaxBytes");
        await Assertions.Expect(page.Locator("#GoodsValue")).ToHaveValueAsync("1,000.50");
        await Assertions.Expect(page.Locator("#note")).ToHaveValueAsync("开箱视频");
        await FitsTheScreenAsync(page, width, "the report form with a file too large");
        await BrowserApp.ScreenshotAsync(page, $"18-report-too-large-{locale}-{width}");

        await page.SetInputFilesAsync("#files", Array.Empty<FilePayload>());
        await page.ClickAsync("form.card button[type=submit]");
        await Assertions.Expect(page.Locator(".alert.ok")).ToContainTextAsync(zh ? "已登记并核定" : "Reported and assessed");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(digits);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(zh ? "中通快递" : "ZTO");
        await Assertions.Expect(page.Locator("dl.facts").First).ToContainTextAsync(zh ? "1,000.50 元" : "CNY 1,000.50");
        await FitsTheScreenAsync(page, width, "the claim page");
        await BrowserApp.ScreenshotAsync(page, $"18-claim-{locale}-{width}");

        await page.GotoAsync("/queue");
        await page.FillAsync("#q", digits[4..10]);
        await page.ClickAsync("form.filters button[type=submit]");
        await Assertions.Expect(page.Locator("table.claims tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("table.claims")).ToContainTextAsync(digits);
        await Assertions.Expect(page.Locator("#status")).Not.ToContainTextAsync(">open<");
        await FitsTheScreenAsync(page, width, "the searched queue");
        await BrowserApp.ScreenshotAsync(page, $"18-queue-search-{locale}-{width}");
    }

    [Theory]
    [InlineData("zh-CN", 390)]
    [InlineData("en", 1400)]
    public async Task the_back_button_then_submit_again_records_the_report_once(string locale, int width)
    {
        var zh = Chinese(locale);
        var waybill = $"BACK{width}{(zh ? 1 : 2)}";
        var page = await app.SignedInPageAsync(Roles.AfterSales, locale, width);
        await page.GotoAsync("/incidents/report");
        await page.SelectOptionAsync("#carrier", "ZTO");
        await page.FillAsync("#waybill", waybill);
        await page.SelectOptionAsync("#incident", "damaged");
        await page.FillAsync("#GoodsValue", "80");
        await page.FillAsync("#Freight", "8");
        await page.ClickAsync("form.card button[type=submit]");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(waybill);

        // Back: Chromium shows the form again, refilled, with a new submission id; sending it records nothing and asks.
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("#waybill")).ToHaveValueAsync(waybill);
        await page.ClickAsync("form.card button[type=submit]");
        await Assertions.Expect(page.Locator("#existing-claim")).ToContainTextAsync(zh ? "本次未登记" : "nothing was recorded");
        await Assertions.Expect(page.Locator("#waybill")).ToHaveValueAsync(waybill);
        await FitsTheScreenAsync(page, width, "the report form asking about the existing claim");
        await BrowserApp.ScreenshotAsync(page, $"18-sent-twice-{locale}-{width}");

        // Another incident on the same parcel is added when the box is ticked: the claim then holds the first report and
        // this one, nothing from the resent form.
        await page.CheckAsync("#add-to-existing");
        await page.ClickAsync("form.card button[type=submit]");
        await Assertions.Expect(page.Locator(".alert.ok")).ToContainTextAsync(zh ? "异常已追加" : "the incident was added");
        // (A regex: Playwright's text match ignores case, and "Further incident reported" holds "incident reported".)
        await Assertions.Expect(page.Locator(".timeline li", new() { HasTextRegex = new System.Text.RegularExpressions.Regex(zh ? "登记异常" : "(?<!Further )Incident reported") }))
            .ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".timeline li", new() { HasText = zh ? "追加异常" : "Further incident" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task without_script_an_over_size_video_is_refused_by_the_server_with_the_form_kept()
    {
        // A browser with script turned off (or a page cached from before the script) sends the file: 36 MB, above the
        // server's default 30 MB body limit, where the browser used to show a bare HTTP 400 and lose everything typed.
        var page = await app.SignedInPageAsync(Roles.AfterSales, "zh-CN", 390, javaScript: false);
        await page.GotoAsync("/incidents/report");
        await page.SelectOptionAsync("#carrier", "ZTO");
        await page.FillAsync("#waybill", "7300 0390 9901");
        await page.SelectOptionAsync("#incident", "damaged");
        await page.FillAsync("#GoodsValue", "1,000.50");
        await page.FillAsync("#note", "开箱视频");
        await page.SetInputFilesAsync("#files", Video(36));
        await page.ClickAsync("form.card button[type=submit]");

        await Assertions.Expect(page.Locator("#too-large")).ToContainTextAsync("尚未登记");
        await Assertions.Expect(page.Locator("#files-error")).ToContainTextAsync("证据文件最大 20 MB");
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("Evidence:MaxBytes");
        await Assertions.Expect(page.Locator("#GoodsValue")).ToHaveValueAsync("1,000.50");
        await Assertions.Expect(page.Locator("#note")).ToHaveValueAsync("开箱视频");
        await FitsTheScreenAsync(page, 390, "the refused report form");
        await BrowserApp.ScreenshotAsync(page, "18-report-too-large-no-script-zh-CN-390");
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task finance_mistypes_a_waybill_for_a_packet_and_gets_the_page_back_in_their_language(string locale, int width)
    {
        var zh = Chinese(locale);
        var page = await app.SignedInPageAsync(Roles.Finance, locale, width);
        await page.GotoAsync("/finance");

        await page.FillAsync("#claim-id", "7300 0000 TYPO");
        await page.ClickAsync("#claim-packet button[type=submit]");

        await Assertions.Expect(page.Locator("#claim-packet-error")).ToContainTextAsync(zh ? "没有运单号为 7300 0000 TYPO 的索赔" : "There is no claim for waybill 7300 0000 TYPO");
        await Assertions.Expect(page.Locator("#claim-id")).ToHaveValueAsync("7300 0000 TYPO");
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("\"status\"");
        await FitsTheScreenAsync(page, width, "the finance page");
        await BrowserApp.ScreenshotAsync(page, $"18-finance-typo-{locale}-{width}");
    }
}
