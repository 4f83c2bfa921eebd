using Claims.Documents.Excel;
using Claims.Documents.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Claims.Documents.Tests.Excel;

public sealed class XlsxWriterTests
{
    [Fact]
    public async Task user_text_that_looks_like_a_formula_stays_text()
    {
        using var book = new WorkbookReader(await SampleRegister.WriteAsync(SampleRegister.Workbook()));

        foreach (var (reference, expected) in new[] { ("C2", "=1+2"), ("C3", "@SUM(A1)"), ("C5", "-5 refund?"), ("C6", "+86 138 0000 0000") })
        {
            var cell = book.Cell("Claims", reference);
            Assert.Equal(expected, book.Text(cell));
            Assert.Null(cell.CellFormula);
        }
    }

    [Fact]
    public async Task chinese_text_survives_the_round_trip()
    {
        using var book = new WorkbookReader(await SampleRegister.WriteAsync(SampleRegister.Workbook()));

        Assert.Equal("中通快递", book.Text(book.Cell("Claims", "B2")));
        Assert.Equal("外箱破损 box crushed", book.Text(book.Cell("Claims", "C4")));
        Assert.Equal("圆通速递", book.Text(book.Cell("By carrier", "A4")));
    }

    [Fact]
    public async Task money_is_a_number_shown_in_its_own_currency()
    {
        using var book = new WorkbookReader(await SampleRegister.WriteAsync(SampleRegister.Workbook()));

        var yuan = book.Cell("Claims", "E2");
        Assert.Null(yuan.DataType);
        Assert.Equal("1234.50", yuan.CellValue!.Text);
        Assert.Equal("\"¥\"#,##0.00", book.FormatCode(yuan));

        var dollars = book.Cell("Claims", "E4");
        Assert.Equal("80.00", dollars.CellValue!.Text);
        Assert.Equal("\"$\"#,##0.00", book.FormatCode(dollars));

        Assert.Equal("-5.00", book.Cell("Claims", "E6").CellValue!.Text);
    }

