using Claims.Carriers;
using Claims.Lifecycle;

namespace Claims.Deposits.Lodging;

/// <summary>Money a carrier paid in as its security deposit.</summary>
public sealed record LodgeDeposit(DateOnly On, decimal Amount, string? Reference);

public static class LodgeDepositHandler
{
    public static Decision Decide(CarrierState carrier, LodgeDeposit command, DateOnly today)
    {
        if (!carrier.Exists)
            return Decision.Refuse("carrier.not-found", "No contract is registered for this carrier; load its contract first (claims contracts load DIR).");
        var refusal = BusinessDates.Check(command.On, today, null, "")
            ?? ClaimRules.PositiveAmount(command.Amount, "deposit")
            ?? TextLimits.Reference(command.Reference);
        return refusal is not null
            ? Decision.Refuse(refusal.Code, refusal.Message)
            : Decision.Of(new DepositLodged(command.On, command.Amount, carrier.Currency ?? "", command.Reference));
    }
}
