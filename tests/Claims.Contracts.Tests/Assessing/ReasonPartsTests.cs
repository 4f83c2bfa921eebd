using Claims.Contracts.Assessing;
using Claims.Contracts.Model;
using Claims.Contracts.Tests.Support;

namespace Claims.Contracts.Tests.Assessing;

/// <summary>
/// Pages and packets say the engine's English reasons and trace steps in Chinese by their shape (issue 11): every
/// reason the assessor writes must parse, or a Chinese reader gets English again.
/// </summary>
public class ReasonPartsTests
{
    private static readonly ContractSet Zto = ContractYaml.Set(
        ContractYaml.Clause("lost", "min(goodsValue, 3 * freight)", id: "7.2") + "\n" +
        ContractYaml.Clause("damaged", "goodsValue / weightKg", id: "7.4") + "\n" +
        ContractYaml.Clause("late", "freight", when: "goodsValue / weightKg > 1", id: "7.5") + "\n" +
        ContractYaml.Clause("misdelivered", "goodsValue / 3", cap: "10", minimum: "20", id: "7.6"));

    [Fact]
    public void a_missing_fact_names_the_fact_clause_and_page()
    {
        var reason = Zto.Assess(Incidents.Of(goodsValue: 200m) with { Missing = MissingFacts.Freight }).Reason;
        Assert.Equal(new ReasonParts(ReasonKind.NeedsFact, Fact: "freight", Clause: "7.2", Page: 4), ReasonParts.Parse(reason));
    }

    [Fact]
    public void no_contract_in_force_names_the_carrier_and_the_shipping_date()
    {
        var parts = ReasonParts.Parse(Zto.Assess(Incidents.Of(carrier: "YTO")).Reason);
        Assert.Equal(ReasonKind.NoContract, parts!.Kind);
        Assert.Equal(("YTO", "2026-03-10"), (parts.Carrier, parts.Date));
    }

    [Fact]
    public void no_clause_names_the_contract_and_the_incident_type()
    {
        var parts = ReasonParts.Parse(Zto.Assess(Incidents.Of(IncidentType.FalseDeliveryScan)).Reason);
        Assert.Equal(ReasonKind.NoClause, parts!.Kind);
        Assert.Equal(("ZTO-SH-2026-017", "falseDeliveryScan"), (parts.Contract, parts.Incident));
    }

    [Fact]
    public void a_division_by_zero_in_pay_or_when_names_the_clause_and_the_failure()
    {
        var pay = ReasonParts.Parse(Zto.Assess(Incidents.Of(IncidentType.Damaged, goodsValue: 10m)).Reason);
        Assert.Equal((ReasonKind.ClauseFailed, "7.4", "pay", FailureKind.DivisionByZero), (pay!.Kind, pay.Clause, pay.Field, pay.Failure));
        var when = ReasonParts.Parse(Zto.Assess(Incidents.Of(IncidentType.Late, goodsValue: 10m, freight: 5m)).Reason);
        Assert.Equal((ReasonKind.ClauseFailed, "7.5", "when", FailureKind.DivisionByZero), (when!.Kind, when.Clause, when.Field, when.Failure));
    }

    [Fact]
    public void a_persons_words_are_not_an_engine_reason()
    {
        Assert.Null(ReasonParts.Parse("主管按发票核定"));
        Assert.Null(ReasonParts.Parse(null));
    }

    [Fact]
    public void the_trace_steps_can_be_said_in_other_words_and_the_formula_stays_as_written()
    {
        var trace = Zto.Assess(Incidents.Of(IncidentType.Misdelivered, goodsValue: 100m)).Trace!;
        Assert.Contains("; at most the cap 10 = ", trace, StringComparison.Ordinal);
        Assert.Contains("; at least the minimum 20 = ", trace, StringComparison.Ordinal);
        var said = TraceSteps.Rewrite(trace, (step, value) => $"<{step} {value}>");
        Assert.StartsWith("goodsValue=100.00 / 3 = ", said, StringComparison.Ordinal);
        Assert.Contains("; <Cap 10> = ", said, StringComparison.Ordinal);
        Assert.Contains("; <Minimum 20> = ", said, StringComparison.Ordinal);
        Assert.Equal("freight=3.604 = 3.604; <Rounding 2> = 3.60",
            TraceSteps.Rewrite("freight=3.604 = 3.604; rounded half away from zero to 2 decimals = 3.60", (step, value) => $"<{step} {value}>"));
        Assert.Equal("x = -1; <Floor 0> = 0.00", TraceSteps.Rewrite("x = -1; never below 0 = 0.00", (step, value) => $"<{step} {value}>"));
    }
}
