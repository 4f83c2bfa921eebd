using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Users;
using Claims.Web.Tests.Support;

namespace Claims.Web.Tests.Work;

/// <summary>The pages after-sales works in: queue, report form, claim page and its steps.</summary>
public sealed class ClaimPageTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    [Fact]
    public async Task a_reported_incident_is_in_the_queue_and_its_page_cites_the_clause_and_page()
    {
        var client = await app.SignedInAsync(Roles.AfterSales);
        var claim = await Incidents.ReportAsync(client);
        Assert.False(string.IsNullOrEmpty(claim.GetProperty("clause").GetString()), claim.ToString());
        var queue = await client.GetStringAsync(new Uri("/queue?carrier=ZTO", UriKind.Relative));
        Assert.Contains(claim.GetProperty("waybill").GetString()!, queue, StringComparison.Ordinal);
        var page = await client.GetStringAsync(new Uri($"/claims/view?id={claim.Escaped()}", UriKind.Relative));
        Assert.Contains(claim.GetProperty("clause").GetString()!, page, StringComparison.Ordinal);
        Assert.Contains($"page {claim.GetProperty("page").GetInt32()}", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_report_form_shows_each_error_beside_its_field_and_saves_nothing()
    {
        var client = await app.SignedInAsync(Roles.AfterSales);
        var token = await Forms.TokenAsync(client, "/incidents/report");
        var response = await Forms.PostAsync(client, "/incidents/report", ("__RequestVerificationToken", token),
            ("Form.Carrier", "ZTO"), ("Form.Waybill", ""), ("Form.IncidentOn", "2999-01-01"), ("Form.GoodsValue", "abc"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("id=\"waybill-error\">Give the waybill number", html);
        Assert.Matches("id=\"incident-on-error\">The incident date cannot be in the future", html);
        Assert.Contains("Give an amount such as 128.50.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task reporting_through_the_form_opens_the_claim_page_with_its_assessment()
    {
        var client = await app.SignedInAsync(Roles.AfterSales);
        var token = await Forms.TokenAsync(client, "/incidents/report");
        var response = await Forms.PostAsync(client, "/incidents/report", ("__RequestVerificationToken", token),
            ("Form.Carrier", "ZTO"), ("Form.Waybill", "FORM-1"), ("Form.Direction", "forward"), ("Form.Incident", "lost"),
            ("Form.IncidentOn", DateTime.Today.ToString("yyyy-MM-dd")), ("Form.GoodsValue", "200"), ("Form.Freight", "10"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetStringAsync(response.Headers.Location);
        Assert.Contains("Reported and assessed", page, StringComparison.Ordinal);
        Assert.Contains("How it was computed", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task filing_from_the_claim_page_is_recorded_with_the_signed_in_user()
    {
        var client = await app.SignedInAsync(Roles.AfterSales);
        var claim = await Incidents.ReportAsync(client);
        var url = $"/claims/view?id={claim.Escaped()}";
        var token = await Forms.TokenAsync(client, url);
        var response = await Forms.PostAsync(client, url, ("__RequestVerificationToken", token), ("Id", claim.GetProperty("id").GetString()!),
            ("Version", claim.GetProperty("version").GetInt64().ToString()), ("Step", "file"), ("Input.On", DateTime.Today.ToString("yyyy-MM-dd")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetFromJsonAsync<JsonElement>($"/api/claims/{claim.Escaped()}");
        Assert.Equal("filed", after.GetProperty("status").GetString());
        var filed = after.GetProperty("timeline").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "ClaimFiled");
        Assert.Equal(Roles.AfterSales, filed.GetProperty("who").GetString());
    }

    [Fact]
    public async Task a_step_on_a_claim_someone_changed_meanwhile_says_reload_on_the_page()
    {
        var client = await app.SignedInAsync(Roles.AfterSales);
        var claim = await Incidents.ReportAsync(client);
        var url = $"/claims/view?id={claim.Escaped()}";
        var token = await Forms.TokenAsync(client, url);
        var stale = claim.GetProperty("version").GetInt64();
        await client.PostAsJsonAsync($"/api/claims/{claim.Escaped()}/note", new { version = stale, reason = "called the carrier" });
        var response = await Forms.PostAsync(client, url, ("__RequestVerificationToken", token), ("Id", claim.GetProperty("id").GetString()!),
            ("Version", stale.ToString()), ("Step", "file"));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone changed this claim", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_form_posted_without_the_antiforgery_token_is_rejected()
    {
        var client = await app.SignedInAsync(Roles.AfterSales);
        var claim = await Incidents.ReportAsync(client);
        var response = await Forms.PostAsync(client, $"/claims/view?id={claim.Escaped()}", ("Id", claim.GetProperty("id").GetString()!),
            ("Version", "0"), ("Step", "note"), ("Input.Reason", "forged"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var after = await client.GetFromJsonAsync<JsonElement>($"/api/claims/{claim.Escaped()}");
        Assert.DoesNotContain(after.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("type").GetString() == "NoteAdded");
    }
}
