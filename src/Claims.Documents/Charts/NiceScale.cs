using System.Globalization;

namespace Claims.Documents.Charts;

/// <summary>Axis ticks at 1, 2 or 5 × 10ⁿ covering the data (and zero), so a reader can read values off the grid.</summary>
internal sealed record NiceScale(decimal Min, decimal Max, decimal Step)
{
    public IEnumerable<decimal> Ticks()
    {
        for (var t = Min; t <= Max; t += Step)
            yield return t;
    }

    public static NiceScale Cover(IEnumerable<decimal> values, int targetTicks = 5)
    {
        decimal lo = 0, hi = 0;
        foreach (var v in values)
        {
            lo = Math.Min(lo, v);
            hi = Math.Max(hi, v);
        }

        if (hi == lo)
            hi = lo + 1;
        var step = NiceStep((hi - lo) / targetTicks);
        return new NiceScale(Math.Floor(lo / step) * step, Math.Ceiling(hi / step) * step, step);
    }

    /// <summary>The smallest 1, 2, 5 or 10 × 10ⁿ at least as large as raw.</summary>
    internal static decimal NiceStep(decimal raw)
    {
        var exponent = (int)Math.Floor(Math.Log10((double)raw));
        var magnitude = Pow10(exponent);
        var normalized = raw / magnitude;
        var nice = normalized <= 1 ? 1m : normalized <= 2 ? 2m : normalized <= 5 ? 5m : 10m;
        return nice * magnitude;
    }

    /// <summary>A tick or value as text: as many decimals as the step needs (percent values × 100 with %).</summary>
    public string Format(decimal value, ValueFormat format)
    {
        var shown = format == ValueFormat.Percent ? value * 100 : value;
        var step = format == ValueFormat.Percent ? Step * 100 : Step;
        var decimals = Math.Max(0, -(int)Math.Floor(Math.Log10((double)step)));
        var text = Math.Round(shown, decimals).ToString("N" + decimals, CultureInfo.InvariantCulture);
        return format == ValueFormat.Percent ? text + "%" : text;
    }

    /// <summary>A data value as text: one decimal more than the ticks (whole percent, 0.1 per 10k).</summary>
    public string FormatValue(decimal value, ValueFormat format)
    {
        var shown = format == ValueFormat.Percent ? value * 100 : value;
        var text = Math.Round(shown, 1).ToString("#,0.#", CultureInfo.InvariantCulture);
        return format == ValueFormat.Percent ? text + "%" : text;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
            result *= 10;
        for (var i = 0; i > exponent; i--)
            result /= 10;
        return result;
    }
}
