using Claims.Contracts.Model;

namespace Claims.Contracts.Assessing;

/// <summary>How one input row of `claims assess` ended.</summary>
public enum RowStatus
{
    Assessed,
    Manual,
    Invalid,
}

/// <summary>
/// One result of `claims assess`: the input row's line, its waybill and carrier code, and either the assessment
/// or, for an invalid row, why the row could not be read.
/// </summary>
public sealed record AssessmentRow(int Line, string? Waybill, string? Carrier, Assessment? Assessment, string? InvalidReason)
{
    public RowStatus Status => Assessment is null
        ? RowStatus.Invalid
        : Assessment.Status == AssessmentStatus.Assessed ? RowStatus.Assessed : RowStatus.Manual;

    public static AssessmentRow Invalid(int line, string? waybill, string? carrier, string reason) =>
        new(line, waybill, carrier, null, reason);
}
