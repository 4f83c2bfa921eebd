using System.Globalization;
using System.Text.RegularExpressions;

namespace Claims.Contracts.IncidentFiles.Tables;

/// <summary>
/// Reads the values of one row, collecting every problem as a plain reason ("bad date '2026-13-01' in shippedOn")
/// so the user can fix the whole row at once. Empty optional cells are "not given" (null).
/// </summary>
internal sealed partial class FieldReader(TableRow row, Header header)
{
    private const int QuoteLimit = 60;
    private List<string>? errors;

    public string? Error => errors is null ? null : string.Join("; ", errors);

    public void Fail(string reason) => (errors ??= []).Add(reason);

    /// <summary>
    /// The trimmed text, or null when the cell is empty or the column absent. <c>="0123"</c>, which exports write
    /// so that Excel keeps a long number or a leading zero as text, is read as <c>0123</c>.
    /// </summary>
    public string? Text(Column column)
    {
        var text = header.Cell(row, column).Text.Trim();
        // NUL is no text PostgreSQL stores: the row is refused with its reason instead of failing the import's save.
        if (text.Contains('\0'))
        {
            Fail($"{header.Label(column)} holds a NUL character (\\0)");
            return null;
        }

        if (text.Length >= 3 && text.StartsWith("=\"", StringComparison.Ordinal) && text.EndsWith('"'))
        {
            text = text[2..^1].Replace("\"\"", "\"", StringComparison.Ordinal).Trim();
        }

        return text.Length == 0 ? null : text;
    }

    public string? Required(Column column)
    {
        var text = Text(column);
        if (text is null)
        {
            Fail($"missing {header.Label(column)}");
        }

        return text;
    }

    public DateOnly? Date(Column column)
    {
        var cell = header.Cell(row, column);
        if (cell.IsBlank)
        {
            if (column.Required)
            {
                Fail($"missing {header.Label(column)}");
            }

            return null;
        }

        if (cell.Date is { } date || TryDate(cell.Text.Trim(), out date))
        {
            return date;
        }

        Fail($"bad date {Quote(cell.Text)} in {header.Label(column)}");
        return null;
    }

    /// <summary>A decimal of at least zero; <paramref name="what"/> names it in messages ("amount", "weight").</summary>
    public decimal? NonNegative(Column column, string what)
    {
        if (Text(column) is not { } text)
        {
            return null;
        }

        if (!TryDecimal(text, out var value))
        {
            Fail($"bad {what} {Quote(text)} in {header.Label(column)}");
            return null;
        }

        if (value < 0)
        {
            Fail($"negative {what} {Quote(text)} in {header.Label(column)}");
            return null;
        }

        return value;
    }

    /// <summary>A whole number of at least zero; "2.0" is two, "2.5" is refused.</summary>
    public long? Whole(Column column, string what, long max = long.MaxValue)
    {
        if (Text(column) is not { } text)
        {
            return null;
        }

        if (!TryDecimal(text, out var value) || value != decimal.Truncate(value) || value > max)
        {
            Fail($"bad {what} {Quote(text)} in {header.Label(column)} (a whole number is needed)");
            return null;
        }

        if (value < 0)
        {
            Fail($"negative {what} {Quote(text)} in {header.Label(column)}");
            return null;
        }

        return (long)value;
    }

    public static string Quote(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= QuoteLimit ? $"'{trimmed}'" : $"'{trimmed[..QuoteLimit]}…'";
    }

    /// <summary>yyyy-mm-dd, yyyy/m/d, yyyy.m.d, yyyy年m月d日; a time of day after the date (as exports add) is ignored.</summary>
    public static bool TryDate(string text, out DateOnly date)
    {
        date = default;
        var match = DatePattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var y = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var m = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var d = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    /// <summary>
    /// An invariant-culture decimal. A thousands separator is taken only in whole groups of three ("1,234.50"),
    /// so a decimal comma ("1,5") is refused rather than misread as 15. One leading ¥ or ￥ is allowed.
    /// </summary>
    public static bool TryDecimal(string text, out decimal value)
    {
        value = 0;
        var match = AmountPattern().Match(text);
        if (!match.Success || (match.Groups["s1"].Success && match.Groups["s2"].Success))
        {
            return false;
        }

        var digits = match.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        if (match.Groups["s1"].Value == "-" || match.Groups["s2"].Value == "-")
        {
            value = -value;
        }

        return true;
    }

    [GeneratedRegex(@"^(?:(?<y>[0-9]{4})(?<sep>[-/.])(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2})|(?<y>[0-9]{4})年\s*(?<m>[0-9]{1,2})月\s*(?<d>[0-9]{1,2})日)(?:(?:\s+|T)[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?<s1>[-+])?[¥￥]?\s*(?<s2>[-+])?(?<n>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|\.[0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();
}
