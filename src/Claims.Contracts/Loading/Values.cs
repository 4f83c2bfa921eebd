using System.Globalization;
using System.Text.RegularExpressions;
using Claims.Contracts.Currencies;
using Claims.Contracts.Model;

namespace Claims.Contracts.Loading;

/// <summary>Reads the scalar values of a contract file from their raw text; invariant culture, decimals only.</summary>
internal static partial class Values
{
    public static DateOnly? Date(YamlScalar scalar, string key, FileErrors errors)
    {
        var text = scalar.Value.Trim();
        var match = DatePattern().Match(text);
        if (match.Success
            && int.TryParse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(match.Groups[3].ValueSpan, CultureInfo.InvariantCulture, out var day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            return new DateOnly(year, month, day);
        errors.Add(scalar, $"'{key}' is not a valid date: '{text}' (write yyyy-mm-dd, such as 2026-01-31)");
        return null;
    }

    public static decimal? Number(YamlScalar scalar, string key, Sign sign, FileErrors errors)
    {
        var text = scalar.Value.Trim();
        if (!NumberPattern().IsMatch(text)
            || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            var hint = text.Contains(',', StringComparison.Ordinal) ? " (no thousands separators; '.' for decimals)" : "";
            errors.Add(scalar, $"'{key}' must be a number, not '{text}'{hint}");
            return null;
        }
        if (sign == Sign.Positive && value <= 0)
        {
            errors.Add(scalar, $"'{key}' must be more than 0, not {text}");
            return null;
        }
        if (sign == Sign.NotNegative && value < 0)
        {
            errors.Add(scalar, $"'{key}' cannot be negative ({text})");
            return null;
        }
        return value;
    }

    public static int? WholeNumber(YamlScalar scalar, string key, int minimum, FileErrors errors)
    {
        var text = scalar.Value.Trim();
        if (!WholePattern().IsMatch(text) || !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(scalar, $"'{key}' must be a whole number, not '{text}'");
            return null;
        }
        if (value < minimum)
        {
            errors.Add(scalar, minimum == 1 ? $"'{key}' must be 1 or more, not {text}" : $"'{key}' must be at least {minimum}, not {text}");
            return null;
        }
        return value;
    }

    public static bool? Bool(YamlScalar scalar, string key, FileErrors errors)
    {
        switch (scalar.Value.Trim())
        {
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
            default:
                errors.Add(scalar, $"'{key}' must be true or false, not '{scalar.Value.Trim()}'");
                return null;
        }
    }

    public static string? Currency(YamlScalar scalar, FileErrors errors)
    {
        var code = scalar.Value.Trim();
        if (Iso4217.TryGetDecimals(code, out _))
            return code;
        var message = Iso4217.HasNoMinorUnit(code)
            ? $"currency '{code}' has no minor unit in ISO 4217, so nothing can be paid in it; give the currency amounts are paid in and convert with a constant"
            : Iso4217.Alias(code) is { } meant
                ? $"unknown currency '{code}' — did you mean '{meant}'? (ISO 4217 codes are three capital letters)"
                : $"unknown currency '{code}'{Suggestions.Hint(code, Iso4217.Codes)} (an ISO 4217 code such as CNY, USD, EUR)";
        errors.Add(scalar, message);
        return null;
    }

    public static IncidentType? Incident(YamlScalar scalar, FileErrors errors)
    {
        var name = scalar.Value.Trim();
        if (IncidentTypeNames.TryParse(name, out var type))
            return type;
        errors.Add(scalar, $"unknown incident type '{name}'" + OrList(name, IncidentTypeNames.All, "the types are"));
        return null;
    }

    public static ServiceLevelMetric? Metric(YamlScalar scalar, FileErrors errors)
    {
        var name = scalar.Value.Trim();
        if (ServiceLevelMetricNames.TryParse(name, out var metric))
            return metric;
        errors.Add(scalar, $"unknown metric '{name}'" + OrList(name, ServiceLevelMetricNames.All, "the metrics are"));
        return null;
    }

    // " — did you mean 'x'?" when a known word is close, else "; the types are a, b, c".
    private static string OrList(string word, IReadOnlyList<string> known, string intro) =>
        Suggestions.Closest(word, known) is { } near ? $" — did you mean '{near}'?" : $"; {intro} {string.Join(", ", known)}";

    public static bool IsCarrierCode(string code) => CarrierCodePattern().IsMatch(code);

    public static bool IsName(string name) => NamePattern().IsMatch(name);

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^[+-]?\d+(\.\d+)?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^[+-]?\d+$")]
    private static partial Regex WholePattern();

    [GeneratedRegex(@"^[A-Za-z0-9-]{2,16}$")]
    private static partial Regex CarrierCodePattern();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex NamePattern();
}
