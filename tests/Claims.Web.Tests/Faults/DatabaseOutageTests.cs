using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Users;
using Claims.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Claims.Web.Tests.Faults;

/// <summary>PostgreSQL stopped with -m immediate under the running app, then started again by hand.</summary>
public sealed class DatabaseOutageTests
{
    private sealed class App(string connectionString, string dataDir) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("ConnectionStrings:Claims", connectionString);
            builder.UseSetting("Demo:OnFirstRun", "false");
            builder.UseSetting("CLAIMS_DATA_DIR", dataDir);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }
    }

    [Fact]
    public async Task the_app_reports_the_outage_on_health_recovers_by_itself_and_keeps_every_claim_it_acknowledged()
    {
        await using var cluster = await OwnCluster.StartAsync();
        var dataDir = Directory.CreateTempSubdirectory("claims-outage-").FullName;
        await using var app = new App(cluster.ConnectionString, dataDir);
        await app.Services.GetRequiredService<UserDirectory>().EnsureAsync(Roles.AfterSales, Roles.AfterSales, ClaimsWebApp.Password);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/signin", new { name = Roles.AfterSales, password = ClaimsWebApp.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        var acknowledged = new List<string>();
        var n = 0;
        async Task<int> ReportAsync()
        {
            var waybill = $"OUT{++n:D5}";
            var response = await client.PostAsJsonAsync("/api/incidents", new
            {
                carrier = "ZTO", waybill, direction = "forward", incident = "lost",
                incidentOn = DateTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), goodsValue = "300", freight = "12", weightKg = "1.5",
            });
            if (response.IsSuccessStatusCode)
                acknowledged.Add(waybill);
            return (int)response.StatusCode;
        }
        for (var i = 0; i < 10; i++)
            Assert.True(await ReportAsync() is 200 or 201);

        await cluster.StopImmediatelyAsync();

        var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("the database does not answer", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var duringOutage = new List<int>();
        for (var i = 0; i < 5; i++)
            duringOutage.Add(await ReportAsync());
        // 503 (retry later), not a 500 that reads as a bug; nothing is acknowledged while the database is down.
        Assert.All(duringOutage, s => Assert.True(s == 503, $"a report during the outage answered {s}"));

        await cluster.RestartAsync();

        // No restart of the app: it must find the database again by itself.
        var watch = Stopwatch.StartNew();
        while ((await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "/health did not recover within 30 s of the database coming back");
            await Task.Delay(200);
        }
        var after = new List<int>();
        for (var i = 0; i < 10; i++)
            after.Add(await ReportAsync());
        Assert.True(after.All(s => s is 200 or 201), "reports after recovery: " + string.Join(",", after));

        await using var db = new NpgsqlConnection(cluster.ConnectionString);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand("select waybill from claims where waybill like 'OUT%' order by waybill", db);
        var stored = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                stored.Add(reader.GetString(0));
        Assert.Equal(acknowledged.Order(StringComparer.Ordinal), stored);
        Assert.Equal(20, acknowledged.Count);
        var listed = await client.GetFromJsonAsync<JsonElement>("/api/claims?pageSize=100");
        Assert.Equal(20, listed.GetProperty("total").GetInt32());
        await app.DisposeAsync(); // its log files are closed before their folder goes
        try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
    }
}
