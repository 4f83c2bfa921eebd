using Claims.Carriers;
using Claims.Lifecycle;
using Claims.Penalties;
using Claims.Tests.Lifecycle;

namespace Claims.Tests.Penalties;

/// <summary>
/// A service-level penalty is owed like a claim: given the carrier's history (a ZTO contract paying within 15 days and
/// deducting when overdue, a deposit), when a payment is recorded or the payment check runs, then these events.
/// </summary>
public class PenaltyCollectionTests
{
    private static readonly DateOnly JudgedOn = new(2026, 4, 2), PayBy = new(2026, 4, 17);
    private static readonly (int, int, string) March = (2026, 3, "10.1");

    private static ServiceLevelPenaltyAssessed Penalty(decimal? amount = 1000m) => new(2026, 3, "ZTO-SH-2026-017", "10.1", 10, "月度丢件率",
        "lostPer10k", 5m, 3m, amount, "CNY", amount is null ? "unknown fact 'x'" : null, "trace", JudgedOn, amount is null ? null : PayBy);

    private static CarrierState Carrier(decimal lodged = 50000m, decimal minimum = 20000m, params object[] more) => CarrierState.From([
        new ContractRegistered("ZTO", "中通快递", "ZTO-SH-2026-017", new DateOnly(2026, 1, 1), null, "CNY", "zto.yaml", "abc", 50000m, minimum, 7),
        new DepositLodged(new DateOnly(2026, 1, 5), lodged, "CNY", null),
        Penalty(),
        .. more,
    ]);

    private static RecordPenaltyPayment Pay(decimal amount, DateOnly? on = null, string id = "10.1") => new(2026, 3, id, on ?? new DateOnly(2026, 4, 10), amount, "TT-1");

    [Fact]
    public void a_payment_within_what_is_owed_is_recorded_and_lowers_the_outstanding_amount()
    {
        var decision = RecordPenaltyPaymentHandler.Decide(Carrier(), Pay(400m), new DateOnly(2026, 4, 12));

        var paid = Assert.IsType<ServiceLevelPenaltyPaid>(Assert.Single(decision.Events));
        Assert.Equal(new ServiceLevelPenaltyPaid(2026, 3, "10.1", new DateOnly(2026, 4, 10), 400m, "CNY", "TT-1"), paid);
        Assert.Equal(600m, Carrier().Apply(paid).PenaltyOutstanding(March));
    }

    [Fact]
    public void paying_more_than_is_still_owed_is_refused_with_the_amount_left()
    {
        var carrier = Carrier(more: new ServiceLevelPenaltyPaid(2026, 3, "10.1", new DateOnly(2026, 4, 10), 800m, "CNY", null));

        var decision = RecordPenaltyPaymentHandler.Decide(carrier, Pay(300m), new DateOnly(2026, 4, 12));

        Assert.Equal("amount.above-outstanding", decision.Refusal?.Code);
        Assert.Contains("200", decision.Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_payment_for_a_penalty_that_does_not_stand_or_has_no_amount_or_predates_it_is_refused()
    {
        var today = new DateOnly(2026, 4, 12);
        var withdrawn = Carrier(more: new ServiceLevelPenaltyWithdrawn(2026, 3, "10.1", 2.5m, 3m));
        var manual = CarrierState.From([.. Carrier().Contracts, Penalty(amount: null)]);

        Assert.Equal("penalty.not-found", RecordPenaltyPaymentHandler.Decide(Carrier(), Pay(10m, id: "10.2"), today).Refusal?.Code);
        Assert.Equal("penalty.not-found", RecordPenaltyPaymentHandler.Decide(withdrawn, Pay(10m), today).Refusal?.Code);
        Assert.Equal("penalty.no-amount", RecordPenaltyPaymentHandler.Decide(manual, Pay(10m), today).Refusal?.Code);
        Assert.Equal("date.before", RecordPenaltyPaymentHandler.Decide(Carrier(), Pay(10m, on: JudgedOn.AddDays(-1)), today).Refusal?.Code);
        Assert.Contains("claims penalties --carrier ZTO", RecordPenaltyPaymentHandler.Decide(Carrier(), Pay(10m, id: "10.2"), today).Refusal!.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void nothing_is_deducted_on_the_last_day_to_pay()
    {
        Assert.Empty(DeductOverduePenaltyHandler.Decide(Carrier(), March, Given.Terms, PayBy));
    }

    [Fact]
    public void the_day_after_the_window_the_unpaid_remainder_comes_out_of_the_deposit_once()
    {
        var carrier = Carrier(more: new ServiceLevelPenaltyPaid(2026, 3, "10.1", new DateOnly(2026, 4, 10), 400m, "CNY", null));
        var today = PayBy.AddDays(1);

        var first = DeductOverduePenaltyHandler.Decide(carrier, March, Given.Terms, today);
        var after = carrier.Apply(first.Single());

        Assert.Equal(new ServiceLevelPenaltyDeducted(2026, 3, "10.1", today, 600m, "CNY"), Assert.Single(first));
        Assert.Equal((49400m, 0m), (after.Balance, after.PenaltyOutstanding(March)));
        Assert.Empty(DeductOverduePenaltyHandler.Decide(after, March, Given.Terms, today.AddDays(3)));
    }

    [Fact]
    public void a_deduction_never_exceeds_the_balance_and_a_balance_below_the_minimum_asks_for_a_top_up()
    {
        var today = PayBy.AddDays(1);

        var events = DeductOverduePenaltyHandler.Decide(Carrier(lodged: 700m), March, Given.Terms, today);

        Assert.Equal(new ServiceLevelPenaltyDeducted(2026, 3, "10.1", today, 700m, "CNY"), events[0]);
        Assert.Equal(new DepositTopUpRequested(today, 20000m, "CNY", today.AddDays(7)), events[1]);
        Assert.Equal(300m, Carrier(lodged: 700m).Apply(events[0]).PenaltyOutstanding(March));
    }

    [Fact]
    public void no_deduction_when_the_contract_does_not_allow_it_or_the_penalty_was_withdrawn()
    {
        var today = PayBy.AddDays(30);
        var withdrawn = Carrier(more: new ServiceLevelPenaltyWithdrawn(2026, 3, "10.1", 2.5m, 3m));

        Assert.Empty(DeductOverduePenaltyHandler.Decide(Carrier(), March, Given.Terms with { DeductFromDepositWhenOverdue = false }, today));
        Assert.Empty(DeductOverduePenaltyHandler.Decide(withdrawn, March, Given.Terms, today));
    }

    [Fact]
    public void a_penalty_re_judged_lower_than_what_was_paid_owes_nothing_more_and_the_payment_is_kept()
    {
        var carrier = Carrier(more:
        [
            new ServiceLevelPenaltyPaid(2026, 3, "10.1", new DateOnly(2026, 4, 10), 800m, "CNY", null),
            Penalty() with { Amount = 600m, MetricValue = 4m },
        ]);

        Assert.Equal(0m, carrier.PenaltyOutstanding(March));
        Assert.Equal(800m, carrier.PenaltiesCollected[March]);
    }
}
