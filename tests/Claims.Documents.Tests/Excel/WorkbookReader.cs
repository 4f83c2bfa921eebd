using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Claims.Documents.Tests.Excel;

/// <summary>Reads a written workbook back with the Open XML SDK, the way another program would.</summary>
internal sealed class WorkbookReader : IDisposable
{
    private readonly SpreadsheetDocument _document;

    public WorkbookReader(string path) => _document = SpreadsheetDocument.Open(path, isEditable: false);

    public WorkbookPart Workbook => _document.WorkbookPart!;

    public IReadOnlyList<string> SheetNames => Workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public Worksheet Sheet(string name)
    {
        var sheet = Workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)Workbook.GetPartById(sheet.Id!)).Worksheet;
    }

    public Cell Cell(string sheet, string reference) =>
        Sheet(sheet).Descendants<Cell>().SingleOrDefault(c => c.CellReference == reference)
        ?? throw new KeyNotFoundException($"{sheet}!{reference} was not written");

    public string? Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.Text!.Text : null;

    /// <summary>The number format code a cell is shown with ("General" when it has none).</summary>
    public string FormatCode(Cell cell)
    {
        var styles = Workbook.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var id = format.NumberFormatId?.Value ?? 0;
        return id == 0
            ? "General"
            : styles.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId! == id).FormatCode!.Value!;
    }

    public bool IsBold(Cell cell)
    {
        var styles = Workbook.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        return styles.Fonts!.Elements<Font>().ElementAt((int)(format.FontId?.Value ?? 0)).Bold is not null;
    }

    public void Dispose() => _document.Dispose();
}
