using Claims.Contracts.Model;
using Claims.Lifecycle;
using Claims.Lifecycle.Answering;
using Claims.Lifecycle.Reporting;

namespace Claims.Tests.Lifecycle;

/// <summary>A report form sent twice, and what a counter-offer keeps (issue 18, items 3 and 10).</summary>
public class ReportingAgainTests
{
    private static readonly DateOnly Today = new(2026, 3, 20);

    private static readonly Assessment Assessed =
        new(AssessmentStatus.Assessed, "ZTO-SH-2026-017", "7.2", 4, "未保价快件丢失", 36m, "CNY", Today.AddDays(30), null, "min(...) = 36.00");

    private static Incident Lost(string? submission) =>
        new("ZT100", "ZTO", IncidentType.Lost, Direction.Forward, Given.IncidentOn, Given.IncidentOn, 500m, 0m, 12m, SubmissionId: submission);

    [Fact]
    public void the_same_form_sent_again_records_nothing_the_second_time()
    {
        var first = ReportIncidentHandler.Decide(ClaimState.Empty, Lost("form-1"), Assessed, Today);
        var claim = ClaimState.From(first.Events);

        var again = ReportIncidentHandler.Decide(claim, Lost("form-1"), Assessed, Today);

        Assert.Equal("form-1", Assert.IsType<IncidentReported>(first.Events[0]).SubmissionId);
        Assert.Empty(again.Events);
        Assert.Null(again.Refusal);
    }

    [Fact]
    public void a_new_form_for_the_same_waybill_is_still_a_further_incident()
    {
        var claim = ClaimState.From(ReportIncidentHandler.Decide(ClaimState.Empty, Lost("form-1"), Assessed, Today).Events);

        var second = ReportIncidentHandler.Decide(claim, Lost("form-2"), Assessed, Today);
        var resent = ReportIncidentHandler.Decide(claim.Apply(second.Events[0]), Lost("form-2"), Assessed, Today);

        Assert.Equal("form-2", Assert.IsType<AdditionalIncidentReported>(Assert.Single(second.Events)).SubmissionId);
        Assert.Empty(resent.Events);
    }

    [Fact]
    public void a_blank_freight_is_kept_on_the_reported_event()
    {
        var incident = Lost(null) with { Missing = MissingFacts.Freight };

        var decision = ReportIncidentHandler.Decide(ClaimState.Empty, incident, Assessed, Today);

        Assert.Equal(MissingFacts.Freight, Assert.IsType<IncidentReported>(decision.Events[0]).Missing);
    }

    [Fact]
    public void a_counter_offer_keeps_the_reason_the_carrier_gave()
    {
        var on = Given.IncidentOn.AddDays(3);

        var decision = RecordAnswerHandler.Decide(Given.FiledClaim(), new RecordCounterOffer(on, 20m, "  只认运费的3倍 "), Today);

        Assert.Equal(new CarrierCounterOffered(on, 20m, "只认运费的3倍"), Assert.Single(decision.Events));
    }

    [Fact]
    public void a_counter_offer_above_the_claim_is_recorded_and_flagged()
    {
        var on = Given.IncidentOn.AddDays(3);
        var decision = RecordAnswerHandler.Decide(Given.FiledClaim(), new RecordCounterOffer(on, 50m), Today);

        var countered = Given.FiledClaim().Apply(Assert.Single(decision.Events));

        Assert.True(RecordAnswerHandler.CounterExceedsClaim(countered));
        Assert.False(RecordAnswerHandler.CounterExceedsClaim(Given.FiledClaim().Apply(new CarrierCounterOffered(on, 20m))));
    }

    [Fact]
    public void events_stored_before_the_new_fields_still_read()
    {
        var json = System.Text.Json.JsonSerializer.Deserialize<CarrierCounterOffered>("""{"on":"2026-03-05","amount":20}""",
            new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));

        Assert.Equal(new CarrierCounterOffered(new DateOnly(2026, 3, 5), 20m, null), json);
    }
}
