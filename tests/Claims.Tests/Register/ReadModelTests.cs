using Claims.Carriers;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Claims.Tests.Lifecycle;

namespace Claims.Tests.Register;

public sealed class ReadModelTests
{
    private static readonly DateOnly Today = new(2026, 4, 20);

    [Fact]
    public async Task the_register_shows_a_claims_amount_outstanding_and_next_deadline_and_survives_a_rebuild()
    {
        await using var host = await LifecycleHost.StartAsync(Today);
        var store = host.Get<EventStore>();
        var session = store.LightweightSession(new Actor("lin"));
        session.Events.StartStream<CarrierState>("carrier:ZTO",
            new ContractRegistered("ZTO", "中通快递", "ZTO-SH-2026-017", new DateOnly(2026, 1, 1), null, "CNY", "zto.yaml", "abc", 50000m, 20000m, 7, "yaml"),
            new DepositLodged(new DateOnly(2026, 1, 5), 25000m, "CNY", "R1"),
            new DepositDeducted(new DateOnly(2026, 4, 1), 6000m, "CNY", Given.Id, "ZT100"),
            new DepositTopUpRequested(new DateOnly(2026, 4, 1), 1000m, "CNY", new DateOnly(2026, 4, 8)));
        session.Events.StartStream<ClaimState>(Given.Id, Given.Reported(), Given.Assessed(),
            new ClaimFiled(Given.IncidentOn.AddDays(1), 36m, Given.IncidentOn.AddDays(8)),
            new CarrierAccepted(Given.IncidentOn.AddDays(3), 30m, Given.IncidentOn.AddDays(18)),
            new PaymentReceived(Given.IncidentOn.AddDays(5), 10m, "P1"));
        await session.SaveChangesAsync();

        const string claimsSql = "select id, status, amount, accepted_amount, received, outstanding, due, next_deadline::text, reported_by from claims order by id";
        const string carriersSql = "select code, name, contract, balance, minimum_balance, top_up_requested from carriers";
        var claims = await host.RowsAsync(claimsSql);
        Assert.Equal([$"{Given.Id}|accepted|36|30|10|20|chase-payment|2026-03-20|lin"], claims);
        var carriers = await host.RowsAsync(carriersSql);
        Assert.Equal(["ZTO|中通快递|ZTO-SH-2026-017|19000|20000|True"], carriers);
        var ledger = await host.RowsAsync("select carrier, version, kind, amount from deposit_ledger order by version");
        var contracts = await host.RowsAsync("select carrier, number, sha256, yaml from contracts");

        await store.RebuildProjectionsAsync();

        Assert.Equal(claims, await host.RowsAsync(claimsSql));
        Assert.Equal(carriers, await host.RowsAsync(carriersSql));
        Assert.Equal(ledger, await host.RowsAsync("select carrier, version, kind, amount from deposit_ledger order by version"));
        Assert.Equal(contracts, await host.RowsAsync("select carrier, number, sha256, yaml from contracts"));
        Assert.Equal(2, ledger.Count);
    }
}
