using System.Globalization;
using ClosedXML.Excel;
using ExcelNumberFormat;

namespace Claims.Documents.Tests.Excel;

/// <summary>
/// The text Excel shows for a cell read by ClosedXML: its value through its number format. ClosedXML 0.95.4's own
/// GetFormattedString returns the bare value for custom formats such as <c>"¥"#,##0.00</c>, so the format is applied
/// with ExcelNumberFormat, the formatter ClosedXML itself ships with.
/// </summary>
internal static class ExcelDisplay
{
    public static string Text(IXLCell cell) =>
        new NumberFormat(cell.Style.NumberFormat.Format).Format(cell.Value, CultureInfo.InvariantCulture);
}
