using Claims.Carriers;
using Claims.Contracts.Model;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Claims.Managers;
using Claims.Tests.Register;
using static Claims.Tests.Managers.ScorecardFixture;

namespace Claims.Tests.Managers;

/// <summary>
/// April 2026 in CNY: ANE 40,000 parcels (one loss, paid in full), BEST 30,000 (one loss of 200, 100 paid), CHEAP 30,000
/// (three losses of 1,000, nothing paid: 0.10 unrecovered per parcel). DHL ships 1,000 parcels in USD; IDLE has a contract and no volume.
/// </summary>
public sealed class ReallocationServiceTests
{
    internal static readonly YearMonth May = new(2026, 5);

    internal static async Task<LifecycleHost> StartAsync()
    {
        var host = await LifecycleHost.StartAsync(new DateOnly(2026, 5, 20));
        var s = host.Get<EventStore>().LightweightSession(new Actor("lin"));
        Carrier(s, "ANE", "安能物流", "CNY", 40_000);
        Carrier(s, "BEST", "百世快递", "CNY", 30_000);
        Carrier(s, "CHEAP", "便宜快运", "CNY", 30_000);
        Carrier(s, "DHL", "DHL", "USD", 1_000);
        s.Events.StartStream<CarrierState>("carrier:IDLE",
            new ContractRegistered("IDLE", "闲置快递", "IDLE-1", new DateOnly(2026, 1, 1), null, "CNY", "IDLE.yaml", "IDLE", null, null, null));
        Claim(s, "ANE", "A1", IncidentType.Lost, D(4, 2), 100m, "CNY",
            new ClaimFiled(D(4, 3), 100m, D(4, 10)), new CarrierAccepted(D(4, 5), 100m, D(4, 20)), new PaymentReceived(D(4, 8), 100m, "P1"));
        Claim(s, "BEST", "B1", IncidentType.Lost, D(4, 2), 200m, "CNY",
            new ClaimFiled(D(4, 3), 200m, D(4, 10)), new CarrierAccepted(D(4, 5), 100m, D(4, 20)), new PaymentReceived(D(4, 8), 100m, "P2"));
        foreach (var waybill in new[] { "C1", "C2", "C3" })
            Claim(s, "CHEAP", waybill, IncidentType.Lost, D(4, 4), 1_000m, "CNY");
        await s.SaveChangesAsync();
        return host;
    }

    private static void Carrier(EventSession s, string code, string name, string currency, long parcels) =>
        s.Events.StartStream<CarrierState>($"carrier:{code}",
            new ContractRegistered(code, name, $"{code}-1", new DateOnly(2026, 1, 1), null, currency, $"{code}.yaml", code, null, null, null),
            new ShipmentVolumeRecorded(2026, 4, parcels, parcels * 5m, currency));

    [Fact]
    public async Task the_carrier_that_leaves_the_most_unpaid_loses_ten_points_to_the_best_and_the_expected_loss_is_worked_out()
    {
        await using var host = await StartAsync();
        var proposal = await host.Get<Reallocation>().ProposeAsync(new ReallocationRequest(May), CancellationToken.None);

        Assert.Equal("CNY", proposal.Currency);
        Assert.Equal(["ANE", "BEST", "CHEAP"], proposal.Shares.Select(s => s.Carrier));
        Assert.Equal([0.4m, 0.3m, 0.3m], proposal.Shares.Select(s => s.Current));
        Assert.Equal([0.5m, 0.3m, 0.2m], proposal.Shares.Select(s => s.Proposed));
        Assert.Equal(-1_000.00m, proposal.ExpectedUnrecoveredLossChange);   // 10,000 parcels × 0.10 unrecovered each
        Assert.Equal(-0.8m, proposal.ExpectedIncidentsChange);             // +10,000 × 1/40,000 − 10,000 × 3/30,000
        Assert.Equal("1.0 incidents per 10k, 100% unrecovered, CNY 100.00 lost per 1,000 parcels; share cut by 10 points (max change per month)", proposal.Shares[2].Reason);
        Assert.Equal("便宜快运", proposal.Shares[2].CarrierName);
        Assert.Contains(proposal.Notes, n => n.Contains("USD", StringComparison.Ordinal) && n.Contains("DHL", StringComparison.Ordinal));
        Assert.Contains(proposal.Notes, n => n.StartsWith("Not in this proposal", StringComparison.Ordinal) && n.Contains("IDLE", StringComparison.Ordinal));
        Assert.Equal(proposal.Notes.Count, proposal.NotesZh.Count);
        Assert.Contains(proposal.NotesZh, n => n.Contains("以 USD 结算", StringComparison.Ordinal) && n.Contains("DHL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_month_with_nothing_recorded_before_it_cannot_be_proposed_and_says_why()
    {
        await using var host = await StartAsync();
        var ex = await Assert.ThrowsAsync<ReallocationInfeasibleException>(() =>
            host.Get<Reallocation>().ProposeAsync(new ReallocationRequest(new YearMonth(2026, 4)), CancellationToken.None));

        Assert.Equal("no-volume", ex.Code);
    }

    [Fact]
    public async Task four_carriers_required_of_three_is_refused()
    {
        await using var host = await StartAsync();
        var ex = await Assert.ThrowsAsync<ReallocationInfeasibleException>(() =>
            host.Get<Reallocation>().ProposeAsync(new ReallocationRequest(May, MinCarriers: 4), CancellationToken.None));

        Assert.Equal("too-few-carriers", ex.Code);
    }
}
