using System.Net;
using System.Text;
using Claims.Users;
using Claims.Web.Security;
using Claims.Web.Tests.Support;

namespace Claims.Web.Tests.Security;

/// <summary>Every page and endpoint, every role: exactly what the permission matrix says; anonymous is sent to sign in (pages) or gets 401 (API).</summary>
public sealed class PermissionMatrixTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    private sealed record Target(string Method, string Url, Permission Permission, string? Json = null);

    private static IEnumerable<Target> Targets(string id) =>
    [
        new("GET", "/queue", Permission.ViewQueue),
        new("GET", "/claims", Permission.ViewClaims),
        new("GET", $"/claims/view?id={id}", Permission.ViewClaims),
        new("GET", "/incidents/report", Permission.ReportIncident),
        new("GET", "/finance", Permission.FinanceExports),
        new("GET", "/carriers?code=ZTO", Permission.ViewCarriers),
        new("GET", "/contracts", Permission.ViewContracts),
        new("GET", "/import", Permission.ImportIncidents),
        new("GET", "/managers", Permission.ViewComparison),
        new("GET", "/users", Permission.ManageUsers),
        new("GET", "/finance/export.csv", Permission.FinanceExports),
        new("GET", "/api/claims", Permission.ViewClaims),
        new("GET", $"/api/claims/{id}", Permission.ViewClaims),
        // Bodies that are unreadable or refused: an allowed role gets 400/422, never a change, so the claim stays as it was.
        new("POST", "/api/incidents", Permission.ReportIncident, "{}"),
        new("POST", $"/api/claims/{id}/file", Permission.FileClaim, """{"on":"not a date"}"""),
        new("POST", $"/api/claims/{id}/answer", Permission.RecordAnswer, """{"on":"not a date"}"""),
        new("POST", $"/api/claims/{id}/pay", Permission.RecordPayment, """{"amount":"x"}"""),
        new("POST", $"/api/claims/{id}/waive", Permission.WaiveClaim, """{"on":"not a date"}"""),
        new("POST", $"/api/claims/{id}/close", Permission.CloseClaim, """{"on":"not a date"}"""),
        new("POST", $"/api/claims/{id}/reopen", Permission.ReopenClaim, """{"on":"not a date"}"""),
        new("POST", $"/api/claims/{id}/override", Permission.OverrideAmount, """{"amount":"x"}"""),
        new("POST", $"/api/claims/{id}/note", Permission.AddNote, """{"on":"not a date"}"""),
        new("POST", $"/api/claims/{id}/evidence?fileName=empty.jpg", Permission.UploadEvidence, ""),
    ];

    [Fact]
    public async Task every_role_gets_exactly_what_the_matrix_allows_on_every_page_and_endpoint()
    {
        var claim = await Incidents.ReportAsync(await app.SignedInAsync(Roles.AfterSales));
        var failures = new List<string>();
        foreach (var role in Roles.All)
        {
            var client = await app.SignedInAsync(role);
            foreach (var t in Targets(claim.Escaped()))
            {
                var status = (int)(await SendAsync(client, t)).StatusCode;
                var allowed = PermissionMatrix.Allows(role, t.Permission);
                var ok = allowed ? status is not (401 or 403) and < 500 : status == 403;
                if (!ok)
                    failures.Add($"{role} {t.Method} {t.Url}: {status}, matrix says {(allowed ? "allowed" : "forbidden")}");
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task anonymous_people_are_sent_to_sign_in_and_anonymous_api_calls_get_401()
    {
        var claim = await Incidents.ReportAsync(await app.SignedInAsync(Roles.AfterSales));
        var client = app.Anonymous();
        foreach (var t in Targets(claim.Escaped()))
        {
            var response = await SendAsync(client, t);
            if (t.Url.StartsWith("/api", StringComparison.Ordinal))
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            else
            {
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Contains("/signin", response.Headers.Location!.ToString(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task a_forbidden_page_says_so_in_the_users_language()
    {
        var finance = await app.SignedInAsync(Roles.Finance, "zh-CN");
        var response = await finance.GetAsync(new Uri("/queue", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("无权访问", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task pages_cannot_be_framed_and_run_only_the_apps_own_script_files()
    {
        var response = await app.Anonymous().GetAsync(new Uri("/signin", UriKind.Relative));
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var script = await app.Anonymous().GetAsync(new Uri("/js/evidence-size.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, Target t)
    {
        var request = new HttpRequestMessage(new HttpMethod(t.Method), t.Url);
        if (t.Json is not null)
            request.Content = t.Url.Contains("/evidence", StringComparison.Ordinal)
                ? new ByteArrayContent([]) { Headers = { ContentType = new("application/octet-stream") } }
                : new StringContent(t.Json, Encoding.UTF8, "application/json");
        return client.SendAsync(request);
    }
}
