// Namespace Claims.Managers, not the folder's: the service is named Reallocation and a namespace of that name would hide it.
namespace Claims.Managers;

/// <summary>
/// One carrier as the reallocation sees it: its share of last month's parcels and its recent rates, per parcel.
/// LossPerParcel is the unrecovered loss (assessed − received − deducted) per parcel; UnrecoveredFraction that loss over
/// what was assessed (null when nothing was). MinShare, MaxShare and CapacityShare are the optional per-carrier bounds.
/// </summary>
public sealed record CarrierRecord(
    string Carrier,
    string Name,
    decimal Current,
    decimal IncidentsPerParcel,
    decimal LossPerParcel,
    decimal? UnrecoveredFraction,
    decimal? MinShare = null,
    decimal? MaxShare = null,
    decimal? CapacityShare = null);

/// <summary>
/// The bounds every proposal keeps. MaxChangePerMonth is the largest move of one carrier's share (0.10 = 10 points);
/// MinShareWhenKept the smallest share the proposal cuts a carrier in use down to (dropping one is the manager's call).
/// </summary>
public sealed record ReallocationRules(
    int MinCarriers = 3,
    decimal MaxShare = 0.5m,
    decimal MaxChangePerMonth = 0.10m,
    decimal MinShareWhenKept = 0.05m);

/// <summary>What held a carrier's share where it ended (the reason a manager reads out names it).</summary>
public enum ShareLimit
{
    /// <summary>Nothing better or worse to trade with: the share stays as it was.</summary>
    None,
    MaxShare,
    CarrierMax,
    Capacity,
    ChangeLimit,
    KeptFloor,
    CarrierMin,
    /// <summary>No volume last month and not needed: the proposal does not bring carriers in on its own.</summary>
    NotInUse,
    /// <summary>No volume last month, brought in to keep at least MinCarriers.</summary>
    BroughtIn,
    /// <summary>Moved as far as the worse (or better) carriers allowed.</summary>
    Balanced,
}

/// <summary>One carrier's proposed share and what limited it; BeyondChangeLimit when a hard bound forced a larger move.</summary>
public sealed record Reallocated(CarrierRecord Record, decimal Proposed, ShareLimit Limit, bool BeyondChangeLimit);

/// <summary>Why no proposal can be made, with a code pages translate (too-few-carriers, too-little-room, minimums-too-large, bounds-conflict, no-volume).</summary>
public sealed class ReallocationInfeasibleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
