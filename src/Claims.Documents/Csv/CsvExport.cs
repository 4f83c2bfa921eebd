using System.Globalization;
using System.Text;
using Claims.Documents.Excel;
using Claims.Documents.Excel.Internal;

namespace Claims.Documents.Csv;

/// <summary>
/// Writes one sheet model as CSV: UTF-8 with a byte order mark (so Excel reads Chinese correctly), CRLF line ends,
/// numbers as invariant numbers (a negative amount stays -5.00), dates as yyyy-mm-dd, text defused by
/// <see cref="CsvField.Text"/>. Formula columns are left out: CSV has no formulas and their values live elsewhere.
/// </summary>
public static class CsvExport
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static async Task WriteAsync(SheetModel sheet, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var specs = sheet.Specs;
        var kept = Enumerable.Range(0, specs.Count).Where(i => specs[i].Kind != ColumnKind.Formula).ToArray();
        var cells = new CellValue[specs.Count];

        await using var writer = new StreamWriter(output, Utf8WithBom, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(",", kept.Select(i => CsvField.Text(specs[i].Header))));

        await using var rows = sheet.OpenRows(cancellationToken);
        while (await rows.MoveNextAsync())
        {
            rows.Evaluate(cells, formulaRow: null); // formula columns are not written, so none is evaluated
            for (var k = 0; k < kept.Length; k++)
            {
                if (k > 0)
                {
                    writer.Write(',');
                }

                writer.Write(Field(cells[kept[k]]));
            }

            writer.WriteLine();
        }

        await writer.FlushAsync(cancellationToken);
    }

    internal static string Field(in CellValue cell) => cell.Type switch
    {
        CellType.Text => CsvField.Text(cell.Text),
        CellType.Number => cell.Number.ToString(CultureInfo.InvariantCulture),
        CellType.Date => cell.When.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        CellType.DateTime => cell.When.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        _ => "",
    };
}
