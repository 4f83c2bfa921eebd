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

/// <summary>
/// A monthly service level of the carrier's contract judged breached (CONTRACT-FORMAT.md "Service levels"). Judged again
/// after a volume correction, the newer judgement of the same Year, Month and Id replaces this one (never adds to it).
/// Amount is null with a Reason when the pay expression could not be computed. On is the day it was judged and PayBy the
/// last day to pay (On plus the contract's payWithinDays); both null on penalties judged before they were recorded.
/// </summary>
public sealed record ServiceLevelPenaltyAssessed(
    int Year,
    int Month,
    string ContractNumber,
    string Id,
    int Page,
    string Title,
    string Metric,
    decimal MetricValue,
    decimal Threshold,
    decimal? Amount,
    string Currency,
    string? Reason,
    string? Trace,
    DateOnly? On = null,
    DateOnly? PayBy = null);

/// <summary>A re-judgement after a volume correction found no breach: the earlier penalty of that month and Id is void.</summary>
public sealed record ServiceLevelPenaltyWithdrawn(int Year, int Month, string Id, decimal MetricValue, decimal Threshold);

/// <summary>The carrier paid (part of) a standing service-level penalty.</summary>
public sealed record ServiceLevelPenaltyPaid(int Year, int Month, string Id, DateOnly On, decimal Amount, string Currency, string? Reference);

/// <summary>
/// A penalty's payment window passed with money still owed: Amount was taken from the carrier's deposit (it lowers the
/// deposit balance as a DepositDeducted does, and counts towards the penalty as a payment does).
/// </summary>
public sealed record ServiceLevelPenaltyDeducted(int Year, int Month, string Id, DateOnly On, decimal Amount, string Currency);
