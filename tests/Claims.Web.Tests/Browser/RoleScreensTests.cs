using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Claims.Web.Tests.Browser;

/// <summary>
/// Each role's pages on demo data, signed in with the printed demo logins, on a phone (390 px) and a desktop (1400 px),
/// in Chinese and English: nothing wider than the screen, Chinese pages without English words, and a screenshot of each
/// (test-artifacts/web/role-*.png) for people to look at.
/// </summary>
[Collection(DemoBrowserCollection.Name)]
public sealed partial class RoleScreensTests(DemoBrowserApp app)
{
    public static TheoryData<string, string, int> Roles()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var login in new[] { "shou", "caiwu", "zhuguan", "admin" })
            foreach (var (locale, width) in new[] { ("zh-CN", 390), ("en", 390), ("zh-CN", 1400), ("en", 1400) })
                data.Add(login, locale, width);
        return data;
    }

    // Each role's daily pages: the first is where signing in lands.
    private static readonly Dictionary<string, string[]> Pages = new()
    {
        ["shou"] = ["/queue", "/incidents/report", "/claims", "/import", "/inbox", "/account/notifications"],
        ["caiwu"] = ["/finance", "/carriers", "/claims"],
        ["zhuguan"] = ["/managers", "/team"],
        ["admin"] = ["/queue", "/users", "/webhooks", "/contracts"],
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task each_roles_pages_fit_the_screen_and_speak_the_readers_language(string login, string locale, int width)
    {
        var zh = locale.StartsWith("zh", StringComparison.Ordinal);
        var page = await app.NewPageAsync(locale, width);
        await page.GotoAsync("/signin");
        await page.FillAsync("#name", login);
        await page.FillAsync("#password", $"{login}-demo-1");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        Assert.EndsWith(Pages[login][0], new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        // The header greets the demo user by their display name, not the sign-in name.
        await Assertions.Expect(page.Locator("header a.user")).ToContainTextAsync(Shown[login]);

        foreach (var path in Pages[login])
        {
            if (new Uri(page.Url).AbsolutePath != path)
                await page.GotoAsync(path);
            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            var scroll = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(scroll <= width + 1, $"{path} is {scroll} px wide on a {width} px screen");
            // What a machine reads (<code>: the event types an integration receives) is shown beside the words, not instead;
            // a contract's own words (an international carrier's clause titles) are quoted as written.
            var text = await page.EvaluateAsync<string>("() => { const b = document.body.cloneNode(true); b.querySelectorAll('code, [data-quoted]').forEach(c => c.remove()); document.documentElement.appendChild(b); const t = b.innerText; b.remove(); return t; }");
            var english = EnglishWords(text);
            Assert.True(!zh || english.Count == 0, $"{path} shows English to a Chinese reader: {string.Join(", ", english)}");
            if (!zh)
                Assert.DoesNotMatch(Han(), await page.InnerTextAsync("h1"));
            await BrowserApp.ScreenshotAsync(page, $"role-{login}-{path.Trim('/').Replace('/', '-')}-{locale}-{width}");
        }
    }

    [Fact]
    public async Task a_file_too_large_for_a_claim_is_refused_on_the_claim_page_before_it_uploads()
    {
        var page = await app.NewPageAsync("zh-CN", 390);
        await page.GotoAsync("/signin");
        await page.FillAsync("#name", "shou");
        await page.FillAsync("#password", "shou-demo-1");
        await page.ClickAsync("button[type=submit]");
        await page.ClickAsync("table.claims tbody tr a");
        var posts = 0;
        page.Request += (_, request) => posts += request.Method == "POST" ? 1 : 0;

        await page.SetInputFilesAsync("#evidence-files", new FilePayload { Name = "仓库视频.mp4", MimeType = "video/mp4", Buffer = new byte[(20 * 1024 * 1024) + 1] });
        await page.ClickAsync("form:has(#evidence-files) button[type=submit]");

        await Assertions.Expect(page.Locator("#evidence-files-error")).ToContainTextAsync("仓库视频.mp4 大小为 20.1 MB，证据文件最大 20 MB");
        await page.WaitForTimeoutAsync(300);
        Assert.Equal(0, posts);
    }

    /// <summary>
    /// Words of Latin letters a Chinese reader would stumble on. Not: codes people use as they are (ZTO, CNY, PDF, MB,
    /// contract numbers), the language switch's "English", Excel, the users' sign-in names (the demo's and the test fixture's,
    /// which are the role codes) and the name the FedEx sample contract gives its carrier (the shop's own data).
    /// </summary>
    private static List<string> EnglishWords(string text) =>
        [.. Latin().Matches(text).Select(m => m.Value)
            .Where(w => !Codes().IsMatch(w) && w is not ("English" or "Excel" or "FedEx" or "International")
                && !Logins.Contains(w) && !Claims.Users.Roles.All.Contains(w))
            .Distinct()];

    private static readonly string[] Logins = ["shou", "caiwu", "zhuguan", "admin"];

    private static readonly Dictionary<string, string> Shown = new() { ["shou"] = "赵敏", ["caiwu"] = "孙丽", ["zhuguan"] = "周强", ["admin"] = "吴磊" };

    [GeneratedRegex("[A-Za-z][A-Za-z-]{2,}")]
    private static partial Regex Latin();

    [GeneratedRegex("^[A-Z0-9-]{2,}$")]
    private static partial Regex Codes();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
