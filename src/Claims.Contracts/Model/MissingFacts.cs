namespace Claims.Contracts.Model;

/// <summary>
/// The facts an incident does not give (a blank field, an empty cell). A clause that reads one of them cannot be
/// computed: the claim needs manual assessment naming the field, never an amount worked out from a zero. Bits follow
/// the order of the clause facts (goodsValue, declaredValue, freight, claimedAmount, weightKg, daysLate).
/// </summary>
[Flags]
public enum MissingFacts
{
    None = 0,
    GoodsValue = 1 << 0,
    Freight = 1 << 2,
    WeightKg = 1 << 4,
    DaysLate = 1 << 5,
}
