using System.Runtime.CompilerServices;
using Claims.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace Claims.Web.Tests.Browser;

/// <summary>
/// A manager in Chromium: signs in with the printed demo login, opens the comparison on demo data, sees the table and
/// the charts and the reallocation proposal, in Chinese and then English.
/// </summary>
[Collection(DemoBrowserCollection.Name)]
public sealed class ManagerJourneyTests(DemoBrowserApp app)
{
    [Fact]
    public async Task a_manager_opens_the_comparison_on_demo_data_and_sees_the_charts()
    {
        var page = await app.NewPageAsync("zh-CN");
        await page.GotoAsync("/signin");
        await page.FillAsync("#name", "zhuguan");
        await page.FillAsync("#password", "zhuguan-demo-1");
        await page.ClickAsync("button[type=submit]");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("承运商对比");
        await Assertions.Expect(page.Locator("#charts svg")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#charts svg").First).ToContainTextAsync("中通");
        await Assertions.Expect(page.Locator("#charts svg text", new() { HasText = "每万件异常数" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#comparison tbody tr")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#comparison")).ToContainTextAsync("顺丰");
        await Assertions.Expect(page.Locator("#reallocation tbody tr")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#reallocation")).ToContainTextAsync("预计每月未收回损失变化");
        await Assertions.Expect(page.Locator("#reallocation .alert")).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(page, "7-managers-zh");
        await page.SetViewportSizeAsync(1400, 900);
        // Short Chinese headers (排名, 丢件) sit on one line, never one character a line.
        var broken = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#comparison th')].filter(th => th.textContent.trim().length <= 4)
                .filter(th => { const r = document.createRange(); r.selectNodeContents(th); return r.getClientRects().length > 1; })
                .map(th => th.textContent.trim())
            """);
        Assert.Empty(broken);

        await page.ClickAsync("a.lang");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Comparison");
        await Assertions.Expect(page.Locator("#charts svg text", new() { HasText = "Incidents per 10k parcels by type" })).ToHaveCountAsync(1);
        // At 1400 px the English table shows its last column (Outstanding) without scrolling.
        var hidden = await page.EvaluateAsync<int>("() => { const w = document.querySelector('#comparison .table-wrap'); return w.scrollWidth - w.clientWidth; }");
        Assert.True(hidden <= 1, $"the comparison table hides {hidden} px at 1400 px");
        await BrowserApp.ScreenshotAsync(page, "8-managers-en");

        await page.SetViewportSizeAsync(768, 1024);
        await Assertions.Expect(page.Locator("#charts svg").First).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "9-managers-tablet");
    }
}

/// <summary>One demo fill for every browser test that reads demo data.</summary>
[CollectionDefinition(Name)]
public sealed class DemoBrowserCollection : ICollectionFixture<DemoBrowserApp>
{
    public const string Name = "demo browser";
}

/// <summary>The app on a real Kestrel port as on a first run: demo data (four months, small volumes) and the demo logins.</summary>
public sealed class DemoBrowserApp : ClaimsWebApp
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public override async Task InitializeAsync()
    {
        // The database first: the server reads its connection string when it starts.
        await CreateDatabaseAsync();
        UseKestrel(0);
        StartServer();
        await EnsureUsersAsync();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
    }

    public async Task<IPage> NewPageAsync(string locale, int width = 1280)
    {
        var context = await browser!.NewContextAsync(new()
        {
            Locale = locale, ViewportSize = new() { Width = width, Height = 900 }, BaseURL = ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority),
        });
        return await context.NewPageAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:OnFirstRun", "true");
        builder.UseSetting("Demo:Months", "4");
        builder.UseSetting("Demo:ParcelsPerMonth", "20000");
        builder.UseSetting("Contracts:Folder", SampleContracts());
    }

    public override async Task DisposeBrowserAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        playwright?.Dispose();
    }

    private static string SampleContracts([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "contracts-samples"));
}
