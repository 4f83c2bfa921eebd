using Claims.Carriers;
using Claims.Contracts.Model;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Claims.Managers;
using Claims.Tests.Register;

namespace Claims.Tests.Managers;

/// <summary>
/// A small store whose scorecards are worked out by hand. ZTO (CNY): 10,000 parcels in March 2026 and three losses
/// that month — paid after 5, 20 and 25 days, one disputed first, one deemed accepted and taken from the deposit —
/// then a damaged parcel in April, a month without volume (filed and countered in later saves). FedEx (USD): 20,000 parcels in March and one loss.
/// ZTO also has one claim assessed in USD (kept apart from its CNY figures).
/// </summary>
internal static class ScorecardFixture
{
    public static readonly YearMonth March = new(2026, 3);
    public static readonly YearMonth April = new(2026, 4);

    public static async Task<LifecycleHost> StartAsync()
    {
        var host = await LifecycleHost.StartAsync(new DateOnly(2026, 5, 20));
        await WriteAsync(host.Get<EventStore>());
        return host;
    }

    public static async Task WriteAsync(EventStore store)
    {
        var s = store.LightweightSession(new Actor("lin"));
        s.Events.StartStream<CarrierState>("carrier:ZTO",
            new ContractRegistered("ZTO", "中通快递", "ZTO-1", new DateOnly(2026, 1, 1), null, "CNY", "zto.yaml", "a", null, null, null),
            new ShipmentVolumeRecorded(2026, 3, 10_000, 50_000m, "CNY"));
        s.Events.StartStream<CarrierState>("carrier:FDX",
            new ContractRegistered("FDX", "FedEx", "FDX-1", new DateOnly(2026, 1, 1), null, "USD", "fdx.yaml", "b", null, null, null),
            new ShipmentVolumeRecorded(2026, 3, 20_000, 9_000m, "USD"));
        Claim(s, "ZTO", "Z1", IncidentType.Lost, D(3, 2), 100m, "CNY",
            new ClaimFiled(D(3, 5), 100m, D(3, 12)), new CarrierAccepted(D(3, 8), 100m, D(3, 23)), new PaymentReceived(D(3, 10), 100m, "P1"));
        Claim(s, "ZTO", "Z2", IncidentType.Lost, D(3, 3), 200m, "CNY",
            new ClaimFiled(D(3, 5), 200m, D(3, 12)), new CarrierDisputed(D(3, 7), "no proof"),
            new CarrierAccepted(D(3, 12), 150m, D(3, 27)), new PaymentReceived(D(3, 20), 50m, "P2"), new PaymentReceived(D(3, 25), 100m, "P3"));
        Claim(s, "ZTO", "Z3", IncidentType.Lost, D(3, 4), 300m, "CNY",
            new ClaimFiled(D(3, 6), 300m, D(3, 13)), new CarrierDeemedAccepted(D(3, 14), 300m, D(3, 29)),
            new DeductedFromDeposit(D(3, 31), 300m, 0m));
        Claim(s, "ZTO", "Z4", IncidentType.Damaged, D(4, 2), 50m, "CNY");
        Claim(s, "ZTO", "Z5", IncidentType.Lost, D(3, 9), 70m, "USD");
        Claim(s, "FDX", "F1", IncidentType.Lost, D(3, 2), 80m, "USD");
        await s.SaveChangesAsync();
        // Later saves change claims already counted: April's claim is filed and countered, a ZTO loss is paid on top.
        var later = store.LightweightSession(new Actor("lin"));
        later.Events.Append("claim:ZTO:Z4:forward", 2, new ClaimFiled(D(4, 6), 50m, D(4, 13)));
        await later.SaveChangesAsync();
        later = store.LightweightSession(new Actor("lin"));
        later.Events.Append("claim:ZTO:Z4:forward", 3, new CarrierCounterOffered(D(4, 9), 30m));
        await later.SaveChangesAsync();
    }

    public static DateOnly D(int month, int day) => new(2026, month, day);

    public static void Claim(EventSession s, string carrier, string waybill, IncidentType type, DateOnly on, decimal amount, string currency,
        params object[] later)
    {
        var id = $"claim:{carrier}:{waybill}:forward";
        s.Events.StartStream<ClaimState>(id, [
            new IncidentReported(id, carrier, waybill, Direction.Forward, type, on.AddDays(-1), on, amount, 0m, 5m, null, 1m, 0, null, null, on),
            new ClaimAssessed($"{carrier}-1", "7.2", 4, "丢失", amount, currency, "trace", on.AddDays(30), false),
            .. later]);
    }
}
