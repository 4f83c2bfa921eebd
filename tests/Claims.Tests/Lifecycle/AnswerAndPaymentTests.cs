using Claims.Lifecycle;
using Claims.Lifecycle.Answering;
using Claims.Lifecycle.Deadlines;
using Claims.Lifecycle.Paying;

namespace Claims.Tests.Lifecycle;

public class AnswerAndPaymentTests
{
    private static readonly DateOnly Today = new(2026, 3, 20);

    [Fact]
    public void answering_a_claim_never_filed_is_refused()
    {
        var decision = RecordAnswerHandler.Decide(Given.AssessedClaim(), new RecordAcceptance(Today, null), Given.Terms, Today);

        Assert.Equal("claim.not-filed", decision.Refusal?.Code);
        Assert.Contains("File it first", decision.Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void an_answer_dated_before_the_filing_is_refused()
    {
        var decision = RecordAnswerHandler.Decide(Given.FiledClaim(), new RecordAcceptance(Given.IncidentOn, null), Given.Terms, Today);

        Assert.Equal("date.before", decision.Refusal?.Code);
    }

    [Fact]
    public void acceptance_starts_the_payment_clock()
    {
        var on = new DateOnly(2026, 3, 6);

        var decision = RecordAnswerHandler.Decide(Given.FiledClaim(), new RecordAcceptance(on, null), Given.Terms, Today);

        Assert.Equal(new CarrierAccepted(on, 36m, on.AddDays(15)), Assert.Single(decision.Events));
        Assert.Equal(new Scheduled(new CheckPayment(Given.Id), on.AddDays(16)), Assert.Single(decision.Messages));
    }

    [Fact]
    public void accepting_after_a_counter_offer_owes_the_counter_amount()
    {
        var countered = Given.FiledClaim().Apply(new CarrierCounterOffered(new DateOnly(2026, 3, 5), 20m));

        var decision = RecordAnswerHandler.Decide(countered, new RecordAcceptance(new DateOnly(2026, 3, 6), null), Given.Terms, Today);
        var accepted = countered.Apply(decision.Events.Single());

        Assert.Equal(20m, accepted.AcceptedAmount);
        Assert.Equal(20m, accepted.Outstanding);
    }

    [Fact]
    public void accepting_more_than_was_claimed_is_refused()
    {
        var decision = RecordAnswerHandler.Decide(Given.FiledClaim(), new RecordAcceptance(Today, 37m), Given.Terms, Today);

        Assert.Equal("amount.above-claim", decision.Refusal?.Code);
    }

    [Fact]
    public void paying_more_than_owed_is_refused()
    {
        var decision = RecordPaymentHandler.Decide(Given.AcceptedClaim(), new RecordPayment(Today, 36.01m, null), Today);

        Assert.Equal("amount.above-outstanding", decision.Refusal?.Code);
        Assert.Contains("36", decision.Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void paying_a_claim_the_carrier_has_not_accepted_is_refused()
    {
        var decision = RecordPaymentHandler.Decide(Given.FiledClaim(), new RecordPayment(Today, 10m, null), Today);

        Assert.Equal("claim.not-accepted", decision.Refusal?.Code);
    }

    [Fact]
    public void a_partial_payment_leaves_the_rest_outstanding_and_the_last_one_marks_it_paid()
    {
        var claim = Given.AcceptedClaim();

        var afterFirst = claim.Apply(RecordPaymentHandler.Decide(claim, new RecordPayment(Today, 30m, "BK-1"), Today).Events.Single());
        var afterSecond = afterFirst.Apply(RecordPaymentHandler.Decide(afterFirst, new RecordPayment(Today, 6m, "BK-2"), Today).Events.Single());

        Assert.Equal((6m, ClaimStatus.Accepted), (afterFirst.Outstanding, afterFirst.Status));
        Assert.Equal((0m, ClaimStatus.Paid), (afterSecond.Outstanding, afterSecond.Status));
    }

    [Fact]
    public void the_same_bank_reference_again_is_refused_however_it_is_typed_and_records_nothing()
    {
        var claim = Given.AcceptedClaim().Apply(new PaymentReceived(Today, 10m, "BK-2026-0007"));

        var again = RecordPaymentHandler.Decide(claim, new RecordPayment(Today, 10m, " bk-2026-0007 "), Today);
        var another = RecordPaymentHandler.Decide(claim, new RecordPayment(Today, 10m, "BK-2026-0008"), Today);
        var unreferenced = RecordPaymentHandler.Decide(claim, new RecordPayment(Today, 10m, null), Today);

        Assert.Equal("payment.duplicate-reference", again.Refusal?.Code);
        Assert.Contains("bk-2026-0007", again.Refusal!.Message, StringComparison.Ordinal);
        Assert.Empty(again.Events);
        Assert.Null(another.Refusal);
        Assert.Null(unreferenced.Refusal);
    }

    [Fact]
    public void silence_past_the_answer_deadline_is_deemed_acceptance_when_the_contract_says_so()
    {
        var filed = Given.FiledClaim(new DateOnly(2026, 3, 3)); // answer due by 2026-03-10

        var onTheDeadline = CheckCarrierResponseHandler.Decide(filed, Given.Terms, new DateOnly(2026, 3, 10));
        var dayAfter = CheckCarrierResponseHandler.Decide(filed, Given.Terms, new DateOnly(2026, 3, 11));
        var notInContract = CheckCarrierResponseHandler.Decide(filed, Given.Terms with { DeemedAcceptedOnSilence = false }, new DateOnly(2026, 3, 11));

        Assert.Empty(onTheDeadline.Events);
        Assert.Equal(new CarrierDeemedAccepted(new DateOnly(2026, 3, 11), 36m, new DateOnly(2026, 3, 26)), Assert.Single(dayAfter.Events));
        Assert.Empty(notInContract.Events);
    }

    [Fact]
    public void a_silence_check_after_the_carrier_answered_does_nothing()
    {
        var disputed = Given.FiledClaim(new DateOnly(2026, 3, 3)).Apply(new CarrierDisputed(new DateOnly(2026, 3, 4), "no proof"));

        Assert.Empty(CheckCarrierResponseHandler.Decide(disputed, Given.Terms, new DateOnly(2026, 4, 1)).Events);
    }
}
