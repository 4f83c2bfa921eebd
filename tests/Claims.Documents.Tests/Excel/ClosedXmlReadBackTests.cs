using ClosedXML.Excel;

namespace Claims.Documents.Tests.Excel;

/// <summary>
/// ClosedXML, a widely used reader written independently of our writer, opens the register and sees what a user of
/// Excel would: typed values, their number formats as displayed, live formulas, the frozen header and the filter.
/// </summary>
public sealed class ClosedXmlReadBackTests
{
    private static readonly Lazy<Task<string>> Register = new(() => SampleRegister.WriteAsync(SampleRegister.Workbook()));

    [Fact]
    public async Task sheet_names_and_the_documents_title_and_author_are_read()
    {
        using var book = new XLWorkbook(await Register.Value);

        Assert.Equal(["Claims", "By carrier"], book.Worksheets.Select(w => w.Name));
        Assert.Equal("理赔台账 Claims register", book.Properties.Title);
        Assert.Equal("Claims tests", book.Properties.Author);
    }

    [Fact]
    public async Task text_numbers_money_dates_and_shares_come_back_typed_and_displayed_as_formatted()
    {
        using var book = new XLWorkbook(await Register.Value);
        var claims = book.Worksheet("Claims");

        Assert.Equal("中通快递", claims.Cell("B2").GetString());
        Assert.Equal(XLDataType.Number, claims.Cell("D3").DataType);
        Assert.Equal(2, claims.Cell("D3").GetDouble());

        var yuan = claims.Cell("E2");
        Assert.Equal(XLDataType.Number, yuan.DataType);
        Assert.Equal(1234.50m, yuan.GetValue<decimal>());
        Assert.Equal("\"¥\"#,##0.00", yuan.Style.NumberFormat.Format);
        Assert.Equal("¥1,234.50", ExcelDisplay.Text(yuan));
        Assert.Equal("$80.00", ExcelDisplay.Text(claims.Cell("E4")));
        Assert.Equal(-5m, claims.Cell("E6").GetValue<decimal>());

        var incident = claims.Cell("G2");
        Assert.Equal(XLDataType.DateTime, incident.DataType);
        Assert.Equal(new DateTime(2026, 3, 1), incident.GetDateTime());
        Assert.Equal("yyyy-mm-dd", incident.Style.NumberFormat.Format);
        Assert.Equal("2026-03-01", ExcelDisplay.Text(incident));

        var filed = claims.Cell("H2");
        Assert.Equal(new DateTime(2026, 3, 2, 9, 30, 0), filed.GetDateTime());
        Assert.Equal("2026-03-02 09:30", ExcelDisplay.Text(filed));

        var share = claims.Cell("I2");
        Assert.Equal(0.125, share.GetDouble());
        Assert.Equal("12.50%", ExcelDisplay.Text(share));
    }

    [Fact]
    public async Task notes_that_look_like_formulas_are_plain_text_cells()
    {
        using var book = new XLWorkbook(await Register.Value);
        var claims = book.Worksheet("Claims");

        foreach (var (reference, note) in new[] { ("C2", "=1+2"), ("C3", "@SUM(A1)"), ("C5", "-5 refund?"), ("C6", "+86 138 0000 0000") })
        {
            var cell = claims.Cell(reference);
            Assert.False(cell.HasFormula, $"{reference} holds a formula");
            Assert.Equal(XLDataType.Text, cell.DataType);
            Assert.Equal(note, cell.GetString());
        }
    }

    [Fact]
    public async Task totals_are_sumifs_formulas_in_the_carriers_currency_format_that_closedxml_computes()
    {
        using var book = new XLWorkbook(await Register.Value);
        var totals = book.Worksheet("By carrier");

        var yuan = totals.Cell("C2");
        Assert.True(yuan.HasFormula);
        Assert.Equal("SUMIFS('Claims'!$E:$E,'Claims'!$B:$B,A2,'Claims'!$F:$F,B2)", yuan.FormulaA1);
        Assert.Equal("\"¥\"#,##0.00", yuan.Style.NumberFormat.Format);
        Assert.Equal("\"$\"#,##0.00", totals.Cell("C3").Style.NumberFormat.Format);
        Assert.Equal("SUMIFS('Claims'!$D:$D,'Claims'!$B:$B,A3)", totals.Cell("D3").FormulaA1);

        // ClosedXML's own calculation engine evaluates the formulas: yuan and dollars are never added together.
        Assert.Equal(["¥1,334.75", "$99.99", "-¥5.00"], totals.Range("C2:C4").Cells().Select(ExcelDisplay.Text));
        Assert.Equal([3.0, 4.0, 1.0], totals.Range("D2:D4").Cells().Select(c => c.GetDouble()));
    }

    [Fact]
    public async Task the_header_is_bold_frozen_above_the_rows_and_carries_the_filter()
    {
        using var book = new XLWorkbook(await Register.Value);
        var claims = book.Worksheet("Claims");

        Assert.Equal(["Waybill", "Carrier", "Note", "Parcels", "Assessed", "Currency", "Incident", "Filed", "Accepted share"],
            claims.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.True(claims.Cell("A1").Style.Font.Bold);
        Assert.Equal(1, claims.SheetView.SplitRow);
        Assert.Equal(0, claims.SheetView.SplitColumn);
        Assert.True(claims.AutoFilter.IsEnabled);
        Assert.Equal("A1:I6", claims.AutoFilter.Range.RangeAddress.ToString());
        // ClosedXML reports widths without Excel's cell padding: 中通快递 needs 8 character widths.
        Assert.InRange(claims.Column("B").Width, 8, 60);
    }
}
