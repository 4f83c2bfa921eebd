namespace Claims.Lifecycle.Filing;

/// <summary>File the claim with the carrier on a business date.</summary>
public sealed record FileClaim(DateOnly On);

public static class FileClaimHandler
{
    public static Decision Decide(ClaimState claim, FileClaim command, ClaimTerms terms, DateOnly today)
    {
        var refusal = ClaimRules.MustBeOpen(claim, "file it")
            ?? BusinessDates.Check(command.On, today, claim.Incident!.IncidentOn, "the incident date");
        if (refusal is not null)
            return Decision.Refuse(refusal.Code, refusal.Message);
        if (claim.FiledOn is { } filed)
            return Decision.Refuse("claim.already-filed", $"The claim was already filed on {filed:yyyy-MM-dd}.");
        if (claim.ClaimAmount is not { } amount)
            return Decision.Refuse("claim.no-amount",
                $"The claim has no amount yet ({claim.ManualReason}). A manager must set the amount before it is filed.");
        if (claim.FileBy is { } fileBy && command.On > fileBy)
            return Decision.Refuse("claim.window-closed",
                $"The filing window closed on {fileBy:yyyy-MM-dd}; the carrier does not have to accept a claim filed on {command.On:yyyy-MM-dd}. Waive the claim or add a note.");

        DateOnly? respondBy = terms.RespondWithinDays is { } days ? command.On.AddDays(days) : null;
        var decision = Decision.Of(new ClaimFiled(command.On, amount, respondBy));
        // Checked the day after the last day the carrier has: silence until then may count as acceptance.
        return respondBy is { } by ? decision.Schedule(new CheckCarrierResponse(claim.Id), by.AddDays(1)) : decision;
    }
}
