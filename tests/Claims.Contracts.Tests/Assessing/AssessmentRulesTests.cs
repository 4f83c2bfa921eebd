using Claims.Contracts.Assessing;
using Claims.Contracts.Model;
using Claims.Contracts.Tests.Support;

namespace Claims.Contracts.Tests.Assessing;

public class AssessmentRulesTests
{
    private static readonly ContractSet Zto = ContractYaml.Set(
        ContractYaml.Clause("lost", "min(goodsValue, 3 * freight)", when: "declaredValue == 0", cap: "1000", minimum: "0", id: "7.2") + "\n" +
        ContractYaml.Clause("lost", "declaredValue", id: "7.3") + "\n" +
        ContractYaml.Clause("damaged", "claimedAmount", id: "7.4") + "\n" +
        ContractYaml.Clause("late", "freight", when: "daysLate >= 1", id: "7.5") + "\n" +
        ContractYaml.Clause("late", "2 * freight", when: "daysLate >= 3", id: "7.6") + "\n" +
        ContractYaml.Clause("other", "goodsValue / weightKg", id: "7.7"),
        more: "deadlines:\n  fileWithinDays: 30");

    [Fact]
    public void the_format_example_gives_36_with_clause_page_and_trace()
    {
        var a = Zto.Assess(Incidents.Of(goodsValue: 500m, freight: 12m));
        Assert.Equal(
            new Assessment(AssessmentStatus.Assessed, "ZTO-SH-2026-017", "7.2", 4, "条款7.2", 36.00m, "CNY", new DateOnly(2026, 4, 9), null,
                "min(goodsValue=500.00, 3 * freight=3 * 12.00=36.00) = 36.00"),
            a);
    }

    [Fact]
    public void the_first_clause_in_file_order_whose_when_holds_is_used()
    {
        Assert.Equal("7.3", Zto.Assess(Incidents.Of(goodsValue: 500m, declaredValue: 300m)).ClauseId);   // 7.2's when is false
        Assert.Equal("7.5", Zto.Assess(Incidents.Of(IncidentType.Late, freight: 9m, daysLate: 5)).ClauseId); // 7.5 and 7.6 hold: the first
    }

    [Fact]
    public void claimed_amount_defaults_to_the_goods_value()
    {
        Assert.Equal(250.00m, Zto.Assess(Incidents.Of(IncidentType.Damaged, goodsValue: 250m)).Amount);
        Assert.Equal(40.00m, Zto.Assess(Incidents.Of(IncidentType.Damaged, goodsValue: 250m, claimedAmount: 40m)).Amount);
    }

