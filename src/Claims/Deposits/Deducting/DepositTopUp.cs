using Claims.Carriers;

namespace Claims.Deposits.Deducting;

/// <summary>The rule every deduction shares: a balance that falls below the contract's minimum asks for a top-up, once
/// until money is lodged again, due within the contract's top-up days.</summary>
public static class DepositTopUp
{
    public static DepositTopUpRequested? After(CarrierState carrier, decimal deducted, string currency, DateOnly today)
    {
        var after = carrier.Balance - deducted;
        if (carrier.MinimumBalance is not { } min || after >= min || carrier.TopUpRequested)
            return null;
        DateOnly? due = carrier.TopUpWithinDays is { } days ? today.AddDays(days) : null;
        return new DepositTopUpRequested(today, min - after, currency, due);
    }
}
