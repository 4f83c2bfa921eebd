using System.Globalization;
using Claims.Contracts.Expressions;
using Claims.Contracts.Model;

namespace Claims.Contracts.Assessing;

/// <summary>Assesses one incident against a contract set (CONTRACT-FORMAT.md, "How an incident is assessed").</summary>
public static class Assessor
{
    /// <summary>
    /// The contract in force on the shipping date, the first clause in file order for the incident type whose
    /// `when` holds, and the amount it gives. Never throws: anything that stops the computation is a manual
    /// assessment with the reason.
    /// </summary>
    public static Assessment Assess(ContractSet set, Incident incident, bool withTrace = true)
    {
        try
        {
            return AssessUnguarded(set, incident, withTrace);
        }
#pragma warning disable CA1031 // One odd incident must not stop a run of a million; it goes to a person instead.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Manual(null, null, $"could not be assessed automatically: {e.Message}");
        }
    }

    /// <summary>True when the filing deadline has passed on <paramref name="today"/> (the deadline day itself is in time).</summary>
    public static bool IsOutOfWindow(Assessment assessment, DateOnly today) => assessment.FileBy is { } last && today > last;

    private static Assessment AssessUnguarded(ContractSet set, Incident incident, bool withTrace)
    {
        var contract = set.CompiledInForce(incident.CarrierCode, incident.ShippedOn);
        if (contract is null)
            return Manual(null, null, $"no contract in force for {incident.CarrierCode} on {incident.ShippedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");

        var terms = contract.Contract;
        var fileBy = terms.FileBy(incident.IncidentOn);
        Span<decimal> facts = stackalloc decimal[6];
        facts[NameScope.GoodsValue] = incident.GoodsValue;
        facts[NameScope.DeclaredValue] = incident.DeclaredValue;
        facts[NameScope.Freight] = incident.Freight;
        facts[NameScope.ClaimedAmount] = incident.ClaimedAmount ?? incident.GoodsValue;
        facts[NameScope.WeightKg] = incident.WeightKg;
        facts[NameScope.DaysLate] = incident.DaysLate;
        // claimedAmount defaults to the goods value, so it is missing when both are.
        var missing = (int)incident.Missing;
        if (incident.ClaimedAmount is null && (incident.Missing & MissingFacts.GoodsValue) != 0)
            missing |= 1 << NameScope.ClaimedAmount;

        foreach (var clause in contract.ClausesFor(incident.Type))
        {
            var context = new EvalContext(facts, missing);
            if (clause.When is { } when)
            {
                var holds = when.Root.Condition(ref context);
                if (context.Failed)
                    return Failed(terms, clause, fileBy, "when", when, ref context);
                if (!holds)
                    continue;
            }
            var pay = clause.Pay.Root.Number(ref context);
            if (context.Failed)
                return Failed(terms, clause, fileBy, "pay", clause.Pay, ref context);
            var c = clause.Clause;
            var amount = Settlement.Settle(pay, c.Cap, c.Minimum, contract.Decimals);
            var trace = withTrace ? Trace(clause, facts, contract.Decimals, NameScope.ClauseMoneySlots) : null;
            return new Assessment(AssessmentStatus.Assessed, terms.Number, c.Id, c.Page, c.Title, amount, terms.Currency, fileBy, null, trace);
        }
        return new Assessment(AssessmentStatus.Manual, terms.Number, null, null, null, null, terms.Currency, fileBy,
            $"no clause of {terms.Number} covers {IncidentTypeNames.Name(incident.Type)}", null);
    }

    /// <summary>The trace of a clause's pay, with money facts shown in the currency's decimals (12 → 12.00).</summary>
    internal static string Trace(CompiledClause clause, ReadOnlySpan<decimal> facts, int decimals, IReadOnlyList<int> moneySlots)
    {
        Span<decimal> shown = stackalloc decimal[facts.Length];
        facts.CopyTo(shown);
        foreach (var slot in moneySlots)
            shown[slot] = Money.WithAtLeastDecimals(shown[slot], decimals);
        var context = new EvalContext(shown);
        var pay = clause.Pay.Root.Number(ref context);
        var rendered = Tracer.Render(clause.Pay, shown);
        return Settlement.Explain(rendered, pay, clause.Clause.Cap, clause.Clause.Minimum, decimals);
    }

    private static Assessment Failed(Contract terms, CompiledClause clause, DateOnly? fileBy, string field, CompiledExpression expression, ref EvalContext context)
    {
        var c = clause.Clause;
        if (context.MissingFact is { } fact)
            return new Assessment(AssessmentStatus.Manual, terms.Number, c.Id, c.Page, c.Title, null, terms.Currency, fileBy,
                NeedsFact(fact, c.Id, c.Page), null);
        var where = context.FailedAt is { } node ? expression.SourceOf(node) : expression.Source;
        return new Assessment(AssessmentStatus.Manual, terms.Number, c.Id, c.Page, c.Title, null, terms.Currency, fileBy,
            $"{context.Failure} in clause {c.Id} {field}: {where}", null);
    }

    /// <summary>The reason a clause could not be computed because the incident lacks a fact it reads (pages translate it by its shape).</summary>
    public static string NeedsFact(string fact, string clause, int page) =>
        $"{fact} is needed by clause {clause} (p. {page}) and was not given";

    private static Assessment Manual(string? contract, string? currency, string reason) =>
        new(AssessmentStatus.Manual, contract, null, null, null, null, currency, null, reason, null);
}
