using ClosedXML.Excel;
using Claims.Documents.Excel;

namespace Claims.Benchmarks.Documents;

/// <summary>
/// The benchmark register written with ClosedXML the way its documentation shows (a workbook in memory, typed cells,
/// a number format per cell where it depends on the row's currency, bold frozen header, filter, fixed widths): the
/// well-known library our streaming writer is measured against. Column by column the same as <see cref="RegisterRows.Sheet"/>.
/// </summary>
internal static class ClosedXmlRegister
{
    private static readonly string[] Headers =
    [
        "Waybill", "Order", "Carrier", "Contract", "Clause", "Page", "Incident", "Incident date", "Filed", "Assessed", "Accepted",
        "Received", "Deducted", "Outstanding", "Currency", "Status", "Filed by", "Note",
    ];

    public static void Write(string path, IEnumerable<RegisterRows.Row> rows)
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("Claims");
        for (var c = 0; c < Headers.Length; c++)
            sheet.Cell(1, c + 1).Value = Headers[c];
        sheet.Row(1).Style.Font.Bold = true;

        var r = 1;
        foreach (var row in rows)
        {
            r++;
            var money = NumberFormats.Currency(row.Currency);
            Text(sheet.Cell(r, 1), row.Waybill);
            Text(sheet.Cell(r, 2), row.Order);
            Text(sheet.Cell(r, 3), row.Carrier);
            Text(sheet.Cell(r, 4), row.Contract);
            Text(sheet.Cell(r, 5), row.Clause);
            Number(sheet.Cell(r, 6), row.Page, NumberFormats.Integer);
            Text(sheet.Cell(r, 7), row.Incident);
            Date(sheet.Cell(r, 8), row.IncidentOn.ToDateTime(TimeOnly.MinValue), NumberFormats.Date);
            Date(sheet.Cell(r, 9), row.FiledAt, NumberFormats.DateTime);
            Number(sheet.Cell(r, 10), row.Assessed, money);
            Number(sheet.Cell(r, 11), row.Accepted, money);
            Number(sheet.Cell(r, 12), row.Received, money);
            Number(sheet.Cell(r, 13), row.Deducted, money);
            Number(sheet.Cell(r, 14), row.Accepted - row.Received - row.Deducted, money);
            Text(sheet.Cell(r, 15), row.Currency);
            Text(sheet.Cell(r, 16), row.Status);
            Text(sheet.Cell(r, 17), row.FiledBy);
            Text(sheet.Cell(r, 18), row.Note);
        }

        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, r, Headers.Length).SetAutoFilter();
        sheet.Columns(1, Headers.Length).Width = 16; // AdjustToContents would measure every cell with System.Drawing
        book.SaveAs(path);
    }

    // Text is set as a string value explicitly: notes such as "=客户投诉" must stay text, never become formulas.
    private static void Text(IXLCell cell, string value) => cell.SetValue(value).SetDataType(XLDataType.Text);

    private static void Number(IXLCell cell, decimal value, string format)
    {
        cell.SetValue(value);
        cell.Style.NumberFormat.Format = format;
    }

    private static void Date(IXLCell cell, DateTime value, string format)
    {
        cell.SetValue(value);
        cell.Style.NumberFormat.Format = format;
    }
}
