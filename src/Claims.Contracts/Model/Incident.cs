namespace Claims.Contracts.Model;

/// <summary>
/// The facts of one incident as the shop knows them: what an incident file row or a report form gives.
/// Amounts are in the carrier contract's currency. <see cref="ClaimedAmount"/> null means "the goods value".
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
    string? Note = null);
