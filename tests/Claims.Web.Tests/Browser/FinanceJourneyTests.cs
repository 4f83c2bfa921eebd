using Claims.Users;
using Microsoft.Playwright;

namespace Claims.Web.Tests.Browser;

/// <summary>Finance in Chromium: downloads the Excel register and a claim packet from the pages.</summary>
public sealed class FinanceJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task finance_downloads_the_excel_register_and_a_claim_packet()
    {
        var sales = await app.SignedInAsync(Roles.AfterSales);
        var claim = await Support.Incidents.ReportAsync(sales);
        var page = await app.SignedInPageAsync(Roles.Finance, "en");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Finance");
        await BrowserApp.ScreenshotAsync(page, "6-finance");
        var excel = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export button[type=submit]:not(.secondary)"));
        Assert.EndsWith(".xlsx", excel.SuggestedFilename, StringComparison.Ordinal);
        var xlsxPath = await excel.PathAsync();
        Assert.True(new FileInfo(xlsxPath).Length > 1000);

        await page.GotoAsync($"/claims/view?id={Uri.EscapeDataString(claim.GetProperty("id").GetString()!)}");
        var packet = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("text=Claim packet (PDF)"));
        Assert.EndsWith(".pdf", packet.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(await packet.PathAsync()))[..4]));
    }
}
