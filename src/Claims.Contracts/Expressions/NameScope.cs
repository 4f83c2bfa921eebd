namespace Claims.Contracts.Expressions;

/// <summary>
/// The names an expression may use: the facts (each read from a fixed slot) and the contract's constants.
/// Clauses and service levels have different facts.
/// </summary>
internal sealed class NameScope(IReadOnlyList<string> facts, IReadOnlyList<int> moneySlots, IReadOnlyDictionary<string, decimal> constants)
{
    public const int GoodsValue = 0, DeclaredValue = 1, Freight = 2, ClaimedAmount = 3, WeightKg = 4, DaysLate = 5;
    public const int MetricValue = 0, Threshold = 1, Parcels = 2, MonthlyFreight = 3;

    public static readonly IReadOnlyList<string> ClauseFacts =
        ["goodsValue", "declaredValue", "freight", "claimedAmount", "weightKg", "daysLate"];

    public static readonly IReadOnlyList<string> ServiceLevelFacts = ["metricValue", "threshold", "parcels", "monthlyFreight"];

    public static readonly IReadOnlyList<string> Functions = ["min", "max", "round", "ceil", "floor", "if"];

    public static readonly IReadOnlyList<string> Keywords = ["true", "false", "and", "or", "not"];

    public static readonly IReadOnlyList<int> ClauseMoneySlots = [GoodsValue, DeclaredValue, Freight, ClaimedAmount];

    public static NameScope ForClauses(IReadOnlyDictionary<string, decimal> constants) =>
        new(ClauseFacts, ClauseMoneySlots, constants);

    public static NameScope ForServiceLevels(IReadOnlyDictionary<string, decimal> constants) =>
        new(ServiceLevelFacts, [MonthlyFreight], constants);

    public IReadOnlyList<string> Facts { get; } = facts;

    /// <summary>Slots holding money; the trace shows them with the currency's decimals (12 → 12.00).</summary>
    public IReadOnlyList<int> MoneySlots { get; } = moneySlots;

    public IReadOnlyDictionary<string, decimal> Constants { get; } = constants;

    public int FactSlot(string name)
    {
        for (var i = 0; i < Facts.Count; i++)
        {
            if (Facts[i] == name)
                return i;
        }
        return -1;
    }

    /// <summary>Every name a user could have meant, for "did you mean" suggestions.</summary>
    public IEnumerable<string> KnownNames => Facts.Concat(Constants.Keys).Concat(["true", "false"]);

    /// <summary>True for names a constant may not take: facts, functions and keywords.</summary>
    public static bool IsReserved(string name) =>
        ClauseFacts.Contains(name) || ServiceLevelFacts.Contains(name) || Functions.Contains(name) || Keywords.Contains(name);
}
