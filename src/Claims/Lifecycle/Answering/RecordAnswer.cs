namespace Claims.Lifecycle.Answering;

/// <summary>The carrier accepted, optionally for another amount (default: its counter-offer, else the claim amount).</summary>
public sealed record RecordAcceptance(DateOnly On, decimal? Amount);

public sealed record RecordDispute(DateOnly On, string Reason);

/// <summary>The carrier offered another amount, with the reason it gave (optional). An offer above the claim is recorded as said; pages warn.</summary>
public sealed record RecordCounterOffer(DateOnly On, decimal Amount, string? Reason = null);

public static class RecordAnswerHandler
{
    public static Decision Decide(ClaimState claim, RecordAcceptance command, ClaimTerms terms, DateOnly today)
    {
        if (Check(claim, command.On, today, "record the carrier's acceptance") is { } refusal)
            return Decision.Refuse(refusal.Code, refusal.Message);
        var amount = command.Amount ?? claim.CounterOffer ?? claim.ClaimAmount ?? 0m;
        if (ClaimRules.PositiveAmount(amount, "accepted amount") is { } notPositive)
            return Decision.Refuse(notPositive.Code, notPositive.Message);
        if (amount > claim.ClaimAmount)
            return Decision.Refuse("amount.above-claim",
                $"The accepted amount {amount} is more than the {claim.ClaimAmount} claimed.");
        return Accepted(claim, command.On, amount, terms, deemed: false);
    }

    public static Decision Decide(ClaimState claim, RecordDispute command, DateOnly today)
    {
        if ((Check(claim, command.On, today, "record a dispute") ?? TextLimits.Reason(command.Reason)) is { } refusal)
            return Decision.Refuse(refusal.Code, refusal.Message);
        if (string.IsNullOrWhiteSpace(command.Reason))
            return Decision.Refuse("reason.missing", "Say why the carrier disputes the claim.");
        return Decision.Of(new CarrierDisputed(command.On, command.Reason.Trim()));
    }

    public static Decision Decide(ClaimState claim, RecordCounterOffer command, DateOnly today)
    {
        if ((Check(claim, command.On, today, "record a counter-offer") ?? TextLimits.Reason(command.Reason)) is { } refusal)
            return Decision.Refuse(refusal.Code, refusal.Message);
        if (ClaimRules.PositiveAmount(command.Amount, "counter-offer") is { } notPositive)
            return Decision.Refuse(notPositive.Code, notPositive.Message);
        return Decision.Of(new CarrierCounterOffered(command.On, command.Amount, string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim()));
    }

    /// <summary>True when the carrier offered more than the shop claims (recorded as said, but worth a second look).</summary>
    public static bool CounterExceedsClaim(ClaimState claim) =>
        claim.CounterOffer is { } offer && claim.ClaimAmount is { } claimed && offer > claimed;

    /// <summary>Acceptance, by the carrier or by its silence: the amount owed is fixed and the payment clock starts.</summary>
    internal static Decision Accepted(ClaimState claim, DateOnly on, decimal amount, ClaimTerms terms, bool deemed)
    {
        DateOnly? payBy = terms.PayWithinDays is { } days ? on.AddDays(days) : null;
        var decision = Decision.Of(deemed
            ? new CarrierDeemedAccepted(on, amount, payBy)
            : new CarrierAccepted(on, amount, payBy));
        return payBy is { } by ? decision.Schedule(new CheckPayment(claim.Id), by.AddDays(1)) : decision;
    }

    private static Refusal? Check(ClaimState claim, DateOnly on, DateOnly today, string action) =>
        ClaimRules.MustBeFiled(claim, action)
        ?? (claim.IsAccepted
            ? new Refusal("claim.already-accepted", $"The carrier already accepted this claim on {claim.AcceptedOn:yyyy-MM-dd}.")
            : null)
        ?? BusinessDates.Check(on, today, claim.FiledOn, "the filing date");
}
