using Claims.Carriers;
using Claims.Deposits.Deducting;
using Claims.Lifecycle;

namespace Claims.Tests.Lifecycle;

public class DeductionTests
{
    private static readonly DateOnly AcceptedOn = new(2026, 3, 5); // payment due by 2026-03-20

    private static CarrierState Carrier(decimal lodged, decimal minimum = 20000m) => CarrierState.From([
        new ContractRegistered("ZTO", "中通快递", "ZTO-SH-2026-017", new DateOnly(2026, 1, 1), null, "CNY", "zto.yaml", "abc", 50000m, minimum, 7),
        new DepositLodged(new DateOnly(2026, 1, 5), lodged, "CNY", null),
    ]);

    [Fact]
    public void nothing_is_deducted_on_the_last_day_to_pay()
    {
        var decision = DeductOverduePaymentHandler.Decide(Given.AcceptedClaim(on: AcceptedOn), Carrier(50000m), Given.Terms, new DateOnly(2026, 3, 20));

        Assert.Empty(decision.ClaimEvents);
        Assert.Empty(decision.CarrierEvents);
    }

    [Fact]
    public void an_overdue_remainder_is_deducted_once_from_the_deposit()
    {
        var claim = Given.AcceptedClaim(on: AcceptedOn).Apply(new PaymentReceived(new DateOnly(2026, 3, 10), 10m, null));
        var today = new DateOnly(2026, 3, 21);

        var first = DeductOverduePaymentHandler.Decide(claim, Carrier(50000m), Given.Terms, today);
        var afterFirst = claim.Apply(first.ClaimEvents.Single());
        var second = DeductOverduePaymentHandler.Decide(afterFirst, Carrier(50000m).Apply(first.CarrierEvents.Single()), Given.Terms, today);

        Assert.Equal(new DeductedFromDeposit(today, 26m, 0m), Assert.Single(first.ClaimEvents));
        Assert.Equal(new DepositDeducted(today, 26m, "CNY", Given.Id, "ZT100"), Assert.Single(first.CarrierEvents));
        Assert.Equal(ClaimStatus.Paid, afterFirst.Status);
        Assert.Empty(second.ClaimEvents);
    }

    [Fact]
    public void a_deduction_never_exceeds_the_balance_and_the_rest_stays_outstanding()
    {
        var decision = DeductOverduePaymentHandler.Decide(Given.AcceptedClaim(on: AcceptedOn), Carrier(20m, minimum: 0m), Given.Terms, new DateOnly(2026, 3, 21));

        Assert.Equal(new DeductedFromDeposit(new DateOnly(2026, 3, 21), 20m, 16m), Assert.Single(decision.ClaimEvents));
        Assert.Equal(16m, Given.AcceptedClaim(on: AcceptedOn).Apply(decision.ClaimEvents.Single()).Outstanding);
    }

    [Fact]
    public void falling_below_the_minimum_balance_requests_a_top_up_due_within_the_contract_days()
    {
        var today = new DateOnly(2026, 3, 21);

        var decision = DeductOverduePaymentHandler.Decide(Given.AcceptedClaim(on: AcceptedOn), Carrier(20010m), Given.Terms, today);

        Assert.Equal(2, decision.CarrierEvents.Count);
        Assert.Equal(new DepositTopUpRequested(today, 26m, "CNY", today.AddDays(7)), decision.CarrierEvents[1]);
    }

    [Fact]
    public void no_deduction_when_the_contract_does_not_allow_it()
    {
        var decision = DeductOverduePaymentHandler.Decide(Given.AcceptedClaim(on: AcceptedOn), Carrier(50000m),
            Given.Terms with { DeductFromDepositWhenOverdue = false }, new DateOnly(2026, 4, 30));

        Assert.Empty(decision.ClaimEvents);
    }

    [Fact]
    public void lodging_enough_to_reach_the_minimum_clears_the_top_up_request()
    {
        var carrier = Carrier(10000m).Apply(new DepositTopUpRequested(new DateOnly(2026, 2, 1), 10000m, "CNY", null));

        var topped = carrier.Apply(new DepositLodged(new DateOnly(2026, 2, 3), 10000m, "CNY", "TT-9"));

        Assert.True(carrier.TopUpRequested);
        Assert.False(topped.TopUpRequested);
        Assert.Equal(20000m, topped.Balance);
    }
}
