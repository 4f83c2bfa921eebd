using System.Globalization;
using Claims.Documents.Text;

namespace Claims.Documents.Excel.Internal;

/// <summary>
/// Column widths in Excel character units, from the header and a sample of rows. East Asian wide characters
/// take two units; the result is capped so one long note does not push every other column off screen.
/// </summary>
internal static class ColumnWidths
{
    public const double Min = 6;
    public const double Max = 60;
    private const double Padding = 2;
    private const int FormulaGuess = 14;

    public static double[] Measure(IReadOnlyList<ColumnSpec> specs, IReadOnlyList<CellValue[]> sample)
    {
        var widths = new double[specs.Count];
        for (var i = 0; i < specs.Count; i++)
        {
            if (specs[i].Width is { } fixedWidth)
            {
                widths[i] = fixedWidth;
                continue;
            }

            // The header is bold and carries the autofilter button, so it gets one unit more.
            var widest = DisplayWidth(specs[i].Header) + 1;
            if (specs[i].Kind == ColumnKind.Formula)
            {
                widest = Math.Max(widest, FormulaGuess);
            }

            foreach (var row in sample)
            {
                widest = Math.Max(widest, DisplayWidth(row[i]));
            }

            widths[i] = Math.Clamp(widest + Padding, Min, Max);
        }

        return widths;
    }

    public static int DisplayWidth(CellValue cell) => cell.Type switch
    {
        CellType.Text => DisplayWidth(cell.Text!),
        CellType.Date => 10,
        CellType.DateTime => 16,
        CellType.Number when cell.Format == NumberFormats.Percent => (cell.Number * 100).ToString("0.00", CultureInfo.InvariantCulture).Length + 1,
        // Grouped with two decimals plus room for a currency prefix such as "HK$".
        CellType.Number => cell.Number.ToString("#,##0.00", CultureInfo.InvariantCulture).Length + 3,
        _ => 0,
    };

    /// <summary>The widest line of the text, counting East Asian wide and fullwidth characters double.</summary>
    public static int DisplayWidth(string text)
    {
        int widest = 0, line = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\n')
            {
                widest = Math.Max(widest, line);
                line = 0;
                continue;
            }

            line += EastAsian.IsWide(rune.Value) ? 2 : 1;
        }

        return Math.Max(widest, line);
    }
}
