namespace Claims.Managers;

/// <summary>Why a scorecard has no rates, in English (the records) and Chinese (pages that show it).</summary>
public static class NoRates
{
    public static string Month(string carrier, string currency, YearMonth month, string? volumeCurrency) =>
        volumeCurrency is null || volumeCurrency == currency
            ? $"No shipment volume recorded for {carrier} in {month}."
            : $"The shipment volume of {carrier} in {month} is recorded in {volumeCurrency}, not {currency}.";

    public static string Period(string carrier, string currency, YearMonth from, YearMonth to) =>
        $"No shipment volume recorded for {carrier} ({currency}) from {from} to {to}.";

    /// <summary>The Chinese text for a scorecard without rates (the month or period it covers).</summary>
    public static string Chinese(string carrier, YearMonth from, YearMonth to) =>
        from.Equals(to) ? $"{carrier} {from} 未登记发货量，无法计算比率。" : $"{carrier} {from} 至 {to} 未登记发货量，无法计算比率。";
}
