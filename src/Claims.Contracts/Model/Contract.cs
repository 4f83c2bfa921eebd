namespace Claims.Contracts.Model;

/// <summary>
/// One version of one carrier's contract, exactly as its file says. Plain data (strings, numbers, dates, lists)
/// so that a registered contract can be stored as an event and rebuilt with <see cref="ContractSet.Create"/>.
/// Expressions are kept as their source text; <see cref="Sha256"/> identifies the file text, so a changed file
/// is a new registration.
/// </summary>
public sealed record Contract(
    string CarrierCode,
    string CarrierName,
    string Number,
    DateOnly Effective,
    DateOnly? Expires,
    string Currency,
    string? Document,
    IReadOnlyDictionary<string, decimal> Constants,
    DepositTerms? Deposit,
    Deadlines Deadlines,
    IReadOnlyList<Clause> Clauses,
    IReadOnlyList<ServiceLevel> ServiceLevels,
    string SourceFile,
    string Sha256)
{
    /// <summary>True when <paramref name="day"/> lies in effective..expires, both inclusive; no expiry = open-ended.</summary>
    public bool IsInForceOn(DateOnly day) => day >= Effective && (Expires is not { } end || day <= end);

    /// <summary>The last day to file a claim for an incident on <paramref name="incidentOn"/>, or null without such a deadline.</summary>
    public DateOnly? FileBy(DateOnly incidentOn) => Deadlines.FileBy(incidentOn);
}
