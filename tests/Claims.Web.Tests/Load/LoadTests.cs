using Claims.Benchmarks.Load;
using Claims.Hosting;
using Claims.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace Claims.Web.Tests.Load;

/// <summary>
/// Issue 8's load test, short enough for CI: the same driver as `bench load` (linked from bench/Claims.Benchmarks/Load),
/// here on the in-memory app with 10 signed-in clients for 10 s.
/// </summary>
public sealed class LoadTests : IClassFixture<ClaimsWebApp>
{
    private readonly ClaimsWebApp app;
    private readonly ITestOutputHelper output;

    public LoadTests(ClaimsWebApp app, ITestOutputHelper output) => (this.app, this.output) = (app, output);

    [Fact]
    public async Task ten_clients_working_at_once_get_no_server_error_and_every_accepted_command_is_stored_and_projected_once()
    {
        var clients = new List<HttpClient>();
        for (var i = 0; i < 10; i++)
            clients.Add(await app.SignedInAsync(Users.Roles.Admin));

        var result = await LoadDriver.RunAsync(clients, TimeSpan.FromSeconds(10), [], "T");

        foreach (var (kind, k) in result.ByKind)
            output.WriteLine($"{kind,-11} {k.Count,6}  accepted {k.Accepted,5}  refused {k.Refused,4}  5xx {k.Failed}  p95 {k.Percentile(0.95):0} ms");

        Assert.True(result.ServerErrors == 0, string.Join("\n", result.Failures.Take(10)));
        Assert.True(result.ExpectedEvents["IncidentReported"] > 0, "no incident was reported: the load did not run");
        Assert.True(result.ExpectedEvents["PaymentReceived"] > 0, "no claim got as far as a payment: the mix did not run through");
        Assert.All(new[] { "queue", "claim page", "claim api", "export" }, kind => Assert.True(result.ByKind[kind].Accepted > 0, kind + " never answered 2xx"));
        var stored = await EventCountsAsync(app.Services.GetRequiredService<NpgsqlDataSource>());
        Assert.All(result.ExpectedEvents, expected => Assert.Equal((expected.Key, (long)expected.Value), (expected.Key, stored.GetValueOrDefault(expected.Key))));
        Assert.Empty(await app.Services.GetRequiredService<ReadModelAudit>().RebuildAndCompareAsync());
        foreach (var client in clients)
            client.Dispose();
    }

    private static async Task<Dictionary<string, long>> EventCountsAsync(NpgsqlDataSource db)
    {
        await using var command = db.CreateCommand("select type, count(*) from mt_events group by type");
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<string, long>();
        while (await reader.ReadAsync())
            counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }
}
