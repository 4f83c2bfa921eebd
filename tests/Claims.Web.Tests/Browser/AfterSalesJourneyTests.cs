using Claims.Users;
using Microsoft.Playwright;

namespace Claims.Web.Tests.Browser;

/// <summary>After-sales in Chromium: reports a damaged parcel with a photo, sees the assessment, files the claim.</summary>
public sealed class AfterSalesJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==");

    [Fact]
    public async Task after_sales_reports_an_incident_with_a_photo_and_files_the_claim()
    {
        var page = await app.SignedInPageAsync(Roles.AfterSales);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("待办队列");
        await BrowserApp.ScreenshotAsync(page, "1-queue-zh");

        await page.ClickAsync("text=登记异常");
        await page.SelectOptionAsync("#carrier", "ZTO");
        await page.FillAsync("#waybill", "BROWSER-001");
        await page.SelectOptionAsync("#incident", "damaged");
        await page.FillAsync("#GoodsValue", "680");
        await page.FillAsync("#ClaimedAmount", "240");
        await page.FillAsync("#Freight", "12");
        await page.FillAsync("#note", "屏幕碎裂，附照片");
        var photo = Path.Combine(Path.GetTempPath(), "破损照片.png");
        await File.WriteAllBytesAsync(photo, Png);
        await page.SetInputFilesAsync("#files", photo);
        await BrowserApp.ScreenshotAsync(page, "2-report-form");
        await page.ClickAsync("button:has-text('登记并核定')");

        await Assertions.Expect(page.Locator(".alert.ok")).ToContainTextAsync("已登记并核定");
        await Assertions.Expect(page.Locator(".thumbs img")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("text=计算过程")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "3-claim-assessed");

        await page.ClickAsync("form:has(input[name=Step][value=file]) button[type=submit]");
        await Assertions.Expect(page.Locator(".alert.ok")).ToContainTextAsync("已向承运商提交");
        await Assertions.Expect(page.Locator("h1 .badge")).ToHaveTextAsync("已提交");
        await Assertions.Expect(page.Locator("ol.timeline")).ToContainTextAsync(Roles.AfterSales);
        await BrowserApp.ScreenshotAsync(page, "4-claim-filed");

        await page.ClickAsync("text=待办队列");
        await Assertions.Expect(page.Locator("table.claims")).ToContainTextAsync("BROWSER-001");
        await Assertions.Expect(page.Locator("table.claims")).ToContainTextAsync("催促答复");
        await BrowserApp.ScreenshotAsync(page, "4b-queue-after-filing");
    }

    [Fact]
    public async Task the_language_switch_turns_the_page_english_and_a_tablet_still_reads_it()
    {
        var page = await app.SignedInPageAsync(Roles.AfterSales, width: 800);
        await page.ClickAsync("a.lang");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Work queue");
        await BrowserApp.ScreenshotAsync(page, "5-queue-en-tablet");
    }
}
