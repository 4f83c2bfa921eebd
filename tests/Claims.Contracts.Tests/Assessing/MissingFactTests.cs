using Claims.Contracts.Model;
using Claims.Contracts.Tests.Support;

namespace Claims.Contracts.Tests.Assessing;

/// <summary>A blank field is "not given", never a zero the clause computes with (issue 18, item 1).</summary>
public class MissingFactTests
{
    private static readonly ContractSet Zto = ContractYaml.Set(
        ContractYaml.Clause("lost", "min(goodsValue, 3 * freight)", when: "declaredValue == 0", id: "7.2") + "\n" +
        ContractYaml.Clause("lost", "declaredValue", id: "7.3") + "\n" +
        ContractYaml.Clause("damaged", "claimedAmount", id: "7.4") + "\n" +
        ContractYaml.Clause("late", "freight * daysLate", id: "7.5"));

    [Fact]
    public void a_lost_parcel_without_freight_is_manual_naming_freight_never_a_zero_claim()
    {
        var a = Zto.Assess(Incidents.Of(goodsValue: 200m) with { Missing = MissingFacts.Freight });

        Assert.Equal(AssessmentStatus.Manual, a.Status);
        Assert.Null(a.Amount);
        Assert.Equal("freight is needed by clause 7.2 (p. 4) and was not given", a.Reason);
    }

    [Fact]
    public void a_blank_fact_the_chosen_clause_does_not_read_changes_nothing()
    {
        var insured = Zto.Assess(Incidents.Of(declaredValue: 300m) with { Missing = MissingFacts.Freight | MissingFacts.GoodsValue });

        Assert.Equal(AssessmentStatus.Assessed, insured.Status);
        Assert.Equal(300.00m, insured.Amount);
    }

    [Fact]
    public void a_claimed_amount_defaulting_to_a_blank_goods_value_is_missing_too()
    {
        var blank = Zto.Assess(Incidents.Of(IncidentType.Damaged) with { Missing = MissingFacts.GoodsValue });
        var typed = Zto.Assess(Incidents.Of(IncidentType.Damaged, claimedAmount: 40m) with { Missing = MissingFacts.GoodsValue });

        Assert.Equal("claimedAmount is needed by clause 7.4 (p. 4) and was not given", blank.Reason);
        Assert.Equal(40.00m, typed.Amount);
    }

    [Fact]
    public void the_facts_a_form_should_ask_for_are_those_the_clauses_read()
    {
        Assert.Equal(["goodsValue", "declaredValue", "freight"], Zto.FactsUsed("ZTO", IncidentType.Lost, Incidents.Shipped));
        Assert.Equal(["freight", "daysLate"], Zto.FactsUsed("zto", IncidentType.Late, Incidents.Shipped));
        Assert.Empty(Zto.FactsUsed("ZTO", IncidentType.Misdelivered, Incidents.Shipped));
        Assert.Empty(Zto.FactsUsed("YTO", IncidentType.Lost, Incidents.Shipped));
    }

    [Theory]
    [InlineData(" 7300 0001 2345 67 ", "73000001234567")]
    [InlineData("７３００　０００１２３４５６７", "73000001234567")]
    [InlineData("sf1234567890", "SF1234567890")]
    [InlineData("JDVA0001-1-2", "JDVA0001-1-2")]
    public void waybills_are_kept_in_one_form_however_they_are_typed(string typed, string kept)
    {
        Assert.Equal(kept, Waybills.Normalize(typed));
        Assert.Equal(kept, new Incident(typed, "ZTO", IncidentType.Lost, Direction.Forward, Incidents.Shipped, Incidents.Shipped).Waybill);
    }
}
