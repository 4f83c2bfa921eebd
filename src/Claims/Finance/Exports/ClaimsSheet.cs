using Claims.Documents.Excel;

namespace Claims.Finance.Exports;

/// <summary>The "Claims" sheet (also the CSV export): one typed row per claim, money in its own currency's format.</summary>
internal static class ClaimsSheet
{
    public const string Name = "Claims 索赔";

    /// <summary>
    /// The sheet's columns. <paramref name="forPeople"/> (the workbook) writes direction, incident and status as Chinese
    /// with English ("丢件 lost"); the CSV keeps the codes, for the programs that read it.
    /// </summary>
    public static SheetModel<ClaimRow> Create(IAsyncEnumerable<ClaimRow> rows, bool forPeople = false) =>
        new SheetModel<ClaimRow>(Name, rows)
            .Text(Headers.Waybill, r => r.Waybill)
            .Text(Headers.Direction, r => forPeople ? Packets.Labels.Direction(r.Direction) : r.Direction)
            .Text(Headers.Order, r => r.OrderId)
            .Text(Headers.Carrier, r => r.Carrier)
            .Text(Headers.CarrierName, r => r.CarrierName)
            .Text(Headers.Incident, r => forPeople ? Packets.Labels.Incident(r.Incident) : r.Incident)
            .Integer(Headers.Incidents, r => r.Incidents)
            .Date(Headers.ShippedOn, r => r.ShippedOn)
            .Date(Headers.IncidentOn, r => r.IncidentOn)
            .Date(Headers.ReportedOn, r => r.ReportedOn)
            .Text(Headers.Month, r => r.Month)
            .Text(Headers.Contract, r => r.Contract)
            .Text(Headers.Clause, r => r.Clause)
            .Integer(Headers.Page, r => r.Page)
            .Text(Headers.Title, r => r.Title)
            .Text(Headers.Status, r => forPeople ? Packets.Labels.Status(r.Status) : r.Status)
            .Text(Headers.Currency, r => r.Currency)
            .Money(Headers.Assessed, r => r.Assessed, r => r.Currency)
            .Money(Headers.Override, r => r.Override, r => r.Currency)
            .Money(Headers.Claimed, r => r.Amount, r => r.Currency)
            .Money(Headers.Accepted, r => r.Accepted, r => r.Currency)
            .Money(Headers.Received, r => r.Received, r => r.Currency)
            .Money(Headers.Deducted, r => r.Deducted, r => r.Currency)
            .Money(Headers.Outstanding, r => r.Outstanding, r => r.Currency)
            .Date(Headers.FileBy, r => r.FileBy)
            .Date(Headers.FiledOn, r => r.FiledOn)
            .Date(Headers.RespondBy, r => r.RespondBy)
            .Date(Headers.AcceptedOn, r => r.AcceptedOn)
            .Date(Headers.PayBy, r => r.PayBy)
            .Date(Headers.NextDeadline, r => r.NextDeadline)
            .Text(Headers.ReportedBy, r => forPeople && r.ReportedBy is not null ? Packets.Labels.Who(r.ReportedByName ?? r.ReportedBy) : r.ReportedBy)
            .Text(Headers.FiledBy, r => forPeople && r.FiledBy is not null ? Packets.Labels.Who(r.FiledByName ?? r.FiledBy) : r.FiledBy)
            .Text(Headers.Note, r => r.Note)
            .Text(Headers.ManualReason, r => forPeople && r.ManualReason is not null ? Packets.Labels.Reason(r.ManualReason) : r.ManualReason)
            .Text(Headers.OverrideReason, r => r.OverrideReason);
}