    [Theory]
    [InlineData("2025-12-30", "no contract in force for ZTO on 2025-12-30")]   // before effective
    [InlineData("2027-01-01", "no contract in force for ZTO on 2027-01-01")]   // after expires
    public void without_a_contract_in_force_on_the_shipping_date_the_claim_is_manual(string shipped, string reason)
    {
        var a = Zto.Assess(Incidents.Of(shippedOn: DateOnly.Parse(shipped, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(new Assessment(AssessmentStatus.Manual, null, null, null, null, null, null, null, reason, null), a);
    }

    [Fact]
    public void a_carrier_without_contracts_is_manual()
    {
        Assert.Equal("no contract in force for YTO on 2026-03-10", Zto.Assess(Incidents.Of(carrier: "YTO")).Reason);
        Assert.Equal(AssessmentStatus.Assessed, Zto.Assess(Incidents.Of(carrier: "zto")).Status); // codes in any case
    }

    [Fact]
    public void the_contract_is_chosen_by_shipping_date_and_the_deadline_runs_from_the_incident_date()
    {
        var a = Zto.Assess(Incidents.Of(shippedOn: new DateOnly(2026, 12, 30), incidentOn: new DateOnly(2027, 1, 3)));
        Assert.Equal(("ZTO-SH-2026-017", new DateOnly(2027, 2, 2)), (a.ContractNumber, a.FileBy!.Value)); // 2027-01-03 + 30 days
    }

    [Fact]
    public void an_incident_no_clause_covers_is_manual_with_the_contract_and_deadline()
    {
        var a = Zto.Assess(Incidents.Of(IncidentType.CourierMisconduct));
        Assert.Equal(
            new Assessment(AssessmentStatus.Manual, "ZTO-SH-2026-017", null, null, null, null, "CNY", new DateOnly(2026, 4, 9),
                "no clause of ZTO-SH-2026-017 covers courierMisconduct", null),
            a);
        Assert.Equal("no clause of ZTO-SH-2026-017 covers late", Zto.Assess(Incidents.Of(IncidentType.Late, daysLate: 0)).Reason);
    }

    [Fact]
    public void division_by_zero_makes_that_claim_manual_and_never_throws()
    {
        var a = Zto.Assess(Incidents.Of(IncidentType.Other, goodsValue: 500m));
        Assert.Equal(
            new Assessment(AssessmentStatus.Manual, "ZTO-SH-2026-017", "7.7", 4, "条款7.7", null, "CNY", new DateOnly(2026, 4, 9),
                "division by zero in clause 7.7 pay: goodsValue / weightKg", null),
            a);
    }

    [Fact]
    public void a_failure_in_when_is_reported_for_when()
    {
        var set = ContractYaml.Set(ContractYaml.Clause("lost", "goodsValue", when: "goodsValue / weightKg > 10"));
        Assert.Equal("division by zero in clause 7.2 when: goodsValue / weightKg", set.Assess(Incidents.Of(goodsValue: 1m)).Reason);
    }

    [Fact]
    public void an_overflow_is_manual_not_a_crash()
    {
        var set = ContractYaml.Set(ContractYaml.Clause("lost", "goodsValue * goodsValue * goodsValue"));
        var a = set.Assess(Incidents.Of(goodsValue: 79228162514264337593543950m));
        Assert.Equal("arithmetic overflow (a number too large) in clause 7.2 pay: goodsValue * goodsValue", a.Reason);
    }

    [Fact]
    public void a_malformed_incident_does_not_throw()
    {
        var a = Zto.Assess(Incidents.Of() with { CarrierCode = null!, Type = (IncidentType)99 });
        Assert.Equal(AssessmentStatus.Manual, a.Status);
        Assert.Equal(AssessmentStatus.Manual, Zto.Assess(Incidents.Of() with { Type = (IncidentType)99 }).Status);
    }

    [Theory]
    [InlineData("fileWithinDays: 30", "2026-03-10", "2026-04-09")]    // 10 March + 30 days
    [InlineData("fileWithinDays: 7", "2026-12-28", "2027-01-04")]
    [InlineData("fileWithinMonths: 9", "2026-03-10", "2026-12-10")]
    [InlineData("fileWithinMonths: 9", "2026-05-31", "2027-02-28")]   // no 31 February: the month's last day
    [InlineData("fileWithinMonths: 9", "2027-05-31", "2028-02-29")]   // leap year
    [InlineData("fileWithinMonths: 1", "2026-01-31", "2026-02-28")]
    [InlineData("respondWithinDays: 7", "2026-03-10", null)]          // no filing window: no deadline
    public void the_filing_deadline_is_the_incident_date_plus_the_window(string deadline, string incidentOn, string? fileBy)
    {
        var set = ContractYaml.Set(ContractYaml.Clause("lost", "goodsValue"), more: "deadlines:\n  " + deadline);
        var a = set.Assess(Incidents.Of(shippedOn: new DateOnly(2026, 3, 1), incidentOn: Date(incidentOn)));
        Assert.Equal(fileBy is null ? null : Date(fileBy), a.FileBy);
    }

    [Theory]
    [InlineData("2026-04-08", false)]
    [InlineData("2026-04-09", false)]  // the last day is still in time
    [InlineData("2026-04-10", true)]
    public void a_claim_is_out_of_window_after_the_filing_deadline(string today, bool outOfWindow)
    {
        var a = Zto.Assess(Incidents.Of(goodsValue: 500m, freight: 12m));  // incident 2026-03-10, file by 2026-04-09
        Assert.Equal(outOfWindow, Assessor.IsOutOfWindow(a, Date(today)));
    }

    [Fact]
    public void without_a_deadline_nothing_is_out_of_window()
    {
        var a = ContractYaml.Set(ContractYaml.Clause("lost", "goodsValue")).Assess(Incidents.Of());
        Assert.False(Assessor.IsOutOfWindow(a, new DateOnly(2099, 1, 1)));
    }

    [Fact]
    public void the_trace_shows_cap_and_rounding_steps_and_ends_with_the_amount()
    {
        var set = ContractYaml.Set(ContractYaml.Clause("lost", "7 * freight", cap: "1000") + "\n" + ContractYaml.Clause("damaged", "goodsValue / 3", id: "7.3"));
        Assert.Equal("7 * freight=200.00 = 1400.00; at most the cap 1000 = 1000.00", set.Assess(Incidents.Of(freight: 200m)).Trace);
        Assert.Equal("goodsValue=100.00 / 3 = 33.333333333333333333333333333; rounded half away from zero to 2 decimals = 33.33",
            set.Assess(Incidents.Of(IncidentType.Damaged, goodsValue: 100m)).Trace);
    }

    [Fact]
    public void without_a_trace_the_assessment_is_the_same_but_for_the_trace()
    {
        var incident = Incidents.Of(goodsValue: 500m, freight: 12m);
        Assert.Equal(Zto.Assess(incident) with { Trace = null }, Zto.Assess(incident, withTrace: false));
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
