using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Claims.Contracts.IncidentFiles.Tables;

/// <summary>Which cell styles of a workbook show a number as a date.</summary>
internal static class XlsxStyles
{
    /// <summary>For each cell style index (a cell's <c>s</c>), whether its number format is a date format.</summary>
    public static bool[] DateStyles(WorkbookStylesPart? part)
    {
        var stylesheet = part?.Stylesheet;
        if (stylesheet?.CellFormats is null)
        {
            return [];
        }

        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? string.Empty)
            ?? [];
        return stylesheet.CellFormats.Elements<CellFormat>()
            .Select(xf => IsDateFormat(xf.NumberFormatId?.Value ?? 0, custom))
            .ToArray();
    }

    public static bool IsDateFormat(uint id, IReadOnlyDictionary<uint, string> custom) =>
        custom.TryGetValue(id, out var code)
            ? IsDateFormatCode(code)
            // 14-22: the built-in date and time formats. 27-36 and 50-58: the built-in formats of Chinese, Japanese
            // and Korean Excel (yyyy"年"m"月"d"日" and the like), which files saved there refer to by id only.
            : id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 50 and <= 58);

    /// <summary>
    /// A custom format is a date format when its first section uses y, m or d as codes, not inside quoted text,
    /// escapes, fill/padding characters or [brackets] such as colours and locale tags.
    /// </summary>
    public static bool IsDateFormatCode(string code)
    {
        var codes = new StringBuilder();
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            switch (c)
            {
                case ';':
                    i = code.Length;
                    break;
                case '"':
                    i = SkipTo(code, i + 1, '"');
                    break;
                case '[':
                    i = SkipTo(code, i + 1, ']');
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                default:
                    codes.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        var text = codes.ToString();
        return text.IndexOfAny(['y', 'm', 'd']) >= 0;
    }

    private static int SkipTo(string code, int from, char end)
    {
        var at = code.IndexOf(end, from);
        return at < 0 ? code.Length : at;
    }
}
