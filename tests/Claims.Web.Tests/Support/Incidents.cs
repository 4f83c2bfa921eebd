using System.Net.Http.Json;
using System.Text.Json;

namespace Claims.Web.Tests.Support;

/// <summary>Reports incidents through the API as after-sales would, and reads claims back.</summary>
public static class Incidents
{
    private static int _waybill = 880000;

    public static async Task<JsonElement> ReportAsync(HttpClient client, string carrier = "ZTO", string incident = "lost", string goodsValue = "300")
    {
        var waybill = "WB" + Interlocked.Increment(ref _waybill);
        var response = await client.PostAsJsonAsync("/api/incidents", new
        {
            carrier, waybill, direction = "forward", incident, incidentOn = DateTime.Today.ToString("yyyy-MM-dd"),
            goodsValue, freight = "12", weightKg = "1.5",
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static string Escaped(this JsonElement claim) => Uri.EscapeDataString(claim.GetProperty("id").GetString()!);
}