    [Fact]
    public async Task dates_are_excel_dates_not_text()
    {
        using var book = new WorkbookReader(await SampleRegister.WriteAsync(SampleRegister.Workbook()));

        var incident = book.Cell("Claims", "G2");
        Assert.Null(incident.DataType);
        Assert.Equal("46082", incident.CellValue!.Text); // 2026-03-01
        Assert.Equal("yyyy-mm-dd", book.FormatCode(incident));

        var filed = book.Cell("Claims", "H2");
        Assert.Equal(new DateTime(2026, 3, 2, 9, 30, 0), DateTime.FromOADate(double.Parse(filed.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("yyyy-mm-dd hh:mm", book.FormatCode(filed));
    }

    [Fact]
    public async Task counts_and_shares_are_numbers()
    {
        using var book = new WorkbookReader(await SampleRegister.WriteAsync(SampleRegister.Workbook()));

        var parcels = book.Cell("Claims", "D3");
        Assert.Null(parcels.DataType);
        Assert.Equal("2", parcels.CellValue!.Text);

        var share = book.Cell("Claims", "I2");
        Assert.Equal("0.125", share.CellValue!.Text);
        Assert.Equal("0.00%", book.FormatCode(share));
    }

    [Fact]
    public async Task totals_are_live_sumifs_formulas_over_the_claims_sheet()
    {
        using var book = new WorkbookReader(await SampleRegister.WriteAsync(SampleRegister.Workbook()));

        var total = book.Cell("By carrier", "C2");
        Assert.Equal("SUMIFS('Claims'!$E:$E,'Claims'!$B:$B,A2,'Claims'!$F:$F,B2)", total.CellFormula!.Text);
        Assert.Equal("\"¥\"#,##0.00", book.FormatCode(total));
        Assert.Equal("\"$\"#,##0.00", book.FormatCode(book.Cell("By carrier", "C3")));
    }

    [Fact]
    public async Task header_is_bold_frozen_and_filterable()
    {
        using var book = new WorkbookReader(await SampleRegister.WriteAsync(SampleRegister.Workbook()));

        Assert.True(book.IsBold(book.Cell("Claims", "A1")));
        Assert.Equal("Waybill", book.Text(book.Cell("Claims", "A1")));
        var sheet = book.Sheet("Claims");
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.Equal("A1:I6", sheet.Descendants<AutoFilter>().Single().Reference!.Value);
        Assert.NotNull(book.Workbook.Workbook.WorkbookProperties);
    }

    [Fact]
    public async Task column_widths_fit_chinese_text_and_long_notes_are_capped()
    {
        var rows = SampleRegister.Claims.Append(SampleRegister.Claims[0] with { Note = new string('x', 500) });
        using var book = new WorkbookReader(await SampleRegister.WriteAsync(SampleRegister.Workbook(rows)));

        var widths = book.Sheet("Claims").Descendants<Column>().Select(c => c.Width!.Value).ToList();
        Assert.True(widths[1] >= 10, $"中通快递 is 8 units wide, the column is {widths[1]}"); // four wide characters
        Assert.Equal(60, widths[2]);
    }

    [Fact]
    public async Task a_wide_register_prints_landscape_on_the_pages_width_with_its_header_on_every_page()
    {
        var rows = Enumerable.Range(0, 400).Select(i => Enumerable.Range(0, 30).Select(c => $"r{i}c{c}").ToArray()).ToList();
        var sheet = new SheetModel<string[]>("Wide", rows);
        for (var c = 0; c < 30; c++)
        {
            var column = c;
            sheet.Text($"列{column} Column {column}", r => r[column]);
        }
        var path = await SampleRegister.WriteAsync(new WorkbookModel([sheet]));

        var pdf = LibreOffice.PrintToPdf(path);

        var pages = Poppler.Text(pdf).Split('\f').Where(p => p.Trim().Length > 0).ToList();
        Assert.InRange(pages.Count, 2, 30); // portrait, three columns a page, it was hundreds
        Assert.All(pages, p => Assert.Contains("列0 Column 0", p, StringComparison.Ordinal));
        Assert.All(pages, p => Assert.Contains("列29 Column 29", p, StringComparison.Ordinal));
        using var document = SpreadsheetDocument.Open(path, false);
        var setup = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<PageSetup>().Single();
        Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
    }

    [Fact]
    public async Task the_workbook_passes_the_open_xml_validator()
    {
        using var document = SpreadsheetDocument.Open(await SampleRegister.WriteAsync(SampleRegister.Workbook()), false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath} {e.Description}").ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public async Task libreoffice_reads_the_values_and_computes_the_totals()
    {
        var sheets = LibreOffice.SheetsAsCsv(await SampleRegister.WriteAsync(SampleRegister.Workbook()));

        var claims = sheets["Claims"];
        Assert.Contains("ZT7501234567,中通快递,=1+2,1,1234.5,CNY,2026-03-01", claims);
        Assert.Contains("@SUM(A1)", claims);
        Assert.Contains("YT1234,圆通速递,+86 138 0000 0000,1,-5,CNY", claims);

        var totals = sheets["By carrier"].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["Carrier,Currency,Assessed,Parcels", "中通快递,CNY,1334.75,3", "UPS,USD,99.99,4", "圆通速递,CNY,-5,1"], totals);
    }

    [Fact]
    public async Task a_sheet_past_the_row_limit_continues_on_numbered_sheets_and_totals_cover_all_of_them()
    {
        var options = new XlsxWriterOptions { MaxRowsPerSheet = 4 }; // header + 3 rows
        var path = await SampleRegister.WriteAsync(SampleRegister.Workbook(), options);

        using (var book = new WorkbookReader(path))
        {
            Assert.Equal(["Claims", "Claims (2)", "By carrier"], book.SheetNames);
            Assert.Equal("Waybill", book.Text(book.Cell("Claims (2)", "A1")));
            Assert.Equal("YT1234", book.Text(book.Cell("Claims (2)", "A3")));
        }

        var totals = LibreOffice.SheetsAsCsv(path)["By carrier"];
        Assert.Contains("中通快递,CNY,1334.75,3", totals);
        Assert.Contains("UPS,USD,99.99,4", totals);
    }

    [Fact]
    public async Task markup_line_breaks_and_edge_spaces_in_user_text_survive()
    {
        const string note = "  <b>A&B</b> \"quoted\"\r\nsecond line\u0001 ";
        var rows = new[] { SampleRegister.Claims[0] with { Note = note } };
        using var book = new WorkbookReader(await SampleRegister.WriteAsync(SampleRegister.Workbook(rows)));

        // Everything but the control character, which XML cannot carry, comes back as written.
        Assert.Equal(note.Replace("\u0001", "", StringComparison.Ordinal), book.Text(book.Cell("Claims", "C2")));
    }

    [Fact]
    public async Task rows_are_read_once_as_the_file_is_written()
    {
        var reads = 0;
        async IAsyncEnumerable<SampleRegister.ClaimLine> Rows()
        {
            foreach (var claim in SampleRegister.Claims)
            {
                reads++;
                await Task.Yield();
                yield return claim;
            }
        }

        var path = await SampleRegister.WriteAsync(new WorkbookModel([
            new SheetModel<SampleRegister.ClaimLine>("Claims", Rows()).Text("Waybill", c => c.Waybill)]));

        Assert.Equal(SampleRegister.Claims.Length, reads);
        using var book = new WorkbookReader(path);
        Assert.Equal("YT1234", book.Text(book.Cell("Claims", "A6")));
    }
}
