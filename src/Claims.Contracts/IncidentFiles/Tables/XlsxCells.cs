using System.Globalization;

namespace Claims.Contracts.IncidentFiles.Tables;

/// <summary>Turns a cell as stored in the sheet XML (type, raw value, style) into the text and date a user sees.</summary>
internal sealed class XlsxCells(IReadOnlyList<string> sharedStrings, bool[] dateStyles, bool date1904, string fileName)
{
    // Excel shows at most 15 significant digits; the file may store the binary value's 17 (0.1+0.2 is stored
    // as 0.30000000000000004). Rounding to 15 gives back the number the user typed and sees.
    private const int SignificantDigits = 15;

    public TableCell ToCell(int row, string? type, string? value, string inlineText, uint style) => type switch
    {
        "s" => new TableCell(Shared(row, value)),
        "inlineStr" => new TableCell(inlineText),
        "str" or "e" => new TableCell(value ?? string.Empty),
        "b" => new TableCell(value switch { "1" => "TRUE", "0" => "FALSE", _ => value ?? string.Empty }),
        "d" => IsoDate(value),
        _ => Number(value, style),
    };

    private string Shared(int row, string? value)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count)
        {
            return sharedStrings[index];
        }

        throw new IncidentFileException(fileName, row, $"a cell refers to shared text #{value} that the workbook does not have");
    }

    private static TableCell IsoDate(string? value) =>
        DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? DateCell(DateOnly.FromDateTime(at))
            : new TableCell(value ?? string.Empty);

    private TableCell Number(string? value, uint style)
    {
        if (string.IsNullOrEmpty(value))
        {
            return TableCell.Empty;
        }

        // Parsed as decimal straight from the file's text: going through double would change amounts.
        if (!decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new TableCell(value);
        }

        var date = ExcelDates.FromSerial(number, date1904);
        if (style < dateStyles.Length && dateStyles[style] && date is { } shown)
        {
            return DateCell(shown);
        }

        // A plain number keeps its serial-date reading too, for a date column whose cells lost their date style.
        return new TableCell(IsShortPlainNumber(value) ? value : Format(RoundToSignificant(number)), date);
    }

    /// <summary>"12.5", "-3", "773012345678901": already as Excel shows it (the usual case, worth not reformatting).</summary>
    private static bool IsShortPlainNumber(string value)
    {
        var digits = 0;
        var significant = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is >= '0' and <= '9')
            {
                significant |= c != '0';
                digits += significant ? 1 : 0;
            }
            else if (!(c == '.' || (c == '-' && i == 0)))
            {
                return false;
            }
        }

        return digits <= SignificantDigits;
    }

    private static TableCell DateCell(DateOnly date) =>
        new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date);

    internal static decimal RoundToSignificant(decimal number)
    {
        var magnitude = decimal.Abs(number);
        if (magnitude == 0)
        {
            return 0;
        }

        var integerDigits = 0;
        for (var whole = decimal.Truncate(magnitude); whole >= 1; whole = decimal.Truncate(whole / 10))
        {
            integerDigits++;
        }

        var decimals = SignificantDigits - integerDigits;
        if (integerDigits == 0)
        {
            // 0.000123: the leading zeros after the point are not significant.
            for (var scaled = magnitude; scaled < 0.1m && decimals < 28; scaled *= 10)
            {
                decimals++;
            }
        }

        return decimals < 0 ? number : decimal.Round(number, Math.Min(decimals, 28), MidpointRounding.AwayFromZero);
    }

    private static string Format(decimal number) =>
        number.ToString("0.############################", CultureInfo.InvariantCulture);
}
