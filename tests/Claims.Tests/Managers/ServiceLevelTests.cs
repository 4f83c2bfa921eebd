using Claims.Carriers;
using Claims.Contracts.IncidentFiles;
using Claims.Contracts.Model;
using Claims.Contracts.Volumes;
using Claims.Deposits.Lodging;
using Claims.Hosting;
using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Messaging;
using Claims.Managers;
using Claims.Penalties;
using Claims.Register;
using Claims.Tests.Register;

namespace Claims.Tests.Managers;

/// <summary>
/// Monthly service levels of the sample ZTO contract, the format's example: clause 10.1 is breached above 3 losses per
/// 10,000 parcels and pays monthlyFreight × 0.01 × ceil(metricValue − threshold), capped at 20,000.
/// </summary>
public sealed class ServiceLevelTests
{
    private static readonly Actor Lin = new("lin");
    private static readonly YearMonth March = new(2026, 3);

    [Fact]
    public async Task five_losses_in_ten_thousand_parcels_breach_the_loss_rate_and_owe_two_percent_of_the_freight()
    {
        await using var host = await StartAsync(lostInMarch: 5);

        await RecordAsync(host, parcels: 10_000, freight: 50_000m);

        var penalty = Assert.Single(await PenaltiesAsync(host));
        Assert.Equal(("10.1", 10, "lostPer10k", 5m, 3m), (penalty.Id, penalty.Page, penalty.Metric, penalty.MetricValue, penalty.Threshold));
        Assert.Equal((1_000.00m, "CNY", "ZTO-SH-2026-017"), (penalty.Amount, penalty.Currency, penalty.ContractNumber));
        Assert.Contains("50000", penalty.Trace, StringComparison.Ordinal);
        Assert.Equal((1, 1_000.00m), await ScorecardAsync(host));
    }

    [Fact]
    public async Task three_losses_in_ten_thousand_parcels_are_at_the_threshold_and_not_a_breach()
    {
        await using var host = await StartAsync(lostInMarch: 3);

        await RecordAsync(host, parcels: 10_000, freight: 50_000m);

        Assert.Empty(await PenaltiesAsync(host));
        Assert.Equal((0, 0m), await ScorecardAsync(host));
    }

    [Fact]
    public async Task a_volume_correction_replaces_the_first_penalty_and_withdraws_it_once_the_rate_is_no_longer_breached()
    {
        await using var host = await StartAsync(lostInMarch: 5);
        await RecordAsync(host, parcels: 10_000, freight: 50_000m);

        await RecordAsync(host, parcels: 12_500, freight: 60_000m);     // 4.0 per 10k: one point over, 1% of 60,000
        Assert.Equal((1, 600.00m), await ScorecardAsync(host));
        Assert.Equal(2, await host.ScalarAsync("select count(*)::int from mt_events where type = 'ServiceLevelPenaltyAssessed'"));

        await RecordAsync(host, parcels: 12_500, freight: 60_000m);     // the same figures again: nothing new to say
        Assert.Equal(2, await host.ScalarAsync("select count(*)::int from mt_events where type = 'ServiceLevelPenaltyAssessed'"));

        await RecordAsync(host, parcels: 20_000, freight: 90_000m);     // 2.5 per 10k: no longer a breach
        Assert.Empty(await PenaltiesAsync(host));
        Assert.Equal((0, 0m), await ScorecardAsync(host));
        Assert.Equal(["3|10.1|2.5"], await host.RowsAsync(
            "select data->>'month', data->>'id', data->>'metricValue' from mt_events where type = 'ServiceLevelPenaltyWithdrawn'"));
    }

    [Fact]
    public async Task incidents_outside_the_month_do_not_count_and_a_month_without_volume_is_not_judged()
    {
        await using var host = await StartAsync(lostInMarch: 3);
        // Three more losses in February, a month with no recorded volume: March stays at 3.0, February is never judged.
        await host.Get<ClaimImport>().ImportAsync([.. Enumerable.Range(0, 3).Select(i => Lost(100 + i, $"ZTF{i}", new DateOnly(2026, 2, 20)))], Lin);

        await RecordAsync(host, parcels: 10_000, freight: 50_000m);

        Assert.Empty(await PenaltiesAsync(host));
        Assert.Equal(0, await host.ScalarAsync("select count(*)::int from mt_events where type like 'ServiceLevelPenalty%'"));
    }

