using Claims.Carriers;
using Claims.Lifecycle;

namespace Claims.Penalties;

/// <summary>Money the carrier paid towards a service-level penalty of a month.</summary>
public sealed record RecordPenaltyPayment(int Year, int Month, string Id, DateOnly On, decimal Amount, string? Reference);

public static class RecordPenaltyPaymentHandler
{
    public static Decision Decide(CarrierState carrier, RecordPenaltyPayment command, DateOnly today)
    {
        if (!carrier.Exists)
            return Decision.Refuse("carrier.not-found", "No contract is registered for this carrier; load its contract first (claims contracts load DIR).");
        var key = (command.Year, command.Month, command.Id);
        var month = $"{command.Year:D4}-{command.Month:D2}";
        if (!carrier.Penalties.TryGetValue(key, out var penalty))
            return Decision.Refuse("penalty.not-found",
                $"{carrier.Code} has no service-level penalty {command.Id} standing for {month}; `claims penalties --carrier {carrier.Code}` lists those owed.");
        if (penalty.Amount is null)
            return Decision.Refuse("penalty.no-amount",
                $"The penalty {command.Id} for {month} has no computed amount ({penalty.Reason}); correct the contract's pay expression and record the month's volumes again.");
        var refusal = ClaimRules.PositiveAmount(command.Amount, "payment")
            ?? BusinessDates.Check(command.On, today, penalty.On, "the day the penalty was judged")
            ?? TextLimits.Reference(command.Reference);
        if (refusal is not null)
            return Decision.Refuse(refusal.Code, refusal.Message);
        var outstanding = carrier.PenaltyOutstanding(key);
        if (command.Amount > outstanding)
            return Decision.Refuse("amount.above-outstanding",
                $"The payment of {command.Amount} is more than the {outstanding} {penalty.Currency} still owed on penalty {command.Id} for {month}.");
        return Decision.Of(new ServiceLevelPenaltyPaid(command.Year, command.Month, command.Id, command.On, command.Amount, penalty.Currency, command.Reference));
    }
}
