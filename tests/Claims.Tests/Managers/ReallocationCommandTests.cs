using System.Text.Json;
using Claims.Demo;
using Claims.Tests.Register;
using Xunit.Abstractions;

namespace Claims.Tests.Managers;

public sealed class ReallocationCommandTests(ITestOutputHelper log)
{
    [Fact]
    public async Task the_json_has_the_shares_with_reasons_and_the_expected_changes()
    {
        await using var host = await ReallocationServiceTests.StartAsync();
        var run = await CliRun.RunAsync(host.ConnectionString, "reallocate", "--month", "2026-05", "--format", "json");

        Assert.Equal(0, run.Exit);
        var json = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(-1000m, json.GetProperty("expectedUnrecoveredLossChange").GetDecimal());
        Assert.Equal(-0.8m, json.GetProperty("expectedIncidentsChange").GetDecimal());
        var shares = json.GetProperty("shares").EnumerateArray().ToList();
        Assert.Equal(["ANE", "BEST", "CHEAP"], shares.Select(s => s.GetProperty("carrier").GetString()));
        Assert.Equal([0.5m, 0.3m, 0.2m], shares.Select(s => s.GetProperty("proposed").GetDecimal()));
        Assert.Equal(0.3m, shares[2].GetProperty("current").GetDecimal());
        Assert.Contains("cut by 10 points", shares[2].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--month", "2026-5x")]
    [InlineData("--month", "2026-05", "--max-share", "1.5")]
    [InlineData("--month", "2026-05", "--min-carriers", "4")]
    [InlineData("--month", "2026-05", "--max-share", "0.3")]
    public async Task a_bad_or_impossible_request_exits_2_with_one_line_saying_why(params string[] args)
    {
        await using var host = await ReallocationServiceTests.StartAsync();
        var run = await CliRun.RunAsync(host.ConnectionString, ["reallocate", .. args]);

        Assert.Equal(2, run.Exit);
        Assert.Equal("", run.Out);
        Assert.Single(run.Err.Trim().Split('\n'));
        Assert.Contains(args.Length == 2 ? "--month" : args[2] == "--max-share" && args[3] == "1.5" ? "--max-share" : "No proposal:", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task reallocate_works_on_the_demo_data()
    {
        await using var host = await LifecycleHost.StartAsync(new DateOnly(2026, 11, 20));
        await DemoData.FillAsync(host.Get<IServiceProvider>(), new DemoOptions { Months = 3, ParcelsPerMonth = 30_000, ContractsFolder = Repo.Samples },
            null, CancellationToken.None);
        var table = await CliRun.RunAsync(host.ConnectionString, "reallocate", "--month", "2026-12");
        var run = await CliRun.RunAsync(host.ConnectionString, "reallocate", "--month", "2026-12", "--format", "json");
        log.WriteLine(table.Out + table.Err);

        Assert.Equal(0, table.Exit);
        Assert.Equal(0, run.Exit);
        var json = JsonDocument.Parse(run.Out).RootElement;
        var proposed = json.GetProperty("shares").EnumerateArray().Select(s => s.GetProperty("proposed").GetDecimal()).ToList();
        Assert.Equal(1m, proposed.Sum());
        Assert.True(proposed.Count(p => p > 0) >= 3);
        Assert.All(proposed, p => Assert.True(p <= 0.5m));
        Assert.True(json.GetProperty("expectedUnrecoveredLossChange").GetDecimal() <= 0);
        Assert.Contains("Expected change per month: ", table.Out, StringComparison.Ordinal);
        Assert.Matches(@"incidents, [-+]?[0-9,]+\.[0-9]{2} CNY unrecovered loss", table.Out);
    }
}
