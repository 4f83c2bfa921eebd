using System.Runtime.CompilerServices;
using Claims.Web.Tests.Support;
using Microsoft.Playwright;

namespace Claims.Web.Tests.Browser;

/// <summary>The app on a real Kestrel port on 127.0.0.1 and Debian's Chromium driven by Playwright (no `playwright install`).</summary>
public sealed class BrowserApp : ClaimsWebApp
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        // The database first: the server reads its connection string when it starts.
        await CreateDatabaseAsync();
        UseKestrel(0);
        StartServer();
        await EnsureUsersAsync();
        BaseAddress = new Uri(ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority));
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
    }

    public async Task<IPage> SignedInPageAsync(string user, string locale = "zh-CN", int width = 1280, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new()
        {
            Locale = locale, ViewportSize = new() { Width = width, Height = 900 }, BaseURL = BaseAddress.ToString(), JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.FillAsync("#name", user);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        return page;
    }

    /// <summary>Screenshots go to test-artifacts/web/ at the repository root (found from this source file's path).</summary>
    public static async Task ScreenshotAsync(IPage page, string name, [CallerFilePath] string source = "")
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", ".."));
        var folder = Path.Combine(root, "test-artifacts", "web");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public override async Task DisposeBrowserAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        playwright?.Dispose();
    }
}
