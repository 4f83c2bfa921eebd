namespace Claims.Lifecycle.Deadlines;

/// <summary>A few days before the filing window closes: remind on the claim's timeline if it is still not filed.</summary>
public static class CheckFilingDeadlineHandler
{
    public static Decision Decide(ClaimState claim)
    {
        if (!claim.Exists || claim.FiledOn is not null || claim.Status.IsEnded() || claim.FileBy is not { } fileBy)
            return Decision.Nothing;
        return Decision.Of(new FilingDeadlineApproaching(fileBy));
    }
}
