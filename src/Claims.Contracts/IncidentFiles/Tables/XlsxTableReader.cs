using System.Globalization;
using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Claims.Contracts.IncidentFiles.Tables;

/// <summary>
/// The first worksheet of an XLSX workbook, streamed node by node (a big sheet never becomes a document tree).
/// Row numbers are the sheet's own, so a user finds the row Excel shows.
/// </summary>
internal sealed class XlsxTableReader
{
    // Bounds the characters of any one part: a zip bomb or runaway entity expansion stops here instead of running
    // on. 1e9 characters is a sheet of over a million rows of 25 columns; the sheet streams, so only time is at stake.
    internal const long MaxCharactersInPart = 1_000_000_000;

    private readonly Stream stream;
    private readonly string fileName;
    private readonly long maxCharactersInPart;
    private int currentRow;

    private XlsxTableReader(Stream stream, string fileName, long maxCharactersInPart)
    {
        this.stream = stream;
        this.fileName = fileName;
        this.maxCharactersInPart = maxCharactersInPart;
    }

    public static IEnumerable<TableRow> Read(Stream stream, string fileName, long maxCharactersInPart = MaxCharactersInPart)
    {
        var reader = new XlsxTableReader(stream, fileName, maxCharactersInPart);
        return ExceptionTranslation.Translate(reader.Rows(), reader.Translate);
    }

    private IEnumerable<TableRow> Rows()
    {
        XlsxZipCheck.Check(stream, fileName, maxCharactersInPart);
        using var document = SpreadsheetDocument.Open(stream, false,
            new OpenSettings { AutoSave = false, MaxCharactersInPart = maxCharactersInPart });
        var workbook = document.WorkbookPart ?? throw Fail("it is a zip file but not an XLSX workbook");
        var sheet = FirstWorksheet(workbook) ?? throw Fail("the workbook has no worksheet");
        var cells = new XlsxCells(
            XlsxSharedStrings.Load(workbook.SharedStringTablePart, fileName, maxCharactersInPart),
            XlsxStyles.DateStyles(workbook.WorkbookStylesPart),
            workbook.Workbook.WorkbookProperties?.Date1904?.Value == true,
            fileName);

        using var reader = SheetXml.Open(sheet, maxCharactersInPart);
        var cell = new XlsxCellBuilder();
        List<TableCell>? row = null;
        var lastColumn = -1;
        while (reader.Read())
        {
            var element = SheetXml.Element(reader);
            var type = reader.NodeType;
            if (element == "row" && type == XmlNodeType.Element)
            {
                currentRow = Number(reader.GetAttribute("r")) ?? currentRow + 1;
                row = [];
                lastColumn = -1;
                if (!reader.IsEmptyElement)
                {
                    continue;
                }
            }
            else if (element == "c" && row is not null && (type == XmlNodeType.EndElement || type == XmlNodeType.Element))
            {
                if (type == XmlNodeType.Element)
                {
                    cell.Start(reader);
                    if (!reader.IsEmptyElement)
                    {
                        continue;
                    }
                }

                lastColumn = cell.Reference is { } reference ? ColumnIndex(reference) ?? lastColumn + 1 : lastColumn + 1;
                Place(row, lastColumn, cell.Build(cells, currentRow));
                continue;
            }
            else if (element != "row" || type != XmlNodeType.EndElement)
            {
                cell.Accept(reader);
                continue;
            }

            // The end of a row: its end element, or the row itself when written empty (<row r="7"/>).
            if (row is not null)
            {
                var result = new TableRow(currentRow, row);
                row = null;
                if (!result.IsBlank)
                {
                    yield return result;
                }
            }
        }
    }

    private static WorksheetPart? FirstWorksheet(WorkbookPart workbook) =>
        workbook.Workbook.Sheets?.Elements<Sheet>()
            .Select(s => s.Id?.Value is { } id && workbook.TryGetPartById(id, out var part) ? part as WorksheetPart : null)
            .FirstOrDefault(p => p is not null);

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>Zero-based column of a reference such as "AB12", or null when it has no column letters.</summary>
    internal static int? ColumnIndex(string reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (upper - 'A' + 1);
            if (++letters > 3)
            {
                return null;
            }
        }

        return letters == 0 ? null : column - 1;
    }

    private static void Place(List<TableCell> row, int column, TableCell cell)
    {
        if (column >= CsvTableReader.MaxColumns)
        {
            return;
        }

        while (row.Count <= column)
        {
            row.Add(TableCell.Empty);
        }

        row[column] = cell;
    }

    private IncidentFileException Fail(string reason) => new(fileName, null, reason);

    private Exception? Translate(Exception e) => e switch
    {
        IncidentFileException => null,
        OpenXmlPackageException or FileFormatException or InvalidDataException
            => new IncidentFileException(fileName, null, $"not a readable XLSX workbook ({e.Message})", e),
        XmlException when e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal)
            => new IncidentFileException(fileName, null,
                $"a part of the workbook unpacks to more than {maxCharactersInPart:N0} characters (a damaged file or a zip bomb)", e),
        XmlException when currentRow > 0
            => new IncidentFileException(fileName, currentRow, $"the sheet cannot be read after this row ({e.Message})", e),
        XmlException
            => new IncidentFileException(fileName, null, $"not a readable XLSX workbook ({e.Message})", e),
        _ => null,
    };
}
