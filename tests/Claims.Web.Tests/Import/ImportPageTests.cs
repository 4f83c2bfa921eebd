using System.Net.Http.Headers;
using System.Text;
using Claims.Users;
using Claims.Web.Tests.Support;

namespace Claims.Web.Tests.Import;

/// <summary>After-sales uploads an exception list and sees the row report.</summary>
public sealed class ImportPageTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    [Fact]
    public async Task an_uploaded_csv_reports_created_duplicate_and_invalid_rows_with_line_numbers()
    {
        var sales = await app.SignedInAsync(Roles.AfterSales);
        var today = DateTime.Today.ToString("yyyy-MM-dd");
        var csv = $"""
            waybill,carrier,incident,direction,shippedOn,incidentOn,goodsValue,declaredValue,freight,claimedAmount,weightKg,daysLate,orderId,note
            IMP-1,ZTO,lost,forward,{today},{today},100.00,0,10.00,,1,,,
            IMP-1,ZTO,lost,forward,{today},{today},100.00,0,10.00,,1,,,
            IMP-2,ZTO,exploded,forward,{today},{today},100.00,0,10.00,,1,,,
            """;
        var token = await Forms.TokenAsync(sales, "/import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }, "file", "exceptions.csv" },
        };
        var html = await (await sales.PostAsync(new Uri("/import", UriKind.Relative), form)).Content.ReadAsStringAsync();
        Assert.Matches("Claims created</dt><dd><strong>1</strong>", html);
        Assert.Matches("Duplicates</dt><dd>1</dd>", html);
        Assert.Matches("Invalid rows</dt><dd>1</dd>", html);
        Assert.Matches("<td>4</td>", html);
    }
}
