namespace Claims.Finance.Exports;

/// <summary>One claim as finance sees it: the register row with the carrier's name, who filed it and its note.</summary>
public sealed record ClaimRow(
    string Id,
    string Waybill,
    string Direction,
    string? OrderId,
    string Carrier,
    string? CarrierName,
    string Incident,
    int Incidents,
    DateOnly? ShippedOn,
    DateOnly? IncidentOn,
    DateOnly? ReportedOn,
    string? Contract,
    string? Clause,
    int? Page,
    string? Title,
    string Status,
    string? Currency,
    decimal? Assessed,
    decimal? Override,
    decimal? Amount,
    decimal? Accepted,
    decimal Received,
    decimal Deducted,
    decimal Outstanding,
    DateOnly? FileBy,
    DateOnly? FiledOn,
    DateOnly? RespondBy,
    DateOnly? AcceptedOn,
    DateOnly? PayBy,
    DateOnly? NextDeadline,
    string? ReportedBy,
    string? FiledBy,
    string? Note,
    string? ManualReason,
    string? OverrideReason,
    string? ReportedByName = null,
    string? FiledByName = null)
{
    /// <summary>The incident month as yyyy-mm: the period a claim is reconciled in.</summary>
    public string? Month => IncidentOn?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
