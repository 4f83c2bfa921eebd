using Claims.Contracts.Expressions;

namespace Claims.Contracts.Assessing;

/// <summary>
/// Turns what a clause's `pay` gave into the amount owed: at most `cap`, then at least `minimum`, never below 0,
/// then rounded half away from zero to the currency's minor unit (CONTRACT-FORMAT.md, step 3).
/// </summary>
internal static class Settlement
{
    public static decimal Settle(decimal pay, decimal? cap, decimal? minimum, int decimals)
    {
        var value = pay;
        if (cap is { } c && value > c)
            value = c;
        if (minimum is { } m && value < m)
            value = m;
        if (value < 0m)
            value = 0m;
        return Money.Round(value, decimals);
    }

    /// <summary>
    /// The whole trace: the expression's trace, " = " its value, then each adjustment that changed it, ending in
    /// the amount as the currency writes it. With no adjustment: `min(goodsValue=500.00, ...) = 36.00`.
    /// </summary>
    public static string Explain(string expressionTrace, decimal pay, decimal? cap, decimal? minimum, int decimals)
    {
        var steps = new List<(string Label, decimal Value)>(4);
        var value = pay;
        if (cap is { } c && value > c)
            steps.Add(($"at most the cap {Tracer.Format(c)}", value = c));
        if (minimum is { } m && value < m)
            steps.Add(($"at least the minimum {Tracer.Format(m)}", value = m));
        if (value < 0m)
            steps.Add(("never below 0", value = 0m));
        var amount = Money.Round(value, decimals);
        if (amount != value)
            steps.Add(($"rounded half away from zero to {decimals} decimals", amount));

        var text = new System.Text.StringBuilder(expressionTrace).Append(" = ");
        text.Append(steps.Count == 0 ? Money.Format(amount, decimals) : Tracer.Format(pay));
        for (var i = 0; i < steps.Count; i++)
        {
            var shown = i == steps.Count - 1 ? Money.Format(amount, decimals) : Tracer.Format(steps[i].Value);
            text.Append("; ").Append(steps[i].Label).Append(" = ").Append(shown);
        }
        return text.ToString();
    }
}
