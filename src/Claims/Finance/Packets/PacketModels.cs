using Claims.Finance.Exports;

namespace Claims.Finance.Packets;

/// <summary>The contract a claim rests on, as the carrier will look it up: its number and the signed document's file.</summary>
public sealed record PacketContract(string Number, string? Document, DateOnly Effective, DateOnly? Expires);

/// <summary>The incident facts the contract engine assessed (amounts in the claim's currency).</summary>
public sealed record IncidentFacts(
    decimal? GoodsValue, decimal? DeclaredValue, decimal? Freight, decimal? ClaimedAmount, decimal? WeightKg, int? DaysLate);

/// <summary>One line of a claim's timeline: when it was recorded, by whom, what happened and the business details.</summary>
public sealed record TimelineEntry(DateTimeOffset At, string Who, string What, string? Detail);

/// <summary>A piece of evidence on file; Thumbnail holds the image bytes when it is a picture the packet can show.</summary>
public sealed record EvidenceEntry(
    string FileName, string ContentType, long SizeBytes, DateTimeOffset AttachedAt, string AttachedBy, byte[]? Thumbnail);

/// <summary>Everything one claim's section of a packet shows.</summary>
public sealed record ClaimPacketModel(
    ClaimRow Claim,
    PacketContract? Contract,
    string? Trace,
    IncidentFacts Facts,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<EvidenceEntry> Evidence);

/// <summary>Totals of one currency on a carrier-month cover (never added across currencies).</summary>
public sealed record CurrencyTotals(
    string Currency, int Claims, decimal Claimed, decimal Accepted, decimal Received, decimal Deducted, decimal Outstanding);

/// <summary>A deduction from the carrier's deposit, as the ledger recorded it.</summary>
public sealed record DepositDeduction(DateOnly On, decimal Amount, string Currency, string? Waybill, string RecordedBy);

/// <summary>
/// A carrier's claims of one month (by incident date), the deposit deductions taken for those claims, and the
/// service-level penalties judged over that month.
/// </summary>
public sealed record CarrierMonthModel(
    string Carrier,
    string CarrierName,
    int Year,
    int Month,
    IReadOnlyList<CurrencyTotals> Totals,
    IReadOnlyList<DepositDeduction> Deductions,
    IReadOnlyList<ClaimPacketModel> Claims,
    IReadOnlyList<Claims.Penalties.PenaltyRow> Penalties);

/// <summary>Who sends the packet, and when it was produced (shown on every page).</summary>
public sealed record PacketSender(string Shop, DateTimeOffset ProducedAt);
