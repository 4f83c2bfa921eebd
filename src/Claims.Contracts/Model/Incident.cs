namespace Claims.Contracts.Model;

/// <summary>
/// The facts of one incident as the shop knows them: what an incident file row or a report form gives.
/// Amounts are in the carrier contract's currency. <see cref="ClaimedAmount"/> null means "the goods value".
/// <see cref="Missing"/> names the facts that were left blank (their value here is 0, but no clause may use it).
/// <see cref="SubmissionId"/> names the form or request that reported it, so a form sent twice adds nothing the second time.
/// The waybill is kept in its one normal form (<see cref="Waybills.Normalize"/>), whichever way it came in.
/// </summary>
public sealed record Incident(
    string Waybill,
    string CarrierCode,
    IncidentType Type,
    Direction Direction,
    DateOnly ShippedOn,
    DateOnly IncidentOn,
    decimal GoodsValue = 0m,
    decimal DeclaredValue = 0m,
    decimal Freight = 0m,
    decimal? ClaimedAmount = null,
    decimal WeightKg = 0m,
    int DaysLate = 0,
    string? OrderId = null,
    string? Note = null,
    MissingFacts Missing = MissingFacts.None,
    string? SubmissionId = null)
{
    /// <summary>The longest order number and note the report form takes (an imported file's free text is kept whole).</summary>
    public const int MaxOrderIdLength = 64;

    public const int MaxNoteLength = 4000;

    public string Waybill { get; init; } = Waybills.Normalize(Waybill);
}
