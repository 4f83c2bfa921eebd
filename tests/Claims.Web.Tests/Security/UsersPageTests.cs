using System.Net;
using System.Net.Http.Json;
using Claims.Users;
using Claims.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Web.Tests.Security;

/// <summary>An administrator adds a colleague in the browser, who can then sign in with that role.</summary>
public sealed class UsersPageTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    [Fact]
    public async Task an_added_user_signs_in_with_the_role_given()
    {
        var admin = await app.SignedInAsync(Roles.Admin);
        var token = await Forms.TokenAsync(admin, "/users");
        var response = await Forms.PostAsync(admin, "/users", ("__RequestVerificationToken", token),
            ("Name", "王芳"), ("Role", Roles.Finance), ("Password", "fang-secret-9"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var signIn = await app.Anonymous().PostAsJsonAsync("/api/signin", new { name = "王芳", password = "fang-secret-9" });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("\"finance\"", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_short_password_is_refused_and_nobody_is_added()
    {
        var admin = await app.SignedInAsync(Roles.Admin);
        var token = await Forms.TokenAsync(admin, "/users");
        var response = await Forms.PostAsync(admin, "/users", ("__RequestVerificationToken", token),
            ("Name", "short"), ("Role", Roles.Finance), ("Password", "123"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.DoesNotContain("<td>short</td>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_role_changed_on_the_page_ends_the_users_session_and_a_new_password_replaces_the_old()
    {
        var users = app.Services.GetRequiredService<UserDirectory>();
        await users.EnsureAsync("李雷", Roles.AfterSales, "li-lei-secret-1");
        var li = app.Anonymous("zh-CN");
        Assert.Equal(HttpStatusCode.OK, (await li.PostAsJsonAsync("/api/signin", new { name = "李雷", password = "li-lei-secret-1" })).StatusCode);
        var admin = await app.SignedInAsync(Roles.Admin, "zh-CN");

        var changed = await Forms.PostAsync(admin, "/users?handler=Role", ("__RequestVerificationToken", await Forms.TokenAsync(admin, "/users")),
            ("user", "李雷"), ("newRole", Roles.Manager));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("李雷 的角色已改为", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await li.GetAsync(new Uri("/api/claims", UriKind.Relative))).StatusCode);

        var reset = await Forms.PostAsync(admin, "/users?handler=Password", ("__RequestVerificationToken", await Forms.TokenAsync(admin, "/users")),
            ("user", "李雷"), ("newPassword", "li-lei-secret-2"));
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await li.PostAsJsonAsync("/api/signin", new { name = "李雷", password = "li-lei-secret-1" })).StatusCode);
        var again = await li.PostAsJsonAsync("/api/signin", new { name = "李雷", password = "li-lei-secret-2" });
        Assert.Contains("\"manager\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var nobody = await Forms.PostAsync(admin, "/users?handler=Role", ("__RequestVerificationToken", await Forms.TokenAsync(admin, "/users")),
            ("user", "nobody-here"), ("newRole", Roles.Manager));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nobody.StatusCode);
        Assert.Contains("没有这个用户", await nobody.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_display_name_set_on_the_page_is_who_the_claims_timeline_and_the_header_show()
    {
        await app.Services.GetRequiredService<UserDirectory>().EnsureAsync("liu", Roles.AfterSales, "liu-secret-12");
        var liu = app.Anonymous("zh-CN");
        Assert.Equal(HttpStatusCode.OK, (await liu.PostAsJsonAsync("/api/signin", new { name = "liu", password = "liu-secret-12" })).StatusCode);
        var claim = await Incidents.ReportAsync(liu);
        var admin = await app.SignedInAsync(Roles.Admin, "zh-CN");

        var named = await Forms.PostAsync(admin, "/users?handler=DisplayName", ("__RequestVerificationToken", await Forms.TokenAsync(admin, "/users")),
            ("user", "liu"), ("displayName", " 刘洋 "));
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        Assert.Contains("liu 现在显示为 刘洋", await named.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var page = await admin.GetStringAsync(new Uri($"/claims/view?id={claim.Escaped()}", UriKind.Relative));
        Assert.Contains("· 刘洋</span>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("· liu</span>", page, StringComparison.Ordinal);
        // The header greets by the new name on the next page, in the session that was open before the change too.
        Assert.Contains(">刘洋 · 售后<", await liu.GetStringAsync(new Uri("/queue", UriKind.Relative)), StringComparison.Ordinal);

        // Nobody is shown by another's name, nor as the scheduled worker, nor with invisible characters.
        await app.Services.GetRequiredService<UserDirectory>().EnsureAsync("wang", Roles.Finance, "wang-secret-12");
        foreach (var taken in new[] { "刘洋", "LIU", "系统", "System", "刘\u202E洋" })
        {
            var refused = await Forms.PostAsync(admin, "/users?handler=DisplayName", ("__RequestVerificationToken", await Forms.TokenAsync(admin, "/users")),
                ("user", "wang"), ("displayName", taken));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        }
        var system = await Forms.PostAsync(admin, "/users", ("__RequestVerificationToken", await Forms.TokenAsync(admin, "/users")),
            ("Name", "SYSTEM"), ("Role", Roles.Finance), ("Password", "system-secret-1"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, system.StatusCode);

        var control = await Forms.PostAsync(admin, "/users?handler=DisplayName", ("__RequestVerificationToken", await Forms.TokenAsync(admin, "/users")),
            ("user", "liu"), ("displayName", "刘\u0007洋"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, control.StatusCode);
        Assert.Contains("显示姓名最多 64 个字符", await control.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
