using System.Net;
using Claims.Users;
using Claims.Web.Tests.Support;

namespace Claims.Web.Tests.Notifications;

/// <summary>The administrators' webhook page: subscriptions added and removed through it, refusals explained.</summary>
public sealed class WebhooksPageTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    [Fact]
    public async Task an_administrator_adds_and_removes_a_subscription_and_a_bad_address_is_explained_in_chinese()
    {
        var admin = await app.SignedInAsync(Roles.Admin, "zh-CN");
        var token = await Forms.TokenAsync(admin, "/webhooks");

        var bad = await Forms.PostAsync(admin, "/webhooks?handler=Add",
            ("__RequestVerificationToken", token), ("Url", "ftp://erp.example/hook"), ("Events", "claim.filed"), ("Secret", "s3cret-shared-with-the-erp"));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("请填写完整的 http:// 或 https:// 地址", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var added = await Forms.PostAsync(admin, "/webhooks?handler=Add",
            ("__RequestVerificationToken", token), ("Url", "https://erp.example/hook"), ("Events", "claim.filed"), ("Events", "claim.paid"),
            ("Secret", "s3cret-shared-with-the-erp"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await admin.GetStringAsync(added.Headers.Location!);
        Assert.Contains("https://erp.example/hook", page, StringComparison.Ordinal);
        // Each event type in the reader's words, the code (what the integration receives) beside it (issue 11).
        Assert.Contains("提交索赔 <code class=\"muted\">claim.filed</code>、收到赔款 <code class=\"muted\">claim.paid</code>", page, StringComparison.Ordinal);
        Assert.Contains("推送地址（URL）", page, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-shared-with-the-erp", page, StringComparison.Ordinal); // the secret is never shown again
        var id = System.Text.RegularExpressions.Regex.Match(page, "name=\"id\" value=\"(wh_[0-9a-f]+)\"").Groups[1].Value;

        var removed = await Forms.PostAsync(admin, "/webhooks?handler=Remove", ("__RequestVerificationToken", token), ("id", id));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain(id, await admin.GetStringAsync(new Uri("/webhooks", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task nobody_but_an_administrator_opens_it()
    {
        var manager = await app.SignedInAsync(Roles.Manager);

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync(new Uri("/webhooks", UriKind.Relative))).StatusCode);
    }
}