    [Fact]
    public async Task a_penalty_is_owed_like_a_claim_part_paid_then_the_rest_deducted_from_the_deposit_once_the_window_has_passed()
    {
        await using var host = await StartAsync(lostInMarch: 5);                       // today 2026-04-20
        await host.Get<ClaimCommands>().LodgeDepositAsync("ZTO", new LodgeDeposit(new DateOnly(2026, 4, 1), 50_000m, "TT-DEP"), Lin);
        await RecordAsync(host, parcels: 10_000, freight: 50_000m);                   // 1,000.00 owed, pay within 15 days
        var payments = host.Get<PenaltyCommands>();
        var refused = await payments.PayAsync("ZTO", new RecordPenaltyPayment(2026, 3, "10.1", new DateOnly(2026, 4, 20), 1_200m, null), Lin);
        Assert.Equal("amount.above-outstanding", refused.Refusal?.Code);
        host.Clock.MoveTo(new DateOnly(2026, 4, 25));
        var paid = await payments.PayAsync("ZTO", new RecordPenaltyPayment(2026, 3, "10.1", new DateOnly(2026, 4, 24), 400m, "ZTO-TT-77"), Lin);
        Assert.Null(paid.Refusal);

        host.Clock.MoveTo(new DateOnly(2026, 5, 5));                                  // the last day to pay: nothing happens yet
        await host.RunDueWorkAsync();
        Assert.Equal((400m, 0m, 600m), await PenaltyAsync(host));
        host.Clock.MoveTo(new DateOnly(2026, 5, 6));
        await host.RunDueWorkAsync();
        await host.RunDueWorkAsync();

        Assert.Equal((400m, 600m, 0m), await PenaltyAsync(host));
        Assert.Equal(["2026-05-06|-600.00|服务水平罚款 service-level penalty 10.1 · 2026-03"],
            await host.RowsAsync("select on_date::text, amount, reference from deposit_ledger where kind = 'deducted'"));
        Assert.Equal(49_400m, await host.ScalarAsync("select balance from carriers where code = 'ZTO'"));
        Assert.Empty(await host.Get<ReadModelAudit>().RebuildAndCompareAsync());
    }

    [Fact]
    public async Task a_penalty_paid_in_full_in_time_is_never_deducted()
    {
        await using var host = await StartAsync(lostInMarch: 5);
        await host.Get<ClaimCommands>().LodgeDepositAsync("ZTO", new LodgeDeposit(new DateOnly(2026, 4, 1), 50_000m, null), Lin);
        await RecordAsync(host, parcels: 10_000, freight: 50_000m);
        await host.Get<PenaltyCommands>().PayAsync("ZTO", new RecordPenaltyPayment(2026, 3, "10.1", new DateOnly(2026, 4, 20), 1_000m, null), Lin);

        host.Clock.MoveTo(new DateOnly(2026, 6, 1));
        await host.RunDueWorkAsync();

        Assert.Equal((1_000m, 0m, 0m), await PenaltyAsync(host));
        Assert.Equal(50_000m, await host.ScalarAsync("select balance from carriers where code = 'ZTO'"));
    }

    private static async Task<(decimal Paid, decimal Deducted, decimal Outstanding)> PenaltyAsync(LifecycleHost host)
    {
        var row = Assert.Single(await host.Get<PenaltyRegister>().ListAsync("ZTO", default));
        Assert.Equal((new DateOnly(2026, 4, 20), new DateOnly(2026, 5, 5)), (row.JudgedOn, row.PayBy));
        return (row.Paid, row.Deducted, row.Outstanding);
    }

    private static async Task<LifecycleHost> StartAsync(int lostInMarch)
    {
        var host = await LifecycleHost.StartAsync(new DateOnly(2026, 4, 20));
        await host.Get<ContractRegistration>().LoadFolderAsync(Repo.Samples, Lin);
        var rows = Enumerable.Range(0, lostInMarch).Select(i => Lost(i, $"ZTM{i}", new DateOnly(2026, 3, 5 + i))).ToList();
        var summary = await host.Get<ClaimImport>().ImportAsync(rows, Lin);
        Assert.Equal(lostInMarch, summary.Created);
        return host;
    }

    private static IncidentRow Lost(int i, string waybill, DateOnly on) => new(i + 2,
        new Incident(waybill, "ZTO", IncidentType.Lost, Direction.Forward, on.AddDays(-2), on, GoodsValue: 100m, Freight: 8m),
        waybill, "ZTO", null);

    private static async Task RecordAsync(LifecycleHost host, long parcels, decimal freight)
    {
        var summary = await host.Get<VolumeImport>().ImportAsync([new VolumeRow(2, "ZTO", 2026, 3, parcels, freight, null)], Lin);
        Assert.Equal(1, summary.Created);
    }

    private static async Task<IReadOnlyList<ServiceLevelPenaltyAssessed>> PenaltiesAsync(LifecycleHost host)
    {
        var stream = await host.Get<EventStore>().LightweightSession(Lin).Events.FetchForWriting<CarrierState>(CarrierState.StreamId("ZTO"));
        return [.. stream.Aggregate.Penalties.Values];
    }

    private static async Task<(int Breaches, decimal Penalties)> ScorecardAsync(LifecycleHost host)
    {
        var report = await host.Get<CarrierComparison>().CompareAsync(new ComparisonRequest(March, March), default);
        var zto = report.Carriers.Single(c => c.Carrier == "ZTO").Figures;
        return (zto.ServiceLevelBreaches, zto.ServiceLevelPenalties);
    }
}
