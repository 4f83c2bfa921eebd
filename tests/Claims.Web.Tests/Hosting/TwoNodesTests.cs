using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Deposits.Lodging;
using Claims.Hosting;
using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Postgres;
using Claims.Infrastructure.Schema;
using Claims.Register;
using Claims.Testing;
using Claims.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Claims.Web.Tests.Hosting;

/// <summary>How a shop outgrows one machine: two app processes on one PostgreSQL, each taking commands and running due work.</summary>
[Collection("first run")]
public sealed class TwoNodesTests : IDisposable
{
    private const string Password = "two-nodes-pass-1";
    private const int ClaimsPerNode = 15;
    private readonly string dataDirA = NewDataDir(), dataDirB = NewDataDir();

    [Fact]
    public async Task both_nodes_take_commands_and_each_overdue_claim_is_deducted_from_the_deposit_exactly_once()
    {
        var connection = await TestPostgres.CreateDatabaseAsync("twonodes");
        await PrepareAsync(connection);
        await using var a = WebAppProcess.Start(dataDirA, connection);
        await using var b = WebAppProcess.Start(dataDirB, connection);
        await Task.WhenAll(a.WaitHealthyAsync(TimeSpan.FromSeconds(120)), b.WaitHealthyAsync(TimeSpan.FromSeconds(120)));
        using var nodeA = await SignInAsync(a);
        using var nodeB = await SignInAsync(b);

        // Each claim is reported on one node and filed and accepted on the other, long enough ago that its payment is
        // overdue: the check that deducts it falls due at once, and both nodes' workers go for it.
        var incidentOn = DateTime.Today.AddDays(-90);
        var claims = await Task.WhenAll(Enumerable.Range(0, 2 * ClaimsPerNode).Select(async i =>
        {
            var (reporter, other) = i % 2 == 0 ? (nodeA, nodeB) : (nodeB, nodeA);
            var reported = await reporter.PostAsJsonAsync("/api/incidents", new
            {
                carrier = "ZTO", waybill = $"TN{i:D4}", direction = "forward", incident = "lost", incidentOn = Day(incidentOn),
                goodsValue = "200", freight = "12", weightKg = "1.5",
            });
            Assert.True(reported.IsSuccessStatusCode, await reported.Content.ReadAsStringAsync());
            var id = Uri.EscapeDataString((await reported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
            var filed = await other.PostAsJsonAsync($"/api/claims/{id}/file", new { on = Day(incidentOn.AddDays(2)) });
            Assert.True(filed.IsSuccessStatusCode, await filed.Content.ReadAsStringAsync());
            // The carrier's time to answer is long past too, so a node may deem the claim accepted first: the answer then
            // meets the typed conflict (or is refused as answered already) and is not needed.
            while (true)
            {
                var accepted = await reporter.PostAsJsonAsync($"/api/claims/{id}/answer", new { answer = "accept", on = Day(incidentOn.AddDays(3)) });
                if (accepted.IsSuccessStatusCode)
                    break;
                var now = await (await reporter.GetAsync($"/api/claims/{id}")).Content.ReadFromJsonAsync<JsonElement>();
                if (now.GetProperty("status").GetString() != "filed")
                    break;
                Assert.True(accepted.StatusCode == HttpStatusCode.Conflict, await accepted.Content.ReadAsStringAsync());
            }
            return Uri.UnescapeDataString(id);
        }));

        var deducted = 0L;
        for (var waited = 0; waited < 600 && deducted < claims.Length; waited++)
        {
            await Task.Delay(100);
            deducted = await ScalarAsync(connection, "select count(*) from mt_events where type = 'DeductedFromDeposit'");
        }

        Assert.Equal(claims.Length, deducted);
        Assert.Equal(0L, await ScalarAsync(connection,
            "select count(*) from (select stream_id from mt_events where type = 'DeductedFromDeposit' group by stream_id having count(*) > 1) twice"));
        Assert.Equal(claims.Length, (int)await ScalarAsync(connection, "select count(*) from mt_events where type = 'DepositDeducted'"));
        // The ledger and the carrier's balance agree with what was deducted from the claims.
        Assert.Equal(await DecimalAsync(connection, "select sum((data->>'amount')::numeric) from mt_events where type = 'DeductedFromDeposit'"),
            await DecimalAsync(connection, "select -sum(amount) from deposit_ledger where carrier = 'ZTO' and kind = 'deducted'"));
        Assert.Equal(0L, await ScalarAsync(connection, "select count(*) from claims where waybill like 'TN%' and outstanding <> 0"));
    }

    private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // The shop as an operator sets it up before starting the nodes: schema, a user, the contracts, ZTO's deposit.
    private static async Task PrepareAsync(string connection)
    {
        var database = await ClaimsDatabase.ResolveAsync(new ClaimsDatabaseSettings { Connection = connection });
        // A host, because commands go through Wolverine, which runs in one.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddClaimsCore(database);
        using var host = builder.Build();
        var services = host.Services;
        await services.MigrateClaimsSchemaAsync();
        await host.StartAsync();
        await services.GetRequiredService<UserDirectory>().EnsureAsync("ops", Roles.Admin, Password);
        var actor = new Actor("ops");
        await services.GetRequiredService<ContractRegistration>().LoadFolderAsync(Samples(), actor);
        var lodged = await services.GetRequiredService<ClaimCommands>()
            .LodgeDepositAsync("ZTO", new LodgeDeposit(DateOnly.FromDateTime(DateTime.Today.AddDays(-120)), 1_000_000m, "DEP-1"), actor);
        Assert.Null(lodged.Refusal);
        await host.StopAsync();
    }

    private static async Task<HttpClient> SignInAsync(WebAppProcess node)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = node.BaseAddress };
        var response = await client.PostAsJsonAsync("/api/signin", new { name = "ops", password = Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    private static async Task<long> ScalarAsync(string connection, string sql) =>
        Convert.ToInt64(await RawScalarAsync(connection, sql), CultureInfo.InvariantCulture);

    private static async Task<decimal> DecimalAsync(string connection, string sql) =>
        Convert.ToDecimal(await RawScalarAsync(connection, sql), CultureInfo.InvariantCulture);

    private static async Task<object?> RawScalarAsync(string connection, string sql)
    {
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        await using var command = new NpgsqlCommand(sql, conn);
        return await command.ExecuteScalarAsync();
    }

    private static string Samples([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "contracts-samples"));

    private static string NewDataDir()
    {
        var dir = Directory.CreateTempSubdirectory("claims-node-").FullName;
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(dir, (UnixFileMode)0b111_101_101);
        return dir;
    }

    public void Dispose()
    {
        foreach (var dir in new[] { dataDirA, dataDirB })
        {
            try { Directory.Delete(dir, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}
