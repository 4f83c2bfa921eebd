using Claims.Contracts.Currencies;
using Claims.Contracts.Expressions;
using Claims.Contracts.Model;

namespace Claims.Contracts.Assessing;

/// <summary>A contract ready to assess: clauses grouped by incident type (file order kept), expressions compiled.</summary>
internal sealed class CompiledContract
{
    private static readonly IncidentType[] Types = Enum.GetValues<IncidentType>();

    public CompiledContract(Contract contract)
    {
        Contract = contract;
        Decimals = Iso4217.DecimalsOf(contract.Currency);
        var clauseScope = NameScope.ForClauses(contract.Constants);
        var clauses = contract.Clauses.Select(c => new CompiledClause(
            c,
            c.When is null ? null : CompiledExpression.CompileValid(c.When, clauseScope, ValueKind.Condition, "when"),
            CompiledExpression.CompileValid(c.Pay, clauseScope, ValueKind.Number, "pay"))).ToList();
        ClausesByType = new CompiledClause[Types.Length][];
        foreach (var type in Types)
            ClausesByType[(int)type] = [.. clauses.Where(c => c.Clause.Incident == type)];
        var levelScope = NameScope.ForServiceLevels(contract.Constants);
        ServiceLevels = [.. contract.ServiceLevels.Select(s => new CompiledServiceLevel(
            s, CompiledExpression.CompileValid(s.Pay, levelScope, ValueKind.Number, "pay")))];
    }

    public Contract Contract { get; }

    /// <summary>The currency's minor unit: amounts are rounded to this many decimals.</summary>
    public int Decimals { get; }

    public CompiledClause[][] ClausesByType { get; }

    public CompiledServiceLevel[] ServiceLevels { get; }

    public CompiledClause[] ClausesFor(IncidentType type) =>
        (uint)type < (uint)ClausesByType.Length ? ClausesByType[(int)type] : [];
}

internal sealed record CompiledClause(Clause Clause, CompiledExpression? When, CompiledExpression Pay);

internal sealed record CompiledServiceLevel(ServiceLevel ServiceLevel, CompiledExpression Pay);
