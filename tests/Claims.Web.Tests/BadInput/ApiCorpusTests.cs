using System.Diagnostics;
using System.Net;
using System.Text;
using Claims.Users;
using Claims.Web.Tests.Support;

namespace Claims.Web.Tests.BadInput;

/// <summary>Every body of tests/corpus/api and every upload of tests/corpus/evidence sent to the running app: a clear 4xx, fast, and the app keeps working.</summary>
[Collection(nameof(WebBadInputCollection))]
public sealed class ApiCorpusTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    public static IEnumerable<object[]> Bodies => WebCorpus.Files("api");

    public static IEnumerable<object[]> Uploads => WebCorpus.Files("evidence");

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task each_bad_api_body_gets_a_clear_4xx_fast_and_the_next_good_report_still_lands(string file)
    {
        var expected = WebCorpus.Of("api", file);
        var client = await app.SignedInAsync(Roles.Admin);
        var claim = (await Incidents.ReportAsync(client)).Escaped();
        var parts = expected.Target.Split(' ', 2);
        var request = new HttpRequestMessage(new HttpMethod(parts[0]), parts[1].Replace("{claim}", claim, StringComparison.Ordinal))
        {
            Content = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(WebCorpus.Folder("api"), file))) { Headers = { ContentType = new("application/json") } },
        };

        var (status, body, took) = await SendAsync(client, request);

        Assert.True(status == expected.Status, $"{file}: {status} {body}");
        Assert.True(expected.Fragment == "-" || body.Contains(expected.Fragment, StringComparison.Ordinal), $"{file}: '{expected.Fragment}' not in {body}");
        Assert.True(took < TimeSpan.FromSeconds(1), $"{file} took {took.TotalMilliseconds:F0} ms");
        await Incidents.ReportAsync(client);
    }

    [Theory]
    [MemberData(nameof(Uploads))]
    public async Task each_bad_evidence_upload_is_refused_with_its_reason_and_the_claim_keeps_only_good_evidence(string file)
    {
        var expected = WebCorpus.Of("evidence", file);
        var client = await app.SignedInAsync(Roles.AfterSales);
        var claim = (await Incidents.ReportAsync(client)).Escaped();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/claims/{claim}/evidence?fileName={Uri.EscapeDataString(file)}")
        {
            Content = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(WebCorpus.Folder("evidence"), file))) { Headers = { ContentType = new("application/octet-stream") } },
        };

        var (status, body, took) = await SendAsync(client, request);

        Assert.True(status == expected.Status, $"{file}: {status} {body}");
        Assert.True(expected.Fragment == "-" || body.Contains(expected.Fragment, StringComparison.Ordinal), $"{file}: '{expected.Fragment}' not in {body}");
        Assert.True(took < TimeSpan.FromSeconds(1), $"{file} took {took.TotalMilliseconds:F0} ms");
        if (status >= 400)
            Assert.DoesNotContain(file, await client.GetStringAsync(new Uri($"/api/claims/{claim}", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("waybill", 1_000_000, true)]
    [InlineData("carrier", 100_000, true)]
    [InlineData("note", 5_000_000, true)]
    [InlineData("note", 4_000, false)]
    [InlineData("orderId", 1_000_000, true)]
    [InlineData("orderId", 64, false)]
    public async Task a_huge_string_in_a_report_is_refused_or_kept_never_a_500(string field, int length, bool refused)
    {
        var client = await app.SignedInAsync(Roles.AfterSales);
        var fields = new Dictionary<string, string>
        {
            ["carrier"] = "ZTO", ["waybill"] = "HUGE" + field, ["direction"] = "forward", ["incident"] = "lost",
            ["incidentOn"] = DateTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["goodsValue"] = "300",
            ["freight"] = "12", ["weightKg"] = "1.5",
        };
        // Digits that do not repeat, so the database cannot compress them into an index entry by luck.
        var random = new Random(length);
        fields[field] = string.Concat(Enumerable.Range(0, length).Select(_ => (char)('0' + random.Next(10))));
        var json = System.Text.Json.JsonSerializer.Serialize(fields);

        var (status, body, took) = await SendAsync(client, new HttpRequestMessage(HttpMethod.Post, "/api/incidents") { Content = new StringContent(json, Encoding.UTF8, "application/json") });

        Assert.True(refused ? status == 422 : status is (>= 200 and < 300), $"{field}: {status} {body[..Math.Min(300, body.Length)]}");
        Assert.True(took < TimeSpan.FromSeconds(2), $"{field} took {took.TotalMilliseconds:F0} ms");
        await Incidents.ReportAsync(client);
    }

    [Fact]
    public async Task evidence_over_the_size_limit_is_refused_without_storing_it()
    {
        var client = await app.SignedInAsync(Roles.AfterSales);
        var claim = (await Incidents.ReportAsync(client)).Escaped();
        var big = new byte[21 * 1024 * 1024];
        Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==").CopyTo(big, 0);

        var (status, body, took) = await SendAsync(client, new HttpRequestMessage(HttpMethod.Post, $"/api/claims/{claim}/evidence?fileName=big.png")
        {
            Content = new ByteArrayContent(big) { Headers = { ContentType = new("application/octet-stream") } },
        });

        Assert.True(status is 413 or 422, $"{status} {body}");
        Assert.Contains("limit", body, StringComparison.Ordinal);
        Assert.True(took < TimeSpan.FromSeconds(2), $"took {took.TotalMilliseconds:F0} ms");
        Assert.DoesNotContain("big.png", await client.GetStringAsync(new Uri($"/api/claims/{claim}", UriKind.Relative)), StringComparison.Ordinal);
    }

    private static async Task<(int Status, string Body, TimeSpan Took)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        var watch = Stopwatch.StartNew();
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, body, watch.Elapsed);
    }
}
