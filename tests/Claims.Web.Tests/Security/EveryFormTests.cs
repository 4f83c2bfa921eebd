using System.Net;
using System.Text.RegularExpressions;
using Claims.Users;
using Claims.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Web.Tests.Security;

/// <summary>
/// Antiforgery on every form: every page POST handler the app has (read from its endpoints, so a new one is included)
/// refuses a post without the token, and every form a page renders carries one.
/// </summary>
public sealed partial class EveryFormTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    private sealed record Handler(string Pattern, string? Name);

    private List<Handler> PostHandlers() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Pattern: "/" + e.RoutePattern.RawText!.TrimStart('/'), Page: e.Metadata.GetMetadata<CompiledPageActionDescriptor>()))
            .Where(e => e.Page is not null)
            .SelectMany(e => e.Page!.HandlerMethods.Where(h => h.HttpMethod.Equals("POST", StringComparison.OrdinalIgnoreCase))
                .Select(h => new Handler(e.Pattern, h.Name)))
            .ToList();

    [Fact]
    public async Task every_page_post_handler_refuses_a_post_without_the_antiforgery_token()
    {
        var claim = (await Incidents.ReportAsync(await app.SignedInAsync(Roles.AfterSales))).Escaped();
        var handlers = PostHandlers();
        Assert.Contains(handlers, h => h.Pattern == "/signin");
        Assert.Contains(handlers, h => h.Pattern == "/claims/view");
        // Admin holds every permission, so the only thing that can refuse these posts is the missing token.
        var admin = await app.SignedInAsync(Roles.Admin);
        var anonymous = app.Anonymous();
        var failures = new List<string>();
        foreach (var h in handlers)
        {
            var url = h.Pattern.Replace("{code:int}", "404", StringComparison.Ordinal) + $"?id={claim}&code=ZTO"
                + (h.Name is null ? "" : "&handler=" + h.Name);
            foreach (var client in new[] { admin, anonymous })
            {
                var response = await Forms.PostAsync(client, url, ("name", Roles.Admin), ("password", ClaimsWebApp.Password), ("note", "forged"));
                var status = (int)response.StatusCode;
                var refused = status == 400 || (client == anonymous && status is 302 or 401 or 403);
                if (!refused)
                    failures.Add($"POST {url} ({(client == admin ? "admin" : "anonymous")}) without a token: {status}");
            }
        }
        Assert.Empty(failures);
        // The forged note did not land on the claim.
        Assert.DoesNotContain("forged", await admin.GetStringAsync(new Uri($"/claims/view?id={claim}", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task every_form_the_pages_render_carries_an_antiforgery_token()
    {
        var claim = (await Incidents.ReportAsync(await app.SignedInAsync(Roles.AfterSales))).Escaped();
        var admin = await app.SignedInAsync(Roles.Admin);
        var pages = PostHandlers().Select(h => h.Pattern).Where(p => !p.Contains('{', StringComparison.Ordinal)).Distinct().ToList();
        var failures = new List<string>();
        var forms = 0;
        foreach (var page in pages)
        {
            var client = page == "/signin" ? app.Anonymous() : admin;
            var response = await client.GetAsync(new Uri($"{page}?id={claim}&code=ZTO", UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK)
                continue; // e.g. /signout, which only answers a post from the layout's form (checked on the other pages)
            var html = await response.Content.ReadAsStringAsync();
            foreach (Match form in PostForm().Matches(html))
            {
                forms++;
                if (!form.Value.Contains("__RequestVerificationToken", StringComparison.Ordinal))
                    failures.Add($"{page}: {form.Value[..Math.Min(120, form.Value.Length)]}");
            }
        }
        Assert.True(forms >= pages.Count - 2, $"only {forms} post forms on {pages.Count} pages");
        Assert.Empty(failures);
    }

    [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex PostForm();
}
