using System.Collections.Immutable;
using Claims.Infrastructure.EventStore;

namespace Claims.Carriers;

/// <summary>A carrier as its events leave it: its contracts and its security deposit.</summary>
public sealed record CarrierState : IAggregate<CarrierState>
{
    public static CarrierState Empty { get; } = new();

    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public bool Exists { get; init; }
    public IReadOnlyList<ContractRegistered> Contracts { get; init; } = [];
    public string? Currency { get; init; }
    public decimal Lodged { get; init; }
    public decimal DeductedTotal { get; init; }
    public decimal? MinimumBalance { get; init; }
    public int? TopUpWithinDays { get; init; }
    public bool TopUpRequested { get; init; }

    /// <summary>The service-level penalties standing now: the latest judgement per month and id, withdrawn ones removed.</summary>
    public ImmutableDictionary<(int Year, int Month, string Id), ServiceLevelPenaltyAssessed> Penalties { get; init; } =
        ImmutableDictionary<(int Year, int Month, string Id), ServiceLevelPenaltyAssessed>.Empty;

    /// <summary>What the carrier has paid or had deducted towards each penalty; kept when a penalty is re-judged or withdrawn.</summary>
    public ImmutableDictionary<(int Year, int Month, string Id), decimal> PenaltiesCollected { get; init; } =
        ImmutableDictionary<(int Year, int Month, string Id), decimal>.Empty;

    public decimal Balance => Lodged - DeductedTotal;

    /// <summary>What is still owed on a standing penalty (nothing on a withdrawn one, or one without a computed amount).</summary>
    public decimal PenaltyOutstanding((int Year, int Month, string Id) key) =>
        Penalties.TryGetValue(key, out var p) && p.Amount is { } amount
            ? Math.Max(0m, amount - PenaltiesCollected.GetValueOrDefault(key))
            : 0m;

    public CarrierState Apply(object @event) => @event switch
    {
        ContractRegistered e => this with
        {
            Code = e.Carrier, Name = e.CarrierName, Exists = true, Contracts = [.. Contracts, e],
            Currency = Currency ?? e.Currency,
            // The newest contract's deposit terms apply from its registration on.
            MinimumBalance = e.MinimumBalance ?? MinimumBalance, TopUpWithinDays = e.TopUpWithinDays ?? TopUpWithinDays,
        },
        DepositLodged e => WithTopUpCleared(this with { Lodged = Lodged + e.Amount, Currency = Currency ?? e.Currency }),
        DepositDeducted e => this with { DeductedTotal = DeductedTotal + e.Amount },
        DepositTopUpRequested => this with { TopUpRequested = true },
        ServiceLevelPenaltyAssessed e => this with { Penalties = Penalties.SetItem((e.Year, e.Month, e.Id), e) },
        ServiceLevelPenaltyWithdrawn e => this with { Penalties = Penalties.Remove((e.Year, e.Month, e.Id)) },
        ServiceLevelPenaltyPaid e => this with { PenaltiesCollected = Collect(e.Year, e.Month, e.Id, e.Amount) },
        ServiceLevelPenaltyDeducted e => this with
        {
            DeductedTotal = DeductedTotal + e.Amount, PenaltiesCollected = Collect(e.Year, e.Month, e.Id, e.Amount),
        },
        _ => this,
    };

    private ImmutableDictionary<(int Year, int Month, string Id), decimal> Collect(int year, int month, string id, decimal amount) =>
        PenaltiesCollected.SetItem((year, month, id), PenaltiesCollected.GetValueOrDefault((year, month, id)) + amount);

    private static CarrierState WithTopUpCleared(CarrierState s) =>
        s.MinimumBalance is { } min && s.Balance >= min ? s with { TopUpRequested = false } : s;

    public static CarrierState From(IEnumerable<object> events) => events.Aggregate(Empty, (s, e) => s.Apply(e));

    public static string StreamId(string carrier) => $"carrier:{carrier}";
}
