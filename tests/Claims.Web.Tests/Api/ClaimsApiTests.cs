using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Users;
using Claims.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Web.Tests.Api;

/// <summary>The JSON API an integration uses: the lifecycle through HTTP, conflicts, refusals and the OpenAPI document.</summary>
public sealed class ClaimsApiTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    [Fact]
    public async Task an_answer_and_a_payment_recorded_through_the_api_leave_nothing_outstanding()
    {
        var sales = await app.SignedInAsync(Roles.AfterSales);
        var claim = await Incidents.ReportAsync(sales);
        var id = claim.Escaped();
        Assert.Equal(HttpStatusCode.OK, (await sales.PostAsJsonAsync($"/api/claims/{id}/file", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sales.PostAsJsonAsync($"/api/claims/{id}/answer", new { answer = "accept" })).StatusCode);
        var finance = await app.SignedInAsync(Roles.Finance);
        var amount = claim.GetProperty("amount").GetDecimal();
        var paid = await finance.PostAsJsonAsync($"/api/claims/{id}/pay", new { amount = amount.ToString(System.Globalization.CultureInfo.InvariantCulture), reference = "BANK-1" });
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        var after = await paid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("paid", after.GetProperty("status").GetString());
        Assert.Equal(0m, after.GetProperty("outstanding").GetDecimal());
    }

    [Fact]
    public async Task a_step_on_a_version_that_moved_on_is_409_problem_details()
    {
        var client = await app.SignedInAsync(Roles.AfterSales);
        var claim = await Incidents.ReportAsync(client);
        var version = claim.GetProperty("version").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/claims/{claim.Escaped()}/note", new { version, reason = "first" })).StatusCode);
        var second = await client.PostAsJsonAsync($"/api/claims/{claim.Escaped()}/note", new { version, reason = "second" });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Reload", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task twenty_payments_sent_at_once_at_the_same_version_record_the_money_once_and_the_rest_are_409()
    {
        var sales = await app.SignedInAsync(Roles.AfterSales);
        var finance = await app.SignedInAsync(Roles.Finance);
        // Several rounds: a race that is lost only now and then must still be caught.
        for (var round = 0; round < 5; round++)
        {
            var claim = await Incidents.ReportAsync(sales);
            var id = claim.Escaped();
            Assert.Equal(HttpStatusCode.OK, (await sales.PostAsJsonAsync($"/api/claims/{id}/file", new { })).StatusCode);
            var answered = await sales.PostAsJsonAsync($"/api/claims/{id}/answer", new { answer = "accept" });
            var version = (await answered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();

            var answers = await AtOnceAsync(20, async () =>
                (await finance.PostAsJsonAsync($"/api/claims/{id}/pay", new { version, amount = "10", reference = "BANK-RACE" })).StatusCode);

            Assert.Single(answers, s => s == HttpStatusCode.OK);
            Assert.All(answers.Where(s => s != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.Conflict, s));
            var after = await (await finance.GetAsync($"/api/claims/{id}")).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(10m, after.GetProperty("received").GetDecimal());
        }
    }

    [Fact]
    public async Task a_payment_sent_again_with_the_same_idempotency_key_gets_the_same_answer_and_is_recorded_once()
    {
        var (finance, id) = await AcceptedClaimAsync();
        var key = Guid.NewGuid().ToString();

        var first = await PostWithKeyAsync(finance, $"/api/claims/{id}/pay", key, new { amount = "10", reference = "BANK-IDEM-1" });
        var again = await PostWithKeyAsync(finance, $"/api/claims/{id}/pay", key, new { amount = "10", reference = "BANK-IDEM-1" });
        var reused = await PostWithKeyAsync(finance, $"/api/claims/{id}/pay", key, new { amount = "11", reference = "BANK-IDEM-2" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.True(again.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        var after = await (await finance.GetAsync($"/api/claims/{id}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(10m, after.GetProperty("received").GetDecimal());
    }

    [Fact]
    public async Task ten_retries_at_once_with_one_idempotency_key_record_one_payment()
    {
        var (finance, id) = await AcceptedClaimAsync();
        var key = Guid.NewGuid().ToString();
        var answers = await AtOnceAsync(10, async () =>
            (await PostWithKeyAsync(finance, $"/api/claims/{id}/pay", key, new { amount = "7", reference = "BANK-IDEM-RACE" })).StatusCode);

        Assert.Contains(HttpStatusCode.OK, answers);
        Assert.All(answers, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var after = await (await finance.GetAsync($"/api/claims/{id}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(7m, after.GetProperty("received").GetDecimal());
    }

    private async Task<(HttpClient Finance, string Id)> AcceptedClaimAsync()
    {
        var sales = await app.SignedInAsync(Roles.AfterSales);
        var claim = await Incidents.ReportAsync(sales);
        var id = claim.Escaped();
        Assert.Equal(HttpStatusCode.OK, (await sales.PostAsJsonAsync($"/api/claims/{id}/file", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sales.PostAsJsonAsync($"/api/claims/{id}/answer", new { answer = "accept" })).StatusCode);
        return (await app.SignedInAsync(Roles.Finance), id);
    }

    // Released together, so the requests race on the server rather than queue on the client.
    private static async Task<T[]> AtOnceAsync<T>(int count, Func<Task<T>> send)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sends = Enumerable.Range(0, count).Select(async _ =>
        {
            await gate.Task;
            return await send();
        }).ToList();
        gate.SetResult();
        return await Task.WhenAll(sends);
    }

    private static Task<HttpResponseMessage> PostWithKeyAsync(HttpClient client, string url, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task a_step_while_the_read_models_are_rebuilt_is_503_with_retry_after_records_nothing_and_goes_through_afterwards()
    {
        var sales = await app.SignedInAsync(Roles.AfterSales);
        var claim = await Incidents.ReportAsync(sales);
        var id = claim.Escaped();
        HttpResponseMessage refused;
        await using (await Infrastructure.EventStore.ReadModelGate.ShutAsync(
            app.Services.GetRequiredService<Npgsql.NpgsqlDataSource>(), CancellationToken.None))
            refused = await sales.PostAsJsonAsync($"/api/claims/{id}/note", new { reason = "while rebuilding" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(60), refused.Headers.RetryAfter!.Delta);
        Assert.Contains("nothing was saved", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unchanged = await (await sales.GetAsync(new Uri($"/api/claims/{id}", UriKind.Relative))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(claim.GetProperty("version").GetInt64(), unchanged.GetProperty("version").GetInt64());

        var again = await sales.PostAsJsonAsync($"/api/claims/{id}/note", new { reason = "after the rebuild" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task a_refused_step_is_422_with_the_reason()
    {
        var client = await app.SignedInAsync(Roles.Finance);
        var claim = await Incidents.ReportAsync(await app.SignedInAsync(Roles.AfterSales));
        var response = await client.PostAsJsonAsync($"/api/claims/{claim.Escaped()}/pay", new { amount = "10" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("never filed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_invalid_incident_is_422_naming_each_field()
    {
        var client = await app.SignedInAsync(Roles.AfterSales);
        var response = await client.PostAsJsonAsync("/api/incidents", new { carrier = "ZTO", incidentOn = "yesterday" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("waybill", out _));
        Assert.True(errors.TryGetProperty("incidentOn", out _));
    }

    [Theory]
    [InlineData("ZTO:XTCOL", "9", "carrier")]
    [InlineData("ZTO", "XTCOL:9", "waybill")]
    [InlineData("ZTO", "XT\u0000COL", "waybill")]
    public async Task a_carrier_or_waybill_that_could_name_another_claim_is_422_beside_the_field(string carrier, string waybill, string field)
    {
        var client = await app.SignedInAsync(Roles.AfterSales);

        var response = await client.PostAsJsonAsync("/api/incidents", new
        {
            carrier, waybill, direction = "forward", incident = "lost", incidentOn = DateTime.Today.ToString("yyyy-MM-dd"), goodsValue = "100",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
    }

    [Fact]
    public async Task a_nul_in_a_step_reason_is_refused_with_a_reason_and_records_nothing()
    {
        var client = await app.SignedInAsync(Roles.AfterSales);
        var claim = await Incidents.ReportAsync(client);

        var response = await client.PostAsJsonAsync($"/api/claims/{claim.Escaped()}/note", new { reason = "a\u0000b" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("NUL", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await (await client.GetAsync($"/api/claims/{claim.Escaped()}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(claim.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());
    }

    [Theory]
    [InlineData("override", "reason")]
    [InlineData("answer", "reason")]
    [InlineData("waive", "reason")]
    [InlineData("close", "reason")]
    public async Task a_megabyte_reason_is_422_naming_the_reason_and_records_nothing(string step, string field)
    {
        var admin = await app.SignedInAsync(Roles.Admin);
        var claim = await Incidents.ReportAsync(admin);
        var id = claim.Escaped();
        if (step == "answer")
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/claims/{id}/file", new { })).StatusCode);
        var before = (await (await admin.GetAsync($"/api/claims/{id}")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();

        var response = await admin.PostAsJsonAsync($"/api/claims/{id}/{step}",
            new { reason = new string('理', 1_000_000), answer = "dispute", amount = "10" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"{field}.too-long", problem.GetProperty("title").GetString());
        Assert.Contains("at most 2,000", problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
        var after = (await (await admin.GetAsync($"/api/claims/{id}")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task a_payment_reference_longer_than_a_hundred_characters_is_422_naming_the_reference_and_a_hundred_is_kept()
    {
        var (finance, id) = await AcceptedClaimAsync();

        var tooLong = await finance.PostAsJsonAsync($"/api/claims/{id}/pay", new { amount = "1", reference = new string('R', 101) });
        var justFits = await finance.PostAsJsonAsync($"/api/claims/{id}/pay", new { amount = "1", reference = new string('R', 100) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.True((await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reference", out _));
        Assert.Equal(HttpStatusCode.OK, justFits.StatusCode);
        var after = await (await finance.GetAsync($"/api/claims/{id}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1m, after.GetProperty("received").GetDecimal());
    }

    [Fact]
    public async Task anonymous_health_says_only_whether_the_app_works_and_a_signed_in_person_also_sees_where_the_data_is()
    {
        var anonymous = await app.CreateClient().GetStringAsync("/health");
        var signedIn = await (await app.SignedInAsync(Roles.Admin)).GetStringAsync("/health");

        Assert.Equal("""{"status":"healthy"}""", anonymous);
        Assert.Contains("PostgreSQL", signedIn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_sign_in_name_holding_a_nul_or_a_megabyte_password_is_a_plain_401_not_a_server_error()
    {
        var client = app.CreateClient();

        var nul = await client.PostAsJsonAsync("/api/signin", new { name = "ad\u0000min", password = "whatever-long" });
        var huge = await client.PostAsJsonAsync("/api/signin", new { name = "admin", password = new string('p', 1_000_000) });

        Assert.Equal(HttpStatusCode.Unauthorized, nul.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, huge.StatusCode);
    }

    [Fact]
    public async Task a_nul_in_a_note_is_422_beside_the_note_not_a_server_error()
    {
        var client = await app.SignedInAsync(Roles.AfterSales);

        var response = await client.PostAsJsonAsync("/api/incidents", new
        {
            carrier = "ZTO", waybill = "NUL1", direction = "forward", incident = "lost", incidentOn = DateTime.Today.ToString("yyyy-MM-dd"),
            goodsValue = "100", note = "before\u0000after",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("note", out _));
    }

    [Fact]
    public async Task the_list_filters_by_carrier_and_an_unknown_claim_is_404()
    {
        var client = await app.SignedInAsync(Roles.AfterSales);
        var claim = await Incidents.ReportAsync(client, carrier: "SF");
        var list = await client.GetFromJsonAsync<JsonElement>("/api/claims?carrier=SF&pageSize=200");
        Assert.Contains(list.GetProperty("claims").EnumerateArray(), c => c.GetProperty("id").GetString() == claim.GetProperty("id").GetString());
        Assert.All(list.GetProperty("claims").EnumerateArray(), c => Assert.Equal("SF", c.GetProperty("carrier").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/claims/claim:SF:nope:forward", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task evidence_uploaded_through_the_api_is_listed_and_downloadable()
    {
        var client = await app.SignedInAsync(Roles.AfterSales);
        var claim = await Incidents.ReportAsync(client);
        byte[] png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        var upload = await client.PostAsync($"/api/claims/{claim.Escaped()}/evidence?fileName=破损照片.png",
            new ByteArrayContent(png) { Headers = { ContentType = new("application/octet-stream") } });
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var sha = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sha256").GetString();
        var page = await client.GetStringAsync(new Uri($"/claims/view?id={claim.Escaped()}", UriKind.Relative));
        Assert.Contains("破损照片.png", page, StringComparison.Ordinal);
        Assert.Equal(png, await client.GetByteArrayAsync(new Uri($"/evidence/{sha}", UriKind.Relative)));
    }

    // A type a form can send is refused whoever sends it (415, by the endpoint's declared types); another site's page
    // sending a type a form cannot is refused for its origin (403).
    [Theory]
    [InlineData("text/plain", null, 415)]
    [InlineData("application/x-www-form-urlencoded", null, 415)]
    [InlineData("multipart/form-data; boundary=x", null, 415)]
    [InlineData("text/plain", "https://evil.example", 415)]
    [InlineData("image/png", "https://evil.example", 403)]
    public async Task an_upload_a_form_on_another_site_could_send_is_refused_and_attaches_nothing(string contentType, string? origin, int refusal)
    {
        var client = await app.SignedInAsync(Roles.AfterSales);
        var claim = await Incidents.ReportAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/claims/{claim.Escaped()}/evidence?fileName=x.png")
        {
            Content = new ByteArrayContent(Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (origin is not null)
            request.Headers.Add("Origin", origin);

        var response = await client.SendAsync(request);

        Assert.Equal((HttpStatusCode)refusal, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var page = await client.GetStringAsync(new Uri($"/claims/view?id={claim.Escaped()}", UriKind.Relative));
        Assert.DoesNotContain("x.png", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_step_posted_from_another_sites_page_is_403_and_from_the_apps_own_page_goes_through()
    {
        var client = await app.SignedInAsync(Roles.AfterSales);
        var claim = await Incidents.ReportAsync(client);
        async Task<HttpStatusCode> PostAsync(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/claims/{claim.Escaped()}/note") { Content = JsonContent.Create(new { reason = "from " + origin }) };
            request.Headers.Add("Origin", origin);
            return (await client.SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync("https://evil.example"));
        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync("null"));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(client.BaseAddress!.GetLeftPart(UriPartial.Authority)));
    }

    [Fact]
    public async Task the_openapi_document_describes_the_claims_endpoints()
    {
        var doc = await app.Anonymous().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Contains("/api/incidents", doc, StringComparison.Ordinal);
        Assert.Contains("/api/claims/{id}/pay", doc, StringComparison.Ordinal);
    }
}
