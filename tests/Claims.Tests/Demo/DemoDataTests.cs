using Claims.Demo;
using Claims.Tests.Register;

namespace Claims.Tests.Demo;

public sealed class DemoDataTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly DemoOptions Small = new() { Months = 3, ParcelsPerMonth = 30_000, ContractsFolder = Repo.Samples };

    [Fact]
    public async Task a_small_demo_fills_six_carriers_with_volumes_claims_in_every_status_deductions_and_top_ups()
    {
        await using var host = await LifecycleHost.StartAsync(Today);
        var progress = new List<DemoProgress>();
        var summary = await DemoData.FillAsync(host.Get<IServiceProvider>(), Small, new SyncProgress(progress), CancellationToken.None);

        Assert.Equal(6, summary.Carriers);
        Assert.Equal(["CAINIAO", "FDX", "JD", "SF", "YTO", "ZTO"], await host.RowsAsync("select distinct carrier from claims order by 1"));
        // Three months (September to November) of parcels and freight for every carrier.
        Assert.Equal(["18"], await host.RowsAsync("select count(*) from volumes where parcels > 0 and freight > 0"));
        Assert.Equal(["202609", "202610", "202611"], await host.RowsAsync("select distinct year * 100 + month from volumes order by 1"));
        var statuses = await host.RowsAsync("select distinct status from claims order by 1");
        Assert.Equal(["accepted", "assessed", "closed", "countered", "disputed", "filed", "manual", "paid", "waived"], statuses);
        Assert.True(summary.Deductions >= 1, $"deductions: {summary.Deductions}");
        Assert.True(summary.TopUpRequests >= 1, $"top-up requests: {summary.TopUpRequests}");
        Assert.Equal([summary.Deductions.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            await host.RowsAsync("select count(*) from mt_events where type = 'DeductedFromDeposit'"));
        Assert.Contains(progress, p => p.Stage == "days" && p.Done == p.Total);
    }

    [Fact]
    public async Task the_worst_carrier_has_visibly_more_incidents_per_parcel_than_the_best()
    {
        await using var host = await LifecycleHost.StartAsync(Today);
        await DemoData.FillAsync(host.Get<IServiceProvider>(), Small, null, CancellationToken.None);
        var per10k = (await host.RowsAsync("""
            select c.carrier, round(10000.0 * c.n / v.parcels, 1) from
                (select carrier, count(*) n from claims group by carrier) c
                join (select carrier, sum(parcels) parcels from volumes group by carrier) v using (carrier) order by 1
            """)).Select(r => r.Split('|')).ToDictionary(r => r[0], r => decimal.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(per10k["YTO"] > 2 * per10k["SF"], string.Join(", ", per10k));
        Assert.True(per10k["YTO"] > per10k.Where(p => p.Key != "YTO").Max(p => p.Value), string.Join(", ", per10k));
    }

    [Fact]
    public async Task filling_a_store_that_already_has_claims_is_refused()
    {
        await using var host = await LifecycleHost.StartAsync(Today);
        var tiny = Small with { Months = 1, ParcelsPerMonth = 10_000 };
        await DemoData.FillAsync(host.Get<IServiceProvider>(), tiny, null, CancellationToken.None);
        var claims = await host.RowsAsync("select count(*) from claims");

        var refused = await Assert.ThrowsAsync<DemoRefusedException>(() => DemoData.FillAsync(host.Get<IServiceProvider>(), tiny, null, CancellationToken.None));
        Assert.Contains("empty store", refused.Message, StringComparison.Ordinal);
        Assert.Equal(claims, await host.RowsAsync("select count(*) from claims"));
    }

    [Fact]
    public async Task the_same_seed_on_the_same_day_gives_the_same_figures()
    {
        const string Figures = """
            select carrier, status, count(*), sum(amount), sum(received), sum(deducted), sum(outstanding)
            from claims group by carrier, status order by carrier, status
            """;
        const string Deposits = "select code, lodged, deducted, top_up_requested from carriers order by code";
        var options = Small with { Months = 2 };
        await using var first = await LifecycleHost.StartAsync(Today);
        await DemoData.FillAsync(first.Get<IServiceProvider>(), options, null, CancellationToken.None);
        await using var second = await LifecycleHost.StartAsync(Today);
        await DemoData.FillAsync(second.Get<IServiceProvider>(), options, null, CancellationToken.None);

        Assert.Equal(await first.RowsAsync(Figures), await second.RowsAsync(Figures));
        Assert.Equal(await first.RowsAsync(Deposits), await second.RowsAsync(Deposits));
        Assert.Equal(await first.RowsAsync("select * from volumes order by 1, 2, 3"), await second.RowsAsync("select * from volumes order by 1, 2, 3"));
        await using var other = await LifecycleHost.StartAsync(Today);
        await DemoData.FillAsync(other.Get<IServiceProvider>(), options with { Seed = 7 }, null, CancellationToken.None);
        Assert.NotEqual(await first.RowsAsync(Figures), await other.RowsAsync(Figures));
    }

    // Progress<T> posts to the thread pool; a test wants the reports in hand when the fill returns.
    private sealed class SyncProgress(List<DemoProgress> into) : IProgress<DemoProgress>
    {
        public void Report(DemoProgress value) => into.Add(value);
    }
}
