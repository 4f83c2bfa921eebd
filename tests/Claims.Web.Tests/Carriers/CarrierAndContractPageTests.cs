using System.Net;
using System.Net.Http.Headers;
using Claims.Contracts.IncidentFiles;
using Claims.Contracts.Model;
using Claims.Contracts.Volumes;
using Claims.Infrastructure.EventStore;
using Claims.Register;
using Claims.Users;
using Microsoft.Extensions.DependencyInjection;
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
        Assert.Contains("Recorded: CNY 5,000.00 paid in on", page, StringComparison.Ordinal);
        Assert.Contains("The balance is now CNY 5,000.00", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_long_ledger_is_paged_with_the_balance_after_each_line_and_the_penalties_above_it()
    {
        var finance = await app.SignedInAsync(Roles.Finance, "zh-CN");
        for (var i = 1; i <= 55; i++)
        {
            var token = await Forms.TokenAsync(finance, "/carriers?code=JD");
            var lodged = await Forms.PostAsync(finance, "/carriers?code=JD", ("__RequestVerificationToken", token), ("Code", "JD"), ("Amount", "100"),
                ("Reference", $"JD-DEP-{i:D2}"));
            Assert.Equal(HttpStatusCode.Redirect, lodged.StatusCode);
        }

        var first = await finance.GetStringAsync(new Uri("/carriers?code=JD", UriKind.Relative));
        var second = await finance.GetStringAsync(new Uri("/carriers?code=JD&p=2", UriKind.Relative));

        Assert.Contains("第 1 / 2 页", first, StringComparison.Ordinal);
        Assert.Contains("JD-DEP-55", first, StringComparison.Ordinal);
        Assert.DoesNotContain("JD-DEP-05<", first, StringComparison.Ordinal);
        Assert.Matches("JD-DEP-55</td><td>[^<]*</td><td class=\"num\">5,500.00 元</td>", first);
        Assert.Matches("JD-DEP-01</td><td>[^<]*</td><td class=\"num\">100.00 元</td>", second);
        Assert.True(first.IndexOf("id=\"penalties\"", StringComparison.Ordinal) < first.IndexOf("id=\"ledger\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_breached_service_level_shows_on_the_carriers_page_with_clause_rate_and_amount_owed()
    {
        // Nine ZTO losses in February 2026 over 20,000 parcels: 4.5 per 10,000 against the contract's 3 (clause 10.1),
        // two points started, 1% of the month's 40,000 freight each.
        var rows = Enumerable.Range(0, 9).Select(i => new IncidentRow(i + 2,
            new Incident($"SLFEB{i}", "ZTO", IncidentType.Lost, Direction.Forward, new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 3 + i), GoodsValue: 90m),
            $"SLFEB{i}", "ZTO", null)).ToList();
        Assert.Equal(9, (await app.Services.GetRequiredService<ClaimImport>().ImportAsync(rows, new Actor("lin"))).Created);
        await app.Services.GetRequiredService<VolumeImport>().ImportAsync([new VolumeRow(2, "ZTO", 2026, 2, 20_000, 40_000m, null)], new Actor("lin"));

        var manager = await app.SignedInAsync(Roles.Manager);
        var html = await manager.GetStringAsync(new Uri("/carriers?code=ZTO", UriKind.Relative));

        Assert.Contains("Service-level penalties owed", html, StringComparison.Ordinal);
        Assert.Matches("<td>2026-02</td>\\s*<td>10.1 · page 10 · [^<]+</td><td class=\"nowrap\">ZTO-SH-2026-017</td>\\s*<td class=\"num\">Lost 4.5 / 3.0</td>\\s*<td class=\"num\">CNY 800.00</td>", html);
    }

    [Fact]
    public async Task finance_records_what_the_carrier_paid_towards_a_penalty_and_an_overpayment_is_explained_beside_the_form()
    {
        // Eight ZTO losses in January 2026 over 20,000 parcels: 4.0 per 10,000, one point over, 1% of 30,000 freight.
        var rows = Enumerable.Range(0, 8).Select(i => new IncidentRow(i + 2,
            new Incident($"SLJAN{i}", "ZTO", IncidentType.Lost, Direction.Forward, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 3 + i), GoodsValue: 90m),
            $"SLJAN{i}", "ZTO", null)).ToList();
        Assert.Equal(8, (await app.Services.GetRequiredService<ClaimImport>().ImportAsync(rows, new Actor("lin"))).Created);
        await app.Services.GetRequiredService<VolumeImport>().ImportAsync([new VolumeRow(2, "ZTO", 2026, 1, 20_000, 30_000m, null)], new Actor("lin"));
        var finance = await app.SignedInAsync(Roles.Finance);
        var token = await Forms.TokenAsync(finance, "/carriers?code=ZTO");

        var over = await Forms.PostAsync(finance, "/carriers?code=ZTO&handler=Penalty", ("__RequestVerificationToken", token),
            ("Code", "ZTO"), ("Penalty", "2026-01|10.1"), ("Amount", "400"), ("Reference", "TT-PEN-1"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, over.StatusCode);
        Assert.Contains("more than the 300", await over.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var paid = await Forms.PostAsync(finance, "/carriers?code=ZTO&handler=Penalty", ("__RequestVerificationToken", token),
            ("Code", "ZTO"), ("Penalty", "2026-01|10.1"), ("Amount", "120"), ("Reference", "TT-PEN-1"));
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        var html = await finance.GetStringAsync(paid.Headers.Location);
        // Amount 300.00, received 120.00, nothing deducted, 180.00 still owed.
        Assert.Matches("""<td>2026-01</td>[\s\S]*?CNY 300.00</td>\s*<td>[^<]+</td>\s*<td class="num">CNY 120.00</td><td class="num">CNY 0.00</td>\s*<td class="num"><strong>CNY 180.00</strong>""", html);
        Assert.Contains("value=\"2026-01|10.1\"", html, StringComparison.Ordinal);
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
