using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Claims.Users;
using Claims.Web.Security;
using Claims.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Web.Tests.Security;

/// <summary>
/// The role matrix over every endpoint the app has, read from its EndpointDataSource: an endpoint added tomorrow is
/// exercised by these tests without anyone listing it, and one that names an unknown policy fails them.
/// </summary>
public sealed class EveryEndpointTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    private sealed record Target(string Method, string Pattern, Permission? Permission, bool Anonymous, bool IsPage);

    // Query strings a few endpoints need to get past "bad request"; anything else is called bare (a 400 still proves the door opened).
    private static readonly Dictionary<string, string> Queries = new()
    {
        ["/carriers"] = "?code=ZTO",
        ["/claims/view"] = "?id={id}",
        ["/finance/packet/claim"] = "?id={id}",
        ["/finance/packet/carrier"] = "?carrier=ZTO&month=2026-01",
        ["/lang/{code}"] = "?returnUrl=/queue",
    };

    private List<Target> Endpoints()
    {
        var targets = new List<Target>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct().ToList();
            Assert.True(policies.Count <= 1, $"{pattern} names several policies: {string.Join(", ", policies)}");
            Permission? permission = policies.Count == 0 ? null
                : Enum.TryParse<Permission>(policies[0], out var p) ? p : throw new InvalidOperationException($"{pattern} names the unknown policy {policies[0]}");
            var isPage = endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null;
            var methods = isPage ? ["GET"] : endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            targets.AddRange(methods.Select(m => new Target(m, pattern, permission, anonymous, isPage)));
        }
        return targets;
    }

    [Fact]
    public void the_endpoint_list_holds_the_pages_and_api_the_app_is_known_for()
    {
        var patterns = Endpoints().Select(t => $"{t.Method} {t.Pattern}").ToHashSet();
        // If reading the endpoint data source broke, the other tests would pass over an empty list.
        foreach (var known in new[] { "GET /queue", "GET /users", "POST /api/incidents", "POST /api/claims/{id}/pay", "GET /evidence/{sha256}", "GET /finance/export.csv" })
            Assert.Contains(known, patterns);
        Assert.True(patterns.Count > 25, string.Join("\n", patterns));
    }

    [Fact]
    public async Task every_role_gets_exactly_what_the_matrix_allows_on_every_endpoint()
    {
        var (claim, sha) = await ClaimWithEvidenceAsync();
        var failures = new List<string>();
        foreach (var role in Roles.All)
        {
            var client = await app.SignedInAsync(role);
            // Signing out ends the session the rest would use: last.
            foreach (var t in Endpoints().Where(t => !t.Anonymous).OrderBy(t => t.Pattern.EndsWith("/signout", StringComparison.Ordinal)))
            {
                var response = await SendAsync(client, t, claim, sha);
                var status = (int)response.StatusCode;
                var allowed = t.Permission is not { } p || PermissionMatrix.Allows(role, p);
                var ok = allowed ? status is not (401 or 403) and < 500 : status == 403;
                if (!ok)
                    failures.Add($"{role} {t.Method} {t.Pattern}: {status}, the matrix says {(allowed ? "allowed" : "forbidden")} ({t.Permission?.ToString() ?? "signed in"})");
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task anonymous_callers_reach_only_the_endpoints_marked_anonymous()
    {
        var (claim, sha) = await ClaimWithEvidenceAsync();
        var client = app.Anonymous();
        var failures = new List<string>();
        foreach (var t in Endpoints())
        {
            var response = await SendAsync(client, t, claim, sha);
            var status = (int)response.StatusCode;
            var toSignIn = status == 302 && response.Headers.Location?.ToString().Contains("/signin", StringComparison.Ordinal) == true;
            // An anonymous endpoint may still answer 401 itself (sign-in with a wrong password); it must not be sent to sign in.
            var ok = t.Anonymous ? status < 500 && !toSignIn
                : t.Pattern.StartsWith("/api", StringComparison.Ordinal) ? status == 401 : toSignIn;
            if (!ok)
                failures.Add($"anonymous {t.Method} {t.Pattern}: {status} {response.Headers.Location}, {(t.Anonymous ? "marked anonymous" : "needs a signed-in user")}");
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task evidence_is_downloaded_only_by_signed_in_people_who_may_see_claims()
    {
        var (_, sha) = await ClaimWithEvidenceAsync();
        var url = new Uri($"/evidence/{sha}", UriKind.Relative);
        var anonymous = await app.Anonymous().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Empty(await anonymous.Content.ReadAsByteArrayAsync());
        foreach (var role in Roles.All)
        {
            var response = await (await app.SignedInAsync(role)).GetAsync(url);
            Assert.Equal(PermissionMatrix.Allows(role, Permission.ViewClaims) ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
        }
        // A hash that is not stored is a plain 404, not a path into the disk.
        var admin = await app.SignedInAsync(Roles.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri("/evidence/" + new string('0', 64), UriKind.Relative))).StatusCode);
        Assert.True((int)(await admin.GetAsync(new Uri("/evidence/..%2F..%2Fetc%2Fpasswd", UriKind.Relative))).StatusCode is 400 or 404);
    }

    private async Task<(string Claim, string Sha)> ClaimWithEvidenceAsync()
    {
        var client = await app.SignedInAsync(Roles.AfterSales);
        var claim = await Incidents.ReportAsync(client);
        byte[] png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        var upload = await client.PostAsync($"/api/claims/{claim.Escaped()}/evidence?fileName=photo.png",
            new ByteArrayContent(png) { Headers = { ContentType = new("application/octet-stream") } });
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        return (claim.Escaped(), (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sha256").GetString()!);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, Target t, string claim, string sha)
    {
        var path = t.Pattern.Replace("{id}", claim, StringComparison.Ordinal).Replace("{sha256}", sha, StringComparison.Ordinal)
            .Replace("{code:int}", "404", StringComparison.Ordinal).Replace("{code}", "en", StringComparison.Ordinal)
            .Replace("{documentName}", "v1", StringComparison.Ordinal);
        path += Queries.TryGetValue(t.Pattern, out var q) ? q.Replace("{id}", claim, StringComparison.Ordinal) : "";
        Assert.DoesNotContain("{", path, StringComparison.Ordinal);
        var request = new HttpRequestMessage(new HttpMethod(t.Method), path);
        if (t.Method == "POST")
            // Unreadable bodies: an allowed role gets 400/415/422 and nothing changes, so the run leaves the claim as it was.
            request.Content = t.Pattern.EndsWith("/evidence", StringComparison.Ordinal)
                ? new ByteArrayContent([]) { Headers = { ContentType = new("application/octet-stream") } }
                : new StringContent("""{"on":"not a date","amount":"x"}""", Encoding.UTF8, "application/json");
        return client.SendAsync(request);
    }
}
