using System.Net;
using Claims.Notifications;
using Claims.Users;
using Claims.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Web.Tests.Notifications;

/// <summary>Each user's notification settings page, and the inbox with its unread count in the header.</summary>
public sealed class NotificationPagesTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    [Fact]
    public async Task a_user_sets_the_address_and_language_of_their_digest_and_a_wrong_address_is_explained_in_chinese()
    {
        var staff = await app.SignedInAsync(Roles.Finance, "zh-CN");
        var token = await Forms.TokenAsync(staff, "/account/notifications");

        var bad = await Forms.PostAsync(staff, "/account/notifications",
            ("__RequestVerificationToken", token), ("Email", "not an address"), ("Digest", "true"), ("Digest", "false"), ("Language", "en"));
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("这不是可以收信的邮箱地址", badHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"not an address\"", badHtml, StringComparison.Ordinal); // what was typed is kept

        var good = await Forms.PostAsync(staff, "/account/notifications",
            ("__RequestVerificationToken", token), ("Email", " fin@example.com "), ("Digest", "false"), ("Language", "en"));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var saved = await app.Services.GetRequiredService<UserDirectory>().NotificationsOfAsync(Roles.Finance);
        Assert.Equal(new NotificationSettings("fin@example.com", false, "en"), saved);
        Assert.Contains("已保存", await staff.GetStringAsync(good.Headers.Location!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_header_counts_unread_digests_and_opening_one_shows_it_and_marks_it_read()
    {
        var digest = new Digest(Roles.AfterSales, Roles.AfterSales, new DateOnly(2026, 5, 10), "zh",
            [new DigestSection("您的截止日期", [new DigestItem("提交索赔：中通快递 <L1>，截止 2026-05-12", "claim:ZTO:L1:forward")])]);
        await app.Services.GetRequiredService<Inbox>().KeepAsync(digest, DigestMail.Of(digest, "http://localhost"), CancellationToken.None);
        var staff = await app.SignedInAsync(Roles.AfterSales, "zh-CN");

        var queue = await staff.GetStringAsync(new Uri("/queue", UriKind.Relative));
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(queue, "收件箱\\s*<span class=\"badge count\" title=\"1 条未读\">1</span>"), queue[queue.IndexOf("class=\"who\"", StringComparison.Ordinal)..][..600]);

        var list = await staff.GetStringAsync(new Uri("/inbox", UriKind.Relative));
        var id = System.Text.RegularExpressions.Regex.Match(list, "href=\"/inbox\\?id=(\\d+)\"").Groups[1].Value;
        var opened = await staff.GetStringAsync(new Uri($"/inbox?id={id}", UriKind.Relative));

        Assert.Contains("物流索赔每日提醒 2026-05-10：1 项", opened, StringComparison.Ordinal);
        Assert.Contains("中通快递 &lt;L1&gt;", opened, StringComparison.Ordinal); // the digest's text stays text
        Assert.DoesNotContain("badge count", opened, StringComparison.Ordinal);
        // Someone else opening that id sees nothing of it and marks nothing.
        var other = await app.SignedInAsync(Roles.Manager);
        Assert.DoesNotContain("&lt;L1&gt;", await other.GetStringAsync(new Uri($"/inbox?id={id}", UriKind.Relative)), StringComparison.Ordinal);
    }
}
