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

    /// <summary>
    /// An amount as people type it: "1,000.50", "¥200", "200元", "２００" (full-width), "CNY 36.5". Thousands separators,
    /// a currency sign or name (of <paramref name="currency"/> when given, else any common one) and full-width digits are
    /// accepted; a negative amount, a decimal comma or a sign of another currency are not.
    /// </summary>
    public static decimal? ParseAmount(string? text, string? currency = null) =>
        ParseAmount(text, out var written) is { } amount
        && (currency is null || written is null || CurrencySigns.Any(c => c.Code == currency.ToUpperInvariant() && c.Signs.Contains(written, StringComparer.OrdinalIgnoreCase)))
            ? amount : null;

    /// <summary>As <see cref="ParseAmount(string?, string?)"/>, giving the currency sign or name that was written (null if none).</summary>
    public static decimal? ParseAmount(string? text, out string? sign)
    {
        sign = null;
        var narrow = Narrow(text).Trim();
        foreach (var candidate in CurrencySigns.SelectMany(c => c.Signs).OrderByDescending(s => s.Length))
        {
            if (narrow.Contains(candidate, StringComparison.OrdinalIgnoreCase))
            {
                sign = candidate;
                narrow = narrow.Replace(candidate, "", StringComparison.OrdinalIgnoreCase).Trim();
                break;
            }
        }
        if (narrow.Length == 0)
            return null;
        // Grouping only in threes before the point ("1,299.00"), so "1,5" is refused rather than read as 15.
        if (narrow.Contains(',', StringComparison.Ordinal)
            && !System.Text.RegularExpressions.Regex.IsMatch(narrow, @"^\d{1,3}(,\d{3})+(\.\d+)?$"))
            return null;
        return decimal.TryParse(narrow.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            ? d : null;
    }

    /// <summary>True when <paramref name="sign"/> (as <see cref="ParseAmount(string?, out string?)"/> found it) may be written for <paramref name="currency"/>.</summary>
    public static bool SignFits(string? sign, string? currency) =>
        sign is null || currency is null || CurrencySigns.Any(c => c.Code == currency.ToUpperInvariant() && c.Signs.Contains(sign, StringComparer.OrdinalIgnoreCase));

    // The signs and names people write beside an amount; ¥ is both yuan and yen.
    private static readonly (string Code, string[] Signs)[] CurrencySigns =
    [
        ("CNY", ["CNY", "RMB", "人民币", "元", "¥", "￥"]),
        ("USD", ["USD", "US$", "美元", "$"]),
        ("EUR", ["EUR", "欧元", "€"]),
        ("HKD", ["HKD", "HK$", "港元", "港币"]),
        ("JPY", ["JPY", "日元", "円", "¥", "￥"]),
    ];

    /// <summary>Full-width digits, letters and punctuation (what Chinese input methods type) as their ASCII forms.</summary>
    public static string Narrow(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '\uFF01' and <= '\uFF5E' && chars[i] != '\uFFE5')
                chars[i] = (char)(chars[i] - 0xFEE0);
            else if (chars[i] == '\u3000')
                chars[i] = ' ';
            else if (chars[i] == '\uFF0C' || chars[i] == '\u3001')
                chars[i] = ',';
        }
        return new string(chars);
    }
}
