using Claims.Lifecycle.Answering;

namespace Claims.Lifecycle.Deadlines;

/// <summary>On the day after the carrier's answer was due: silence counts as acceptance where the contract says so.</summary>
public static class CheckCarrierResponseHandler
{
    public static Decision Decide(ClaimState claim, ClaimTerms terms, DateOnly today)
    {
        if (!claim.Exists || claim.Status != ClaimStatus.Filed || claim.RespondBy is not { } respondBy)
            return Decision.Nothing;
        if (today <= respondBy || !terms.DeemedAcceptedOnSilence || claim.ClaimAmount is not { } amount)
            return Decision.Nothing;
        // Deemed on the first day past the deadline, which is also when payment terms start to run.
        return RecordAnswerHandler.Accepted(claim, respondBy.AddDays(1), amount, terms, deemed: true);
    }
}
