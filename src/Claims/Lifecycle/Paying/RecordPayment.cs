namespace Claims.Lifecycle.Paying;

/// <summary>Money received from the carrier for this claim; partial payments are normal.</summary>
public sealed record RecordPayment(DateOnly On, decimal Amount, string? Reference);

public static class RecordPaymentHandler
{
    public static Decision Decide(ClaimState claim, RecordPayment command, DateOnly today)
    {
        var refusal = ClaimRules.MustBeFiled(claim, "record a payment")
            ?? (claim.IsAccepted ? null : new Refusal("claim.not-accepted",
                "The carrier has not accepted this claim yet; record its acceptance (or counter-offer and acceptance) first."))
            ?? BusinessDates.Check(command.On, today, claim.AcceptedOn, "the carrier's acceptance")
            ?? ClaimRules.PositiveAmount(command.Amount, "payment")
            ?? TextLimits.Reference(command.Reference);
        if (refusal is not null)
            return Decision.Refuse(refusal.Code, refusal.Message);
        if (PaymentRules.Key(command.Reference) is { } key && claim.PaymentReferences.TryGetValue(key, out var recordedOn))
            return Decision.Refuse("payment.duplicate-reference",
                $"A payment with reference {command.Reference!.Trim()} was already recorded on this claim (received {recordedOn:yyyy-MM-dd}); the same transfer is not recorded twice.");
        if (command.Amount > claim.Outstanding)
            return Decision.Refuse("amount.above-outstanding",
                $"The payment {command.Amount} is more than the {claim.Outstanding} still owed on this claim.");
        return Decision.Of(new PaymentReceived(command.On, command.Amount, command.Reference));
    }
}

/// <summary>How payment references are compared: a bank reference typed again with other spacing or case is the same one.</summary>
public static class PaymentRules
{
    public static string? Key(string? reference) =>
        string.IsNullOrWhiteSpace(reference) ? null : string.Concat(reference.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
}
