using System.Net;
using System.Net.Http.Headers;
using Claims.Users;
using Claims.Web.Tests.Support;

namespace Claims.Web.Tests.Carriers;

/// <summary>Deposits on the carriers page, and contract files checked before they are registered.</summary>
public sealed class CarrierAndContractPageTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    [Fact]
    public async Task finance_records_a_deposit_and_sees_it_in_the_carriers_ledger()
    {
        var finance = await app.SignedInAsync(Roles.Finance);
        var token = await Forms.TokenAsync(finance, "/carriers?code=SF");
        var response = await Forms.PostAsync(finance, "/carriers?code=SF", ("__RequestVerificationToken", token),
            ("Code", "SF"), ("Amount", "5000"), ("Reference", "DEP-778"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await finance.GetStringAsync(response.Headers.Location);
        Assert.Contains("DEP-778", page, StringComparison.Ordinal);
        Assert.Contains("CNY 5,000.00", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_broken_contract_file_shows_its_errors_with_line_numbers_and_registers_nothing()
    {
        var admin = await app.SignedInAsync(Roles.Admin);
        var token = await Forms.TokenAsync(admin, "/contracts");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent("number: BAD-1\ncarrier:\n  code: [oops\n"u8.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("text/yaml") } }, "file", "BAD-1.yaml" },
        };
        var response = await admin.PostAsync(new Uri("/contracts?handler=Check", UriKind.Relative), form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("<code>BAD-1.yaml:[1-9][0-9]*:[0-9]+</code>", html);
        Assert.DoesNotContain("name=\"text\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("BAD-1 <span", await admin.GetStringAsync(new Uri("/contracts", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_contracts_page_lists_each_clause_with_its_page()
    {
        var sales = await app.SignedInAsync(Roles.AfterSales);
        var html = await sales.GetStringAsync(new Uri("/contracts", UriKind.Relative));
        Assert.Contains("ZTO-SH-2026-017", html, StringComparison.Ordinal);
        Assert.DoesNotContain("contracts.upload", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Check", html, StringComparison.Ordinal);
    }
}
