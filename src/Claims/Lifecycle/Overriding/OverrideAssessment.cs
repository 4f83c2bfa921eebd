namespace Claims.Lifecycle.Overriding;

/// <summary>A manager sets the amount by hand, with a reason; the computed amount is kept beside it.</summary>
public sealed record OverrideAssessment(decimal Amount, string Reason, string? Currency);

public static class OverrideAssessmentHandler
{
    public static Decision Decide(ClaimState claim, OverrideAssessment command)
    {
        var refusal = ClaimRules.MustBeOpen(claim, "change its amount")
            ?? (claim.IsAccepted ? new Refusal("claim.already-accepted",
                "The carrier already accepted an amount; the claim amount can no longer be changed.") : null)
            ?? TextLimits.Reason(command.Reason);
        if (refusal is not null)
            return Decision.Refuse(refusal.Code, refusal.Message);
        if (command.Amount < 0m)
            return Decision.Refuse("amount.negative", "The amount cannot be negative.");
        if (string.IsNullOrWhiteSpace(command.Reason))
            return Decision.Refuse("reason.missing", "Say why the amount is set by hand.");
        var currency = claim.Currency ?? command.Currency;
        if (currency is null)
            return Decision.Refuse("currency.missing", "No contract covers this claim, so give the currency of the amount.");
        if (claim.Currency is not null && command.Currency is not null && command.Currency != claim.Currency)
            return Decision.Refuse("currency.mismatch", $"The claim is in {claim.Currency}, not {command.Currency}.");
        return Decision.Of(new AssessmentOverridden(command.Amount, currency, command.Reason.Trim()));
    }
}
