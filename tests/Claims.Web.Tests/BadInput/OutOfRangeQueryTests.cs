using System.Net;
using Claims.Users;
using Claims.Web.Tests.Support;

namespace Claims.Web.Tests.BadInput;

/// <summary>
/// Query values an outside probe sent that gave 500s (issue 17.5): each is refused with a reason, never a server error,
/// and every answer carries the security headers.
/// </summary>
public sealed class OutOfRangeQueryTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    [Theory]
    [InlineData(Roles.AfterSales, "/api/claims?page=2147483647")]
    [InlineData(Roles.AfterSales, "/api/claims?pageSize=-5&page=-3")]
    [InlineData(Roles.AfterSales, "/claims?p=2147483647")]
    [InlineData(Roles.AfterSales, "/queue?p=2147483647")]
    [InlineData(Roles.AfterSales, "/lang/en?returnUrl=/%09/x")]
    [InlineData(Roles.Finance, "/finance/packet/carrier?carrier=ZTO&month=9999-12")]
    [InlineData(Roles.Finance, "/finance/export.csv?from=2026-13-45")]
    [InlineData(Roles.Manager, "/managers?from=9999-10&to=9999-12")]
    public async Task an_out_of_range_value_is_refused_without_a_server_error(string role, string url)
    {
        var client = await app.SignedInAsync(role);

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task a_mistyped_export_filter_is_refused_before_anything_is_written()
    {
        var client = await app.SignedInAsync(Roles.Finance);

        var response = await client.GetAsync(new Uri("/finance/export.csv?from=2026-13-45", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("2026-13-45", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_api_page_beyond_the_limit_is_400_with_the_range()
    {
        var client = await app.SignedInAsync(Roles.AfterSales);

        var response = await client.GetAsync(new Uri("/api/claims?page=2147483647", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("page is from 1 to", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
