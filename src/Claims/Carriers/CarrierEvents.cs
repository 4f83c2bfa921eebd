namespace Claims.Carriers;

// The carrier stream's events (DESIGN.md). Deposit amounts are in the carrier contract's currency.

/// <summary>A contract version registered from its file; Sha256 tells a changed file from the same one, and Yaml
/// (the file's text) lets the contract set be rebuilt from the store alone.</summary>
public sealed record ContractRegistered(
    string Carrier,
    string CarrierName,
    string Number,
    DateOnly Effective,
    DateOnly? Expires,
    string Currency,
    string FileName,
    string Sha256,
    decimal? DepositRequired,
    decimal? MinimumBalance,
    int? TopUpWithinDays,
    string? Yaml = null);

public sealed record DepositLodged(DateOnly On, decimal Amount, string Currency, string? Reference);

public sealed record DepositDeducted(DateOnly On, decimal Amount, string Currency, string ClaimId, string Waybill);

/// <summary>The balance fell below the contract's minimum: the carrier must pay in at least Amount by DueOn.</summary>
public sealed record DepositTopUpRequested(DateOnly On, decimal Amount, string Currency, DateOnly? DueOn);

public sealed record ShipmentVolumeRecorded(int Year, int Month, long Parcels, decimal Freight, string Currency);
