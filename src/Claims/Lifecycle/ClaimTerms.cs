namespace Claims.Lifecycle;

/// <summary>The deadlines of the contract a claim was assessed under, as the lifecycle needs them.</summary>
public sealed record ClaimTerms(
    int? RespondWithinDays,
    bool DeemedAcceptedOnSilence,
    int? PayWithinDays,
    bool DeductFromDepositWhenOverdue)
{
    public static readonly ClaimTerms None = new(null, false, null, false);
}
