using Claims.Contracts.Model;
using Claims.Lifecycle.Deadlines;

namespace Claims.Lifecycle.Reporting;

/// <summary>Opens a claim for an incident with its assessment, or adds the incident to the claim the shipment already has.</summary>
public static class ReportIncidentHandler
{
    /// <summary>How many days before the filing window closes the reminder runs.</summary>
    public const int ReminderDaysBefore = 3;

    public static Decision Decide(ClaimState existing, Incident incident, Assessment assessment, DateOnly today)
    {
        if (incident.IncidentOn > today)
            return Decision.Refuse("date.future", $"The incident date {incident.IncidentOn:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd}).");
        // The same form sent again (the back button, a double click) was already recorded: nothing happens twice.
        if (incident.SubmissionId is { } submission && existing.Submissions.Contains(submission))
            return Decision.Nothing;
        // One claim per waybill and direction: a second report is kept on the claim, it never opens another.
        if (existing.Exists)
            return Decision.Of(new AdditionalIncidentReported(incident.Type, incident.IncidentOn, incident.Note, today, incident.SubmissionId));

        var id = ClaimState.StreamId(incident.CarrierCode, incident.Waybill, incident.Direction);
        var reported = new IncidentReported(id, incident.CarrierCode, incident.Waybill, incident.Direction, incident.Type,
            incident.ShippedOn, incident.IncidentOn, incident.GoodsValue, incident.DeclaredValue, incident.Freight,
            incident.ClaimedAmount, incident.WeightKg, incident.DaysLate, incident.OrderId, incident.Note, today, incident.Missing, incident.SubmissionId);
        var outOfWindow = assessment.FileBy is { } by && today > by;
        object assessed = assessment is { Status: AssessmentStatus.Assessed, Amount: { } amount }
            ? new ClaimAssessed(assessment.ContractNumber ?? "", assessment.ClauseId ?? "", assessment.Page ?? 0, assessment.Title ?? "",
                amount, assessment.Currency ?? "", assessment.Trace ?? "", assessment.FileBy, outOfWindow)
            : new ClaimNeedsManualAssessment(assessment.Reason ?? "no clause applies", assessment.ContractNumber, assessment.Currency,
                assessment.FileBy, outOfWindow);
        var decision = Decision.Of(reported, assessed);
        if (assessment.FileBy is not { } fileBy || outOfWindow)
            return decision;
        var remindOn = fileBy.AddDays(-ReminderDaysBefore);
        return decision.Schedule(new CheckFilingDeadline(id), remindOn < today ? today : remindOn);
    }
}
