using System.Text.Json;
using Claims.Demo;
using Claims.Infrastructure.EventStore;
using Claims.Tests.Register;
using static Claims.Tests.Managers.ScorecardFixture;

namespace Claims.Tests.Managers;

public sealed class CompareCommandTests
{
    private static readonly string[] FixedFields =
    [
        "carrier", "parcels", "incidents", "incidentsPer10k", "lostPer10k", "damagedPer10k", "misdeliveredPer10k", "assessed",
        "received", "deducted", "outstanding", "recoveryRate", "currency", "score", "rank",
    ];

    [Fact]
    public async Task the_json_has_one_object_per_carrier_and_currency_with_the_fixed_fields_and_null_rates_without_volume()
    {
        await using var host = await StartAsync();
        var run = await CliRun.RunAsync(host.ConnectionString, "compare", "--from", "2026-03", "--to", "2026-04", "--format", "json");

        Assert.Equal(0, run.Exit);
        var rows = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.All(FixedFields, f => Assert.True(r.TryGetProperty(f, out _), $"missing {f}")));
        var zto = rows.Single(r => r.GetProperty("carrier").GetString() == "ZTO" && r.GetProperty("currency").GetString() == "CNY");
        Assert.Equal(3.0m, zto.GetProperty("lostPer10k").GetDecimal());
        Assert.Equal(0.8462m, zto.GetProperty("recoveryRate").GetDecimal());  // (250 + 300) / (600 + April's 50)
        Assert.Equal(2, zto.GetProperty("months").GetArrayLength());
        var usd = rows.Single(r => r.GetProperty("carrier").GetString() == "ZTO" && r.GetProperty("currency").GetString() == "USD");
        Assert.Equal(JsonValueKind.Null, usd.GetProperty("incidentsPer10k").ValueKind);
        Assert.Equal(JsonValueKind.Null, usd.GetProperty("rank").ValueKind);
        Assert.Contains("No shipment volume", usd.GetProperty("noRatesReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task csv_and_table_show_the_same_carriers()
    {
        await using var host = await StartAsync();
        var csv = await CliRun.RunAsync(host.ConnectionString, "compare", "--from", "2026-03", "--to", "2026-03", "--format", "csv");
        var table = await CliRun.RunAsync(host.ConnectionString, "compare", "--from", "2026-03", "--to", "2026-03");

        Assert.Equal(0, csv.Exit);
        var lines = csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("rank,grade,score,carrier,", lines[0], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.Contains(",ZTO,中通快递,CNY,10000,3,3.00,3.00,0.00,0.00,0.00,600.00,550.00,250.00,300.00,0.00,0.9167,0.3333,1,20.00,25.00,", StringComparison.Ordinal));
        Assert.Equal(0, table.Exit);
        Assert.Contains("中通快递", table.Out, StringComparison.Ordinal);
        Assert.Contains("FDX", table.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "2026-13")]
    [InlineData("--to", "March")]
    [InlineData("--from", "2026-05", "--to", "2026-04")]
    public async Task a_bad_month_or_period_exits_2_and_says_what_is_wrong(params string[] args)
    {
        await using var host = await StartAsync();
        var run = await CliRun.RunAsync(host.ConnectionString, ["compare", .. args]);

        Assert.Equal(2, run.Exit);
        Assert.Contains(args[0] == "--to" ? "--to" : "--from", run.Err, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task compare_works_on_demo_data_agrees_with_the_claims_register_and_survives_a_rebuild()
    {
        await using var host = await LifecycleHost.StartAsync(new DateOnly(2026, 11, 20));
        await DemoData.FillAsync(host.Get<IServiceProvider>(), new DemoOptions { Months = 3, ParcelsPerMonth = 30_000, ContractsFolder = Repo.Samples },
            null, CancellationToken.None);
        var run = await CliRun.RunAsync(host.ConnectionString, "compare", "--from", "2026-09", "--to", "2026-11", "--format", "json");

        Assert.Equal(0, run.Exit);
        var rows = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(6, rows.Count(r => r.GetProperty("rank").ValueKind == JsonValueKind.Number));
        Assert.Equal(Enumerable.Range(1, 6), rows.Where(r => r.GetProperty("rank").ValueKind == JsonValueKind.Number)
            .Select(r => r.GetProperty("rank").GetInt32()).Order());
        // The scorecards add up to what the register itself says, carrier by carrier.
        var register = await host.RowsAsync("""
            select carrier, sum(incidents), sum(coalesce(amount, 0)), sum(received), sum(deducted), sum(outstanding) from claims
            where incident_on >= '2026-09-01' group by carrier order by carrier
            """);
        var months = await host.RowsAsync("""
            select carrier, sum(incidents), sum(assessed), sum(received), sum(deducted), sum(outstanding)
            from (select * from manager_months union all select * from manager_month_changes) m where year * 100 + month >= 202609 group by carrier having sum(incidents) > 0 order by carrier
            """);
        Assert.Equal(register, months);

        await host.Get<EventStore>().RebuildProjectionsAsync();

        var again = await CliRun.RunAsync(host.ConnectionString, "compare", "--from", "2026-09", "--to", "2026-11", "--format", "json");
        Assert.Equal(run.Out, again.Out);
    }
}
