using System.Net;
using System.Net.Http.Json;
using Claims.Users;
using Claims.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Web.Tests.Security;

/// <summary>What a sign-in cookie is worth after sign-out or a role change, and what guessing passwords meets.</summary>
public sealed class SessionTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    [Fact]
    public async Task a_cookie_copied_before_sign_out_no_longer_signs_anyone_in()
    {
        var cookie = await SignInCookieAsync(Roles.AfterSales, ClaimsWebApp.Password);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/api/claims", cookie)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Post, "/api/signout", cookie)).StatusCode);

        // The same cookie, as a thief who copied it would send it.
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/api/claims", cookie)).StatusCode);
        var page = await SendAsync(HttpMethod.Get, "/claims", cookie);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/signin", page.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task a_role_change_ends_the_signed_in_users_session_and_the_next_sign_in_has_the_new_role()
    {
        var users = app.Services.GetRequiredService<UserDirectory>();
        await users.EnsureAsync("promoted", Roles.AfterSales, ClaimsWebApp.Password);
        var cookie = await SignInCookieAsync("promoted", ClaimsWebApp.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, "/finance/export.csv", cookie)).StatusCode);

        Assert.Null(await users.ChangeRoleAsync("promoted", Roles.Finance));

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/api/claims", cookie)).StatusCode);
        var again = await SignInCookieAsync("promoted", ClaimsWebApp.Password);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/finance/export.csv", again)).StatusCode);
    }

    [Fact]
    public async Task guessing_a_real_name_and_an_unknown_one_get_the_same_answers_and_then_429_with_retry_after()
    {
        await app.Services.GetRequiredService<UserDirectory>().EnsureAsync("guessed", Roles.Manager, ClaimsWebApp.Password);
        async Task<List<string>> GuessAsync(string name)
        {
            var client = app.Anonymous();
            var answers = new List<string>();
            for (var i = 0; i < UserDirectory.FreeFailures + 2; i++)
            {
                var r = await client.PostAsJsonAsync("/api/signin", new { name, password = "wrong-guess-" + i });
                var body = (await r.Content.ReadAsStringAsync()).Replace(name, "NAME", StringComparison.Ordinal);
                answers.Add($"{(int)r.StatusCode}|{r.Headers.RetryAfter?.Delta}|{System.Text.RegularExpressions.Regex.Replace(body, "\"traceId\":\"[^\"]*\"", "")}");
            }
            return answers;
        }

        var real = await GuessAsync("guessed");
        var unknown = await GuessAsync("never-existed");

        Assert.Equal(real, unknown);
        Assert.All(real.Take(UserDirectory.FreeFailures), a => Assert.StartsWith("401|", a, StringComparison.Ordinal));
        Assert.All(real.Skip(UserDirectory.FreeFailures), a => Assert.StartsWith("429|00:00:01|", a, StringComparison.Ordinal));
        Assert.DoesNotContain(real, a => a.Contains("locked", StringComparison.OrdinalIgnoreCase));

        // The owner waits the second out and is in.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        var owner = await app.Anonymous().PostAsJsonAsync("/api/signin", new { name = "guessed", password = ClaimsWebApp.Password });
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
    }

    private async Task<string> SignInCookieAsync(string name, string password)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var response = await client.PostAsJsonAsync("/api/signin", new { name, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("claims.auth=", StringComparison.Ordinal));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string cookie)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}
