using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Users;
using Claims.Web.Security;
using Claims.Web.Tests.Support;
using Claims.Web.Work;

namespace Claims.Web.Tests.Api;

/// <summary>
/// The OpenAPI document against the server: every operation is called once validly and once invalidly, and each answer
/// must be one the document lists for it, with the content type it lists. A new endpoint without a case here, or a
/// case for an operation the document lost, fails the test, so the two cannot drift apart.
/// </summary>
public sealed class OpenApiConformanceTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private sealed record Call(string Role, Func<Task<HttpRequestMessage>> Request, bool Succeeds);

    [Fact]
    public async Task every_operation_answers_only_what_the_document_says_for_a_valid_and_an_invalid_call()
    {
        using var doc = JsonDocument.Parse(await app.Anonymous().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var operations = new Dictionary<string, JsonElement>();
        foreach (var path in doc.RootElement.GetProperty("paths").EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject())
                operations[operation.Value.GetProperty("operationId").GetString()!] = operation.Value;
        var cases = Cases();
        Assert.Equal(cases.Keys.Order(), operations.Keys.Order());

        var failures = new List<string>();
        foreach (var (id, (valid, invalid)) in cases)
        {
            var documented = operations[id].GetProperty("responses");
            foreach (var (kind, call) in new[] { ("valid", valid), ("invalid", invalid) })
            {
                var client = call.Role == "" ? app.Anonymous() : await app.SignedInAsync(call.Role);
                using var request = await call.Request();
                var response = await client.SendAsync(request);
                var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (call.Succeeds != response.IsSuccessStatusCode)
                    failures.Add($"{id} {kind}: answered {status}, which is {(response.IsSuccessStatusCode ? "success" : "a failure")}");
                if (!documented.TryGetProperty(status, out var answer))
                {
                    failures.Add($"{id} {kind}: answered {status}; documented {string.Join(", ", documented.EnumerateObject().Select(r => r.Name))}");
                    continue;
                }
                var type = response.Content.Headers.ContentType?.MediaType;
                var listed = answer.TryGetProperty("content", out var content) ? content.EnumerateObject().Select(c => c.Name).ToList() : [];
                if (type is not null && response.Content.Headers.ContentLength != 0 && !listed.Contains(type))
                    failures.Add($"{id} {kind}: {status} came as {type}; documented {string.Join(", ", listed)}");
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task every_operation_has_an_id_a_summary_and_its_errors_as_problem_details_and_signed_in_ones_name_the_cookie()
    {
        using var doc = JsonDocument.Parse(await app.Anonymous().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        Assert.Equal("apiKey", doc.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("cookie").GetProperty("type").GetString());
        foreach (var path in doc.RootElement.GetProperty("paths").EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject())
            {
                var op = operation.Value;
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                Assert.False(string.IsNullOrWhiteSpace(op.GetProperty("summary").GetString()), name);
                var anonymous = path.Name is "/health" or "/api/signin";
                Assert.True(anonymous != op.TryGetProperty("security", out _), $"{name}: security scheme {(anonymous ? "on an anonymous" : "missing on a signed-in")} operation");
                foreach (var response in op.GetProperty("responses").EnumerateObject().Where(r => r.Name[0] is '4' or '5' && path.Name != "/health"))
                    Assert.True(response.Value.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{name} {response.Name} is not ProblemDetails");
            }
    }

    [Fact]
    public async Task a_claims_timeline_names_its_enums_as_the_rest_of_the_api_does()
    {
        var client = await app.SignedInAsync(Roles.AfterSales);
        var claim = await Incidents.ReportAsync(client);
        var reported = claim.GetProperty("timeline").EnumerateArray().First().GetProperty("details");
        Assert.Equal("lost", reported.GetProperty("incident").GetString());
        Assert.Equal("forward", reported.GetProperty("direction").GetString());
    }

    private Dictionary<string, (Call Valid, Call Invalid)> Cases()
    {
        string RoleFor(Permission p) => Roles.All.First(r => PermissionMatrix.Allows(r, p));
        var sales = RoleFor(Permission.ReportIncident);
        Task<HttpRequestMessage> Get(string path) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, path));
        Task<HttpRequestMessage> Post(string path, object body) =>
            Task.FromResult(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) });
        // A fresh claim brought to the state a step needs, through the API itself.
        async Task<string> ClaimAsync(params (string Step, object Body)[] before)
        {
            var id = (await Incidents.ReportAsync(await app.SignedInAsync(sales))).Escaped();
            foreach (var (step, body) in before)
            {
                var done = await (await app.SignedInAsync(RoleFor(ClaimSteps.Permissions[step]))).PostAsJsonAsync($"/api/claims/{id}/{step}", body);
                Assert.True(done.IsSuccessStatusCode, $"{step}: {await done.Content.ReadAsStringAsync()}");
            }
            return id;
        }
        Call As(string role, Func<Task<HttpRequestMessage>> request) => new(role, request, true);
        Call Wrong(string role, Func<Task<HttpRequestMessage>> request) => new(role, request, false);
        (Call, Call) Step(string step, object valid, object invalid, (string, object)[]? before = null, (string, object)[]? beforeInvalid = null)
        {
            var role = RoleFor(ClaimSteps.Permissions[step]);
            return (As(role, async () => await Post($"/api/claims/{await ClaimAsync(before ?? [])}/{step}", valid)),
                Wrong(role, async () => await Post($"/api/claims/{await ClaimAsync(beforeInvalid ?? before ?? [])}/{step}", invalid)));
        }
        var filed = ("file", (object)new { });
        var accepted = ("answer", (object)new { answer = "accept" });
        var today = DateTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new()
        {
            // No input can make /health wrong: both calls are valid, anonymous and signed in.
            ["health"] = (As("", () => Get("/health")), As(Roles.Admin, () => Get("/health"))),
            ["signIn"] = (As("", () => Post("/api/signin", new { name = Roles.Manager, password = ClaimsWebApp.Password })),
                Wrong("", () => Post("/api/signin", new { name = Roles.Manager, password = "not-the-password" }))),
            ["signOut"] = (As(Roles.Manager, () => Post("/api/signout", new { })), Wrong("", () => Post("/api/signout", new { }))),
            ["reportIncident"] = (As(sales, () => Post("/api/incidents", new
            {
                carrier = "ZTO", waybill = "OAS" + Guid.NewGuid().ToString("N")[..10], direction = "forward", incident = "lost", incidentOn = today,
                goodsValue = "300", freight = "12", weightKg = "1.5",
            })), Wrong(sales, () => Post("/api/incidents", new { carrier = "ZTO" }))),
            ["listClaims"] = (As(sales, () => Get("/api/claims?pageSize=5")), Wrong(sales, () => Get("/api/claims?page=0"))),
            ["getClaim"] = (As(sales, async () => await Get($"/api/claims/{await ClaimAsync()}")), Wrong(sales, () => Get("/api/claims/claim:ZTO:nope:forward"))),
            ["claimFile"] = Step("file", new { }, new { on = "not a date" }),
            ["claimAnswer"] = Step("answer", new { answer = "accept" }, new { answer = "maybe" }, [filed]),
            ["claimPay"] = Step("pay", new { amount = "10", reference = "BANK-1" }, new { amount = "ten", reference = "BANK-1" }, [filed, accepted]),
            ["claimWaive"] = Step("waive", new { reason = "too small to chase" }, new { reason = new string('x', 3000) }),
            ["claimClose"] = Step("close", new { reason = "settled outside" }, new { reason = "again" }, beforeInvalid: [("close", new { reason = "settled" })]),
            ["claimReopen"] = Step("reopen", new { reason = "carrier wrote again" }, new { reason = "not closed" }, [("close", new { reason = "settled" })], beforeInvalid: []),
            ["claimOverride"] = Step("override", new { amount = "250", reason = "invoice shows less" }, new { amount = "-5", reason = "negative" }),
            ["claimNote"] = Step("note", new { reason = "called the depot" }, new { reason = "a\u0000b" }),
            ["attachEvidence"] = (As(sales, async () => new HttpRequestMessage(HttpMethod.Post, $"/api/claims/{await ClaimAsync()}/evidence?fileName=photo.png")
            {
                Content = new ByteArrayContent(Png) { Headers = { ContentType = new("image/png") } },
            }), Wrong(sales, async () => new HttpRequestMessage(HttpMethod.Post, $"/api/claims/{await ClaimAsync()}/evidence?fileName=photo.png")
            {
                Content = new StringContent("not a form"),
            })),
        };
    }
}
