namespace Claims.Lifecycle.Ending;

public sealed record WaiveClaim(string Reason);

public sealed record CloseClaim(string? Reason);

public sealed record ReopenClaim(string Reason);

/// <summary>Waive, close and reopen: always possible in the right state, with a reason where one is owed.</summary>
public static class EndClaimHandler
{
    public static Decision Decide(ClaimState claim, WaiveClaim command)
    {
        if ((ClaimRules.MustBeOpen(claim, "waive it") ?? TextLimits.Reason(command.Reason)) is { } refusal)
            return Decision.Refuse(refusal.Code, refusal.Message);
        return string.IsNullOrWhiteSpace(command.Reason)
            ? Decision.Refuse("reason.missing", "Say why the claim is waived.")
            : Decision.Of(new ClaimWaived(command.Reason.Trim()));
    }

    public static Decision Decide(ClaimState claim, CloseClaim command)
    {
        if ((ClaimRules.MustBeOpen(claim, "close it") ?? TextLimits.Reason(command.Reason)) is { } refusal)
            return Decision.Refuse(refusal.Code, refusal.Message);
        return Decision.Of(new ClaimClosed(string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim()));
    }

    public static Decision Decide(ClaimState claim, ReopenClaim command)
    {
        if (ClaimRules.MustExist(claim) is { } missing)
            return Decision.Refuse(missing.Code, missing.Message);
        if (!claim.Status.IsEnded())
            return Decision.Refuse("claim.not-ended", $"The claim is {claim.Status.ToName()}, not closed or waived; there is nothing to reopen.");
        if (TextLimits.Reason(command.Reason) is { } tooLong)
            return Decision.Refuse(tooLong.Code, tooLong.Message);
        return string.IsNullOrWhiteSpace(command.Reason)
            ? Decision.Refuse("reason.missing", "Say why the claim is reopened.")
            : Decision.Of(new ClaimReopened(command.Reason.Trim()));
    }
}
