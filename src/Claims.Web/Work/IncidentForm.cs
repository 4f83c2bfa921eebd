using Claims.Contracts.Model;
using Claims.Web.Localization;

namespace Claims.Web.Work;

/// <summary>
/// An incident as typed in the report form or sent to the API: text fields, checked here into an <see cref="Incident"/>.
/// Errors are keyed by field so the form shows each beside its input; their text keys are in <see cref="Texts"/>.
/// </summary>
public sealed class IncidentForm
{
    public string? Carrier { get; set; }
    public string? Waybill { get; set; }
    public string? Direction { get; set; } = "forward";
    public string? Incident { get; set; } = "lost";
    public string? ShippedOn { get; set; }
    public string? IncidentOn { get; set; }
    public string? GoodsValue { get; set; }
    public string? DeclaredValue { get; set; }
    public string? Freight { get; set; }
    public string? ClaimedAmount { get; set; }
    public string? WeightKg { get; set; }
    public string? DaysLate { get; set; }
    public string? OrderId { get; set; }
    public string? Note { get; set; }

    /// <summary>Set when the form is shown (or by an API client): the same submission sent twice reports once.</summary>
    public string? SubmissionId { get; set; }

    /// <summary>
    /// The report form's answer to "this waybill already has a claim": add this incident to it. Without it the form
    /// adds nothing to an existing claim (the back button brings the form back with a new submission id).
    /// </summary>
    public bool AddToExisting { get; set; }


    public (Incident? Incident, IReadOnlyDictionary<string, string> Errors) Check(DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        var carrier = Carrier?.Trim().ToUpperInvariant();
        // The carrier becomes part of the claim id the database indexes: a code, not a paragraph.
        if (!ClaimIdParts.IsValid(carrier))
            errors[nameof(Carrier)] = "report.error.carrier";
        var waybill = Waybills.Normalize(Waybill);
        if (!ClaimIdParts.IsValid(waybill))
            errors[nameof(Waybill)] = "report.error.waybill";
        var direction = DirectionNames.Parse(Direction);
        if (direction is null)
            errors[nameof(Direction)] = "report.error.direction";
        if (!IncidentTypeNames.TryParse(Incident?.Trim() ?? "", out var type))
            errors[nameof(Incident)] = "report.error.incident";
        var incidentOn = Formats.ParseDate(IncidentOn);
        if (incidentOn is null)
            errors[nameof(IncidentOn)] = "report.error.date";
        else if (incidentOn > today)
            errors[nameof(IncidentOn)] = "report.error.future";
        var shippedOn = string.IsNullOrWhiteSpace(ShippedOn) ? incidentOn : Formats.ParseDate(ShippedOn);
        if (shippedOn is null && incidentOn is not null)
            errors[nameof(ShippedOn)] = "report.error.date";
        else if (shippedOn > incidentOn)
            errors[nameof(ShippedOn)] = "report.error.shipped-after";
        var goods = Amount(GoodsValue, nameof(GoodsValue), errors);
        var declared = Amount(DeclaredValue, nameof(DeclaredValue), errors) ?? 0m;
        var freight = Amount(Freight, nameof(Freight), errors);
        var claimed = Amount(ClaimedAmount, nameof(ClaimedAmount), errors);
        var weight = Amount(WeightKg, nameof(WeightKg), errors);
        var daysLate = 0;
        if (!string.IsNullOrWhiteSpace(DaysLate) && (!int.TryParse(Formats.Narrow(DaysLate).Trim(), out daysLate) || daysLate < 0))
            errors[nameof(DaysLate)] = "report.error.days";
        // Kept in every event and register row: an order number and a note a person wrote, not a pasted file.
        // NUL is no text PostgreSQL stores: refused here, beside the field, not as a server error after the save.
        if (OrderId?.Trim().Length > Claims.Contracts.Model.Incident.MaxOrderIdLength || OrderId?.Contains('\0') == true)
            errors[nameof(OrderId)] = "report.error.order";
        if (Note?.Trim().Length > Claims.Contracts.Model.Incident.MaxNoteLength || Note?.Contains('\0') == true)
            errors[nameof(Note)] = "report.error.note";
        var submission = string.IsNullOrWhiteSpace(SubmissionId) ? null : SubmissionId.Trim();
        if (submission?.Length > 64)
            errors[nameof(SubmissionId)] = "report.error.submission";
        if (errors.Count > 0)
            return (null, errors);
        // A blank is "not given", never 0: a clause that needs it sends the claim to manual assessment.
        var missing = (goods is null ? MissingFacts.GoodsValue : 0) | (freight is null ? MissingFacts.Freight : 0)
            | (weight is null ? MissingFacts.WeightKg : 0) | (string.IsNullOrWhiteSpace(DaysLate) ? MissingFacts.DaysLate : 0);
        return (new Incident(waybill!, carrier!, type, direction!.Value, shippedOn!.Value, incidentOn!.Value, goods ?? 0m, declared, freight ?? 0m,
            claimed, weight ?? 0m, daysLate, Blank(OrderId), Blank(Note), missing, submission), errors);
    }

    private static decimal? Amount(string? text, string field, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (Formats.ParseAmount(text) is { } value)
            return value;
        errors[field] = "report.error.amount";
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
