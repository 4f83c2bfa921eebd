using Claims.Carriers;
using Claims.Deposits.Deducting;
using Claims.Lifecycle;

namespace Claims.Penalties;

/// <summary>
/// A service-level penalty is owed like a claim (CONTRACT-FORMAT.md "Service levels"): once the contract's payment window
/// after the judgement has passed, what is still owed comes out of the deposit, never more than the balance (the rest
/// stays owed), and a balance left below the minimum asks for a top-up.
/// </summary>
public static class DeductOverduePenaltyHandler
{
    public static IReadOnlyList<object> Decide(CarrierState carrier, (int Year, int Month, string Id) key, ClaimTerms terms, DateOnly today)
    {
        if (!carrier.Penalties.TryGetValue(key, out var penalty) || penalty.PayBy is not { } payBy || today <= payBy)
            return [];
        var outstanding = carrier.PenaltyOutstanding(key);
        if (!terms.DeductFromDepositWhenOverdue || outstanding <= 0m || carrier.Balance <= 0m)
            return [];
        if (carrier.Currency is { } depositCurrency && depositCurrency != penalty.Currency)
            return []; // Amounts in different currencies are never netted against each other.

        var amount = Math.Min(outstanding, carrier.Balance);
        List<object> events = [new ServiceLevelPenaltyDeducted(key.Year, key.Month, key.Id, today, amount, penalty.Currency)];
        if (DepositTopUp.After(carrier, amount, penalty.Currency, today) is { } topUp)
            events.Add(topUp);
        return events;
    }
}
