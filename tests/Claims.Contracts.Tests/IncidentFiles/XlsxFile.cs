using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Claims.Contracts.Tests.IncidentFiles;

/// <summary>A cell stored as an inline string rather than in the shared string table.</summary>
internal sealed record Inline(string Text);

/// <summary>A number stored as the exact text given (e.g. "0.30000000000000004" as Excel writes 0.1+0.2).</summary>
internal sealed record RawNumber(string Text);

/// <summary>Shared text in rich-text runs, followed by a phonetic guide (rPh) that Excel does not show in the cell.</summary>
internal sealed record Rich(string Phonetic, params string[] Runs);

/// <summary>A date stored the way Excel stores it: a serial number with a custom date format ("yyyy/m/d").</summary>
internal sealed record CustomDate(DateOnly Date);

/// <summary>
/// Builds small workbooks the way Excel writes them: text in the shared string table, numbers as numbers, dates as
/// serial numbers whose cell style has a date format (built-in id 14, or a custom format).
/// </summary>
internal static class XlsxFile
{
    private const uint BuiltInDateStyle = 1;
    private const uint CustomDateStyle = 2;

    /// <param name="rows">Sheet row number and cell values: string (shared), Inline, decimal/int (number),
    /// RawNumber, DateOnly (date style 14), CustomDate, bool, or null (no cell).</param>
    /// <param name="date1904">Serial numbers count from 1904-01-01 (old Mac Excel workbooks).</param>
    /// <param name="notesSheetFirstInPackage">Adds a second sheet whose part is created first, so reading
    /// "the first sheet" by part order instead of workbook order would pick the wrong one.</param>
    public static void Write(string path, IEnumerable<(uint Row, object?[] Cells)> rows, bool notesSheetFirstInPackage = false, bool date1904 = false)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var strings = new List<object>();

        WorksheetPart? notes = null;
        if (notesSheetFirstInPackage)
        {
            notes = workbook.AddNewPart<WorksheetPart>();
            notes.Worksheet = new Worksheet(new SheetData(new Row(TextCell("A1", "说明", strings)) { RowIndex = 1 }));
        }

        var data = new SheetData();
        foreach (var (number, values) in rows)
        {
            var row = new Row { RowIndex = number };
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is { } value)
                {
                    row.Append(ToCell($"{(char)('A' + i)}{number}", value, strings));
                }
            }

            data.Append(row);
        }

        var sheet = workbook.AddNewPart<WorksheetPart>();
        sheet.Worksheet = new Worksheet(data);
        workbook.AddNewPart<SharedStringTablePart>().SharedStringTable =
            new SharedStringTable(strings.Select(s => s is Rich rich
                ? RichItem(rich)
                : new SharedStringItem(new Text((string)s) { Space = SpaceProcessingModeValues.Preserve })));

        var sheets = new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "异常件" });
        if (notes is not null)
        {
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(notes), SheetId = 2, Name = "说明" });
        }

        workbook.Workbook.Append(new WorkbookProperties { Date1904 = date1904 }, sheets);
    }

    private static Cell ToCell(string reference, object value, List<object> strings) => value switch
    {
        string text => TextCell(reference, text, strings),
        Rich rich => TextCell(reference, rich, strings),
        Inline inline => new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(inline.Text)),
        },
        DateOnly date => Number(reference, Serial(date), BuiltInDateStyle),
        CustomDate date => Number(reference, Serial(date.Date), CustomDateStyle),
        RawNumber raw => Number(reference, raw.Text, null),
        bool flag => new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(flag ? "1" : "0") },
        IFormattable number => Number(reference, number.ToString(null, CultureInfo.InvariantCulture), null),
        _ => throw new ArgumentException($"no cell for {value.GetType()}"),
    };

    private static Cell TextCell(string reference, object text, List<object> strings)
    {
        strings.Add(text);
        return new Cell
        {
            CellReference = reference,
            DataType = CellValues.SharedString,
            CellValue = new CellValue((strings.Count - 1).ToString(CultureInfo.InvariantCulture)),
        };
    }

    private static Cell Number(string reference, string text, uint? style)
    {
        var cell = new Cell { CellReference = reference, CellValue = new CellValue(text) };
        if (style is { } s)
        {
            cell.StyleIndex = s;
        }

        return cell;
    }

    private static SharedStringItem RichItem(Rich rich)
    {
        var item = new SharedStringItem(rich.Runs.Select(r => new Run(new RunProperties(new Bold()), new Text(r))));
        item.Append(new PhoneticRun(new Text(rich.Phonetic)) { BaseTextStartIndex = 0, EndingBaseIndex = 1 });
        item.Append(new PhoneticProperties { FontId = 0 });
        return item;
    }

    public static string Serial(DateOnly date) =>
        (date.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture);

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy/m/d;@" }) { Count = 1 },
        new Fonts(new Font()) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0 },
            new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 3 });
}
