using Claims.Carriers;
using Claims.Lifecycle;

namespace Claims.Deposits.Deducting;

/// <summary>Events for two streams decided together: they are appended in one transaction.</summary>
public sealed record DeductionDecision(IReadOnlyList<object> ClaimEvents, IReadOnlyList<object> CarrierEvents)
{
    public static readonly DeductionDecision Nothing = new([], []);
}

/// <summary>
/// The payment deadline has passed: take the unpaid remainder from the carrier's deposit, never more than
/// the balance (the rest stays outstanding), and ask for a top-up when the balance falls below the minimum.
/// </summary>
public static class DeductOverduePaymentHandler
{
    public static DeductionDecision Decide(ClaimState claim, CarrierState carrier, ClaimTerms terms, DateOnly today)
    {
        if (!claim.Exists || claim.Status != ClaimStatus.Accepted || claim.PayBy is not { } payBy || today <= payBy)
            return DeductionDecision.Nothing;
        if (!terms.DeductFromDepositWhenOverdue || claim.Outstanding <= 0m || carrier.Balance <= 0m)
            return DeductionDecision.Nothing;
        if (carrier.Currency is { } depositCurrency && claim.Currency is { } claimCurrency && depositCurrency != claimCurrency)
            return DeductionDecision.Nothing; // Amounts in different currencies are never netted against each other.

        var amount = Math.Min(claim.Outstanding, carrier.Balance);
        var currency = claim.Currency ?? carrier.Currency ?? "";
        var waybill = claim.Incident!.Waybill;
        List<object> carrierEvents = [new DepositDeducted(today, amount, currency, claim.Id, waybill)];
        if (DepositTopUp.After(carrier, amount, currency, today) is { } topUp)
            carrierEvents.Add(topUp);

        return new DeductionDecision([new DeductedFromDeposit(today, amount, claim.Outstanding - amount)], carrierEvents);
    }
}
