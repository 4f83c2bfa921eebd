using System.Net;
using System.Text;
using Claims.Users;
using Claims.Web.Tests.Support;

namespace Claims.Web.Tests.Finance;

/// <summary>Finance downloads the register and packets from its page.</summary>
public sealed class FinancePageTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    [Fact]
    public async Task finance_downloads_the_excel_register_the_csv_and_a_claim_packet()
    {
        var claim = await Incidents.ReportAsync(await app.SignedInAsync(Roles.AfterSales));
        var finance = await app.SignedInAsync(Roles.Finance);
        Assert.Contains("/finance/export.xlsx", await finance.GetStringAsync(new Uri("/finance", UriKind.Relative)), StringComparison.Ordinal);
        var xlsx = await finance.GetAsync(new Uri("/finance/export.xlsx?carrier=ZTO", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
        var csv = await finance.GetStringAsync(new Uri("/finance/export.csv", UriKind.Relative));
        Assert.Contains(claim.GetProperty("waybill").GetString()!, csv, StringComparison.Ordinal);
        var pdf = await finance.GetByteArrayAsync(new Uri($"/finance/packet/claim?id={claim.Escaped()}", UriKind.Relative));
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
    }

    [Fact]
    public async Task a_packet_for_an_unknown_claim_is_404()
    {
        var finance = await app.SignedInAsync(Roles.Finance);
        var response = await finance.GetAsync(new Uri("/finance/packet/claim?id=claim:ZTO:none:forward", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
