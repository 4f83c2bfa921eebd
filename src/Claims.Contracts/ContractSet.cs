using Claims.Contracts.Assessing;
using Claims.Contracts.Loading;
using Claims.Contracts.Model;

namespace Claims.Contracts;

/// <summary>
/// A loaded, valid set of contracts: finds a carrier's contract in force on a day and assesses incidents against
/// it. Build one with <see cref="ContractLoader"/> from files, or with <see cref="Create"/> from stored contracts.
/// Immutable; safe to share between threads.
/// </summary>
public sealed class ContractSet
{
    private readonly Dictionary<string, CompiledContract[]> byCarrier;
    private readonly Dictionary<string, string> codeByName;

    private ContractSet(IReadOnlyList<Contract> contracts)
    {
        Contracts = contracts;
        byCarrier = contracts
            .Select(c => new CompiledContract(c))
            .GroupBy(c => c.Contract.CarrierCode, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Contract.Effective).ToArray(), StringComparer.OrdinalIgnoreCase);
        codeByName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in contracts)
            codeByName.TryAdd(c.CarrierName, c.CarrierCode);
    }

    /// <summary>The contracts in load order (files sorted by name).</summary>
    public IReadOnlyList<Contract> Contracts { get; }

    /// <summary>
    /// Rebuilds a set from contracts read earlier (for example stored as events). They were validated when their
    /// files were loaded; a set that breaks the set rules or an expression that no longer compiles is a bug.
    /// </summary>
    /// <exception cref="ArgumentException">The contracts do not form a valid set.</exception>
    public static ContractSet Create(IEnumerable<Contract> contracts)
    {
        var list = contracts.ToList();
        var problems = SetRules.Check(list).Select(p => p.Message).ToList();
        if (problems.Count > 0)
            throw new ArgumentException(string.Join(Environment.NewLine, problems), nameof(contracts));
        try
        {
            return new ContractSet(list);
        }
        catch (InvalidOperationException e)
        {
            throw new ArgumentException(e.Message, nameof(contracts), e);
        }
    }

    /// <summary>
    /// The carrier code for a code (any case), a carrier name (any case), or the short name people use for it: the
    /// start of one carrier's name (中通 for 中通快递, 顺丰 for 顺丰速运, FedEx for FedEx International). Null when no
    /// contract names it, or when the short name fits two carriers.
    /// </summary>
    public string? ResolveCarrier(string codeOrName)
    {
        var key = codeOrName.Trim();
        if (byCarrier.TryGetValue(key, out var contracts))
            return contracts[0].Contract.CarrierCode;
        if (codeByName.TryGetValue(key, out var exact))
            return exact;
        var named = codeByName.Where(n => string.Equals(n.Key, key, StringComparison.OrdinalIgnoreCase)).Select(n => n.Value).Distinct().ToList();
        if (named.Count == 1)
            return named[0];
        if (key.Length < 2)
            return null;
        var prefixed = codeByName.Where(n => n.Key.StartsWith(key, StringComparison.OrdinalIgnoreCase)).Select(n => n.Value).Distinct().ToList();
        return prefixed.Count == 1 ? prefixed[0] : null;
    }

    /// <summary>The carrier's contract whose effective..expires contains <paramref name="day"/>, or null.</summary>
    public Contract? ContractInForce(string carrierCode, DateOnly day) => CompiledInForce(carrierCode, day)?.Contract;

    /// <summary>
    /// What the contract says the carrier owes for the incident (CONTRACT-FORMAT.md, "How an incident is
    /// assessed"). Never throws: whatever cannot be computed becomes a manual assessment with the reason.
    /// Without <paramref name="withTrace"/> no trace text is built (for bulk work whose results are not kept).
    /// </summary>
    public Assessment Assess(Incident incident, bool withTrace = true) => Assessor.Assess(this, incident, withTrace);

    /// <summary>
    /// The facts (`goodsValue`, `freight`, ...) the clauses for <paramref name="type"/> of the carrier's contract in force
    /// on <paramref name="day"/> read, in the order of the facts table: what a report form should ask for.
    /// </summary>
    public IReadOnlyList<string> FactsUsed(string carrierCode, IncidentType type, DateOnly day)
    {
        if (CompiledInForce(carrierCode, day) is not { } contract)
            return [];
        var slots = new HashSet<int>();
        foreach (var clause in contract.ClausesFor(type))
        {
            Collect(clause.When?.Root, slots);
            Collect(clause.Pay.Root, slots);
        }
        return [.. Expressions.NameScope.ClauseFacts.Where((_, slot) => slots.Contains(slot))];

        static void Collect(Expressions.Node? node, HashSet<int> slots)
        {
            if (node is null)
                return;
            if (node is Expressions.FactReference fact)
                slots.Add(fact.Slot);
            foreach (var child in node.Children)
                Collect(child, slots);
        }
    }

    /// <summary>The carrier's monthly service levels judged for one month (see <see cref="ServiceLevelJudge"/>).</summary>
    public IReadOnlyList<ServiceLevelJudgement> JudgeServiceLevels(string carrierCode, int year, int month, MonthFigures figures) =>
        ServiceLevelJudge.Judge(this, carrierCode, year, month, figures);

    internal CompiledContract? CompiledInForce(string carrierCode, DateOnly day)
    {
        if (carrierCode is null || !byCarrier.TryGetValue(carrierCode, out var contracts))
            return null;
        foreach (var contract in contracts)
        {
            if (contract.Contract.IsInForceOn(day))
                return contract;
        }
        return null;
    }

    internal static ContractSet FromValidated(IReadOnlyList<Contract> contracts) => new(contracts);
}
