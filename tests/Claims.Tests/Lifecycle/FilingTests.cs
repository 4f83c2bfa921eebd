using Claims.Lifecycle;
using Claims.Lifecycle.Ending;
using Claims.Lifecycle.Filing;
using Claims.Lifecycle.Overriding;

namespace Claims.Tests.Lifecycle;

public class FilingTests
{
    private static readonly DateOnly Today = new(2026, 3, 20);

    [Fact]
    public void filing_an_assessed_claim_sets_the_answer_deadline_and_schedules_the_silence_check()
    {
        var decision = FileClaimHandler.Decide(Given.AssessedClaim(), new FileClaim(new DateOnly(2026, 3, 5)), Given.Terms, Today);

        Assert.Null(decision.Refusal);
        var filed = Assert.IsType<ClaimFiled>(Assert.Single(decision.Events));
        Assert.Equal(new ClaimFiled(new DateOnly(2026, 3, 5), 36m, new DateOnly(2026, 3, 12)), filed);
        var check = Assert.Single(decision.Messages);
        Assert.Equal(new CheckCarrierResponse(Given.Id), check.Message);
        Assert.Equal(new DateOnly(2026, 3, 13), check.DueOn);
    }

    [Fact]
    public void filing_after_the_window_is_refused()
    {
        var decision = FileClaimHandler.Decide(Given.AssessedClaim(), new FileClaim(Given.IncidentOn.AddDays(31)), Given.Terms, new DateOnly(2026, 6, 1));

        Assert.Equal("claim.window-closed", decision.Refusal?.Code);
        Assert.Contains("2026-04-01", decision.Refusal!.Message, StringComparison.Ordinal);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void filing_on_the_last_day_of_the_window_is_accepted()
    {
        var decision = FileClaimHandler.Decide(Given.AssessedClaim(), new FileClaim(Given.IncidentOn.AddDays(30)), Given.Terms, new DateOnly(2026, 6, 1));

        Assert.Null(decision.Refusal);
    }

    [Fact]
    public void filing_before_the_incident_date_is_refused()
    {
        var decision = FileClaimHandler.Decide(Given.AssessedClaim(), new FileClaim(Given.IncidentOn.AddDays(-1)), Given.Terms, Today);

        Assert.Equal("date.before", decision.Refusal?.Code);
        Assert.Contains("incident date", decision.Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void filing_with_a_date_in_the_future_is_refused()
    {
        var decision = FileClaimHandler.Decide(Given.AssessedClaim(), new FileClaim(Today.AddDays(1)), Given.Terms, Today);

        Assert.Equal("date.future", decision.Refusal?.Code);
    }

    [Fact]
    public void filing_a_closed_claim_is_refused_and_says_to_reopen_it()
    {
        var closed = Given.AssessedClaim().Apply(new ClaimClosed(null));

        var decision = FileClaimHandler.Decide(closed, new FileClaim(Today), Given.Terms, Today);

        Assert.Equal("claim.ended", decision.Refusal?.Code);
        Assert.Contains("reopen", decision.Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void filing_twice_is_refused()
    {
        var decision = FileClaimHandler.Decide(Given.FiledClaim(), new FileClaim(Today), Given.Terms, Today);

        Assert.Equal("claim.already-filed", decision.Refusal?.Code);
    }

    [Fact]
    public void a_claim_needing_manual_assessment_is_filed_only_after_a_manager_sets_its_amount()
    {
        var manual = Given.Claim(Given.Reported(), new ClaimNeedsManualAssessment("no clause of ZTO-SH-2026-017 covers other", "ZTO-SH-2026-017", "CNY", null, false));

        var refused = FileClaimHandler.Decide(manual, new FileClaim(Today), Given.Terms, Today);
        var overridden = OverrideAssessmentHandler.Decide(manual, new OverrideAssessment(80m, "photos show the damage", null));
        var filed = FileClaimHandler.Decide(manual.Apply(overridden.Events.Single()), new FileClaim(Today), Given.Terms, Today);

        Assert.Equal("claim.no-amount", refused.Refusal?.Code);
        Assert.Equal(new AssessmentOverridden(80m, "CNY", "photos show the damage"), Assert.Single(overridden.Events));
        Assert.Equal(80m, Assert.IsType<ClaimFiled>(Assert.Single(filed.Events)).Amount);
    }

    [Fact]
    public void an_override_keeps_the_computed_amount_beside_it()
    {
        var claim = Given.AssessedClaim().Apply(new AssessmentOverridden(50m, "CNY", "carrier agreed by phone"));

        Assert.Equal(36m, claim.AssessedAmount);
        Assert.Equal(50m, claim.ClaimAmount);
    }

    [Fact]
    public void reopening_a_waived_claim_returns_it_to_where_it_was()
    {
        var waived = Given.FiledClaim().Apply(EndClaimHandler.Decide(Given.FiledClaim(), new WaiveClaim("too small")).Events.Single());

        var reopened = waived.Apply(EndClaimHandler.Decide(waived, new ReopenClaim("customer insists")).Events.Single());

        Assert.Equal(ClaimStatus.Waived, waived.Status);
        Assert.Equal(0m, waived.Outstanding);
        Assert.Equal(ClaimStatus.Filed, reopened.Status);
        Assert.Equal(36m, reopened.Outstanding);
    }

    [Fact]
    public void waiving_without_a_reason_is_refused()
    {
        Assert.Equal("reason.missing", EndClaimHandler.Decide(Given.AssessedClaim(), new WaiveClaim("  ")).Refusal?.Code);
    }

    [Fact]
    public void reopening_an_open_claim_is_refused()
    {
        Assert.Equal("claim.not-ended", EndClaimHandler.Decide(Given.AssessedClaim(), new ReopenClaim("why not")).Refusal?.Code);
    }
}
