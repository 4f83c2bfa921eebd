using System.Globalization;
using Claims.Contracts.Currencies;

namespace Claims.Web.Localization;

/// <summary>Dates and money as a reader of the page's language writes them (2026年11月23日 / 23 Nov 2026; 1,234.50 元 / CNY 1,234.50).</summary>
public static class Formats
{
    public static string Date(DateOnly? date) => date is not { } d ? "—"
        : Languages.IsChinese ? d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)
        : d.ToString("d MMM yyyy", Languages.English);

    public static string DateTime(DateTimeOffset? at, TimeZoneInfo zone) => at is not { } a ? "—"
        : TimeZoneInfo.ConvertTime(a, zone) is var local && Languages.IsChinese
            ? local.ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture)
            : local.ToString("d MMM yyyy HH:mm", Languages.English);

    public static string Money(decimal? amount, string? currency)
    {
        if (amount is not { } a)
            return "—";
        var code = string.IsNullOrEmpty(currency) ? "CNY" : currency;
        var decimals = Iso4217.DecimalsOf(code);
        var number = Math.Round(a, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals, CultureInfo.CurrentCulture);
        if (!Languages.IsChinese)
            return $"{code} {number}";
        return code switch
        {
            "CNY" => $"{number} 元",
            "USD" => $"{number} 美元",
            "EUR" => $"{number} 欧元",
            "HKD" => $"{number} 港元",
            _ => $"{number} {code}",
        };
    }

    /// <summary>A date typed in a form (yyyy-MM-dd, the HTML date input's value).</summary>
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>An amount typed in a form: invariant digits with an optional decimal point (no grouping).</summary>
    public static decimal? ParseAmount(string? text) =>
        decimal.TryParse(text?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;
}
