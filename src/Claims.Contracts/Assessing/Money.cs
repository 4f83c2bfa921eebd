using System.Globalization;

namespace Claims.Contracts.Assessing;

/// <summary>Rounding and printing amounts in a currency's minor unit.</summary>
public static class Money
{
    // 1 with 0..28 decimals: multiplying by it raises a decimal's scale without changing its value.
    private static readonly decimal[] Ones =
        [.. Enumerable.Range(0, 29).Select(d => decimal.Parse(d == 0 ? "1" : "1." + new string('0', d), CultureInfo.InvariantCulture))];

    /// <summary>
    /// Rounds half away from zero (0.125 → 0.13, -0.125 → -0.13) to <paramref name="decimals"/> places, and
    /// gives the result exactly that many decimals (36 → 36.00), so it prints as the currency is written.
    /// </summary>
    public static decimal Round(decimal value, int decimals)
    {
        var rounded = decimal.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded.Scale == decimals ? rounded : decimal.Round(rounded * Ones[decimals], decimals, MidpointRounding.AwayFromZero);
    }

    /// <summary>The amount with exactly <paramref name="decimals"/> decimals, invariant culture: "36.00", "1200".</summary>
    public static string Format(decimal amount, int decimals) =>
        amount.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The same value shown with at least <paramref name="decimals"/> decimals (12 → 12.00; 12.345 stays).</summary>
    internal static decimal WithAtLeastDecimals(decimal value, int decimals)
    {
        if (value.Scale >= decimals)
            return value;
        try
        {
            return value * Ones[decimals];
        }
        catch (OverflowException)
        {
            return value;
        }
    }
}
