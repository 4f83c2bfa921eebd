namespace Claims.Lifecycle;

/// <summary>Refusals shared by several lifecycle steps.</summary>
internal static class ClaimRules
{
    public static Refusal? MustExist(ClaimState claim) =>
        claim.Exists ? null : new Refusal("claim.not-found", "There is no claim for this waybill and direction.");

    public static Refusal? MustBeOpen(ClaimState claim, string action) =>
        MustExist(claim) ?? (claim.Status.IsEnded()
            ? new Refusal("claim.ended", $"The claim is {claim.Status.ToName()}; reopen it before you {action}.")
            : null);

    public static Refusal? MustBeFiled(ClaimState claim, string action) =>
        MustBeOpen(claim, action) ?? (claim.FiledOn is null
            ? new Refusal("claim.not-filed", $"The claim was never filed with the carrier, so you cannot {action}. File it first.")
            : null);

    public static Refusal? PositiveAmount(decimal amount, string what) =>
        amount <= 0m ? new Refusal("amount.not-positive", $"The {what} must be more than zero (got {amount}).") : null;
}
