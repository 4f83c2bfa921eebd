using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Claims.Users;
using Claims.Web.Tests.Support;

namespace Claims.Web.Tests.BadInput;

/// <summary>Every file of tests/corpus/incidents uploaded on the import page: the page answers (422 or 200, never a 500) within a
/// second, and a refused file is explained on the page in the words the CLI uses.</summary>
[Collection(nameof(WebBadInputCollection))]
public sealed class ImportPageCorpusTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    public static IEnumerable<object[]> Files => WebCorpus.Files("incidents");

    [Theory]
    [MemberData(nameof(Files))]
    public async Task each_bad_incident_file_uploaded_on_the_import_page_gets_a_page_saying_what_is_wrong(string file)
    {
        var sales = await app.SignedInAsync(Roles.AfterSales);
        var token = await Forms.TokenAsync(sales, "/import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(WebCorpus.Folder("incidents"), file))) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "file", file },
        };
        var watch = Stopwatch.StartNew();

        var response = await sales.PostAsync(new Uri("/import", UriKind.Relative), form);

        var took = watch.Elapsed;
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var refusals = File.ReadAllLines(Path.Combine(WebCorpus.Folder("incidents"), "expectations.txt"))
            .Select(l => l.Split('|', 3, StringSplitOptions.TrimEntries)).Where(p => p.Length == 3 && p[0] == file && p[1] == "file").ToList();
        // A refused file is the uploader's to fix: 422 with the page and the reason; a read file is 200 with its row report.
        Assert.True(response.StatusCode == (refusals.Count > 0 ? HttpStatusCode.UnprocessableEntity : HttpStatusCode.OK), $"{file}: {(int)response.StatusCode}");
        foreach (var line in refusals)
        {
            // Files the page itself turns away (empty, not .csv/.xlsx) get its "choose a CSV or XLSX file" instead.
            var said = file is "empty.csv" or "html-saved-as.xls" ? "CSV" : line[2];
            Assert.True(html.Contains(said, StringComparison.Ordinal), $"{file}: the page does not say '{said}'");
            Assert.DoesNotContain("claims-import-", html, StringComparison.Ordinal);
        }
        if (refusals.Count > 0 && file is not ("empty.csv" or "html-saved-as.xls"))
            Assert.Contains($"{file}: ", html, StringComparison.Ordinal);
        Assert.True(took < TimeSpan.FromSeconds(1), $"{file} took {took.TotalMilliseconds:F0} ms");
    }
}
