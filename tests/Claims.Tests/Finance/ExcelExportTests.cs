using System.Globalization;
using Claims.Documents.Tests.Excel;
using Claims.Documents.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Npgsql;

namespace Claims.Tests.Finance;

public sealed class ExcelExportTests
{
    private const string ClaimsSheet = "Claims 索赔";
    private const string ByCarrier = "By carrier 按承运商";

    /// <summary>The workbook `claims export excel` writes from the finance store, written once for every finance reader test.</summary>
    internal static readonly Lazy<Task<string>> Workbook = new(async () =>
    {
        var store = await FinanceStore.GetAsync();
        var path = FinanceStore.TempFile(".xlsx");
        var run = await store.ClaimsAsync("export", "excel", "-o", path);
        Assert.True(run.Exit == 0, run.Err);
        File.Copy(path, Paths.Artifacts("finance-register.xlsx"), overwrite: true);
        return path;
    });

    [Fact]
    public async Task the_workbook_has_the_six_finance_sheets_and_is_valid_open_xml()
    {
        using var document = SpreadsheetDocument.Open(await Workbook.Value, isEditable: false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
        using var book = new WorkbookReader(await Workbook.Value);
        Assert.Equal([ClaimsSheet, ByCarrier, "Deposits 保证金", "Reconciliation 对账", "Penalties 罚款", "Team 团队指标"], book.SheetNames);
    }

    [Fact]
    public async Task claim_cells_are_typed_dates_numbers_and_money_in_their_own_currency()
    {
        using var book = new WorkbookReader(await Workbook.Value);
        var header = Row(book, ClaimsSheet, 1);
        var (zto, fdx) = (RowOf(book, "ZT910001"), RowOf(book, "FX910001"));
        Cell Col(int row, string name)
        {
            var letters = new string(header.Single(h => book.Text(h) == name).CellReference!.Value!.TakeWhile(char.IsAsciiLetter).ToArray());
            return book.Cell(ClaimsSheet, letters + row.ToString(CultureInfo.InvariantCulture));
        }

        Assert.Equal("中通快递", book.Text(Col(zto, "承运商名称 Carrier name")));
        Assert.Equal("外箱破损 丢件", book.Text(Col(zto, "备注 Note")));
        var incidentDate = Col(zto, "事故日期 Incident date");
        Assert.Null(incidentDate.DataType);
        Assert.Equal("yyyy-mm-dd", book.FormatCode(incidentDate));
        Assert.Equal(FinanceStore.Today.AddDays(-20).ToDateTime(TimeOnly.MinValue).ToOADate(), double.Parse(incidentDate.CellValue!.Text, CultureInfo.InvariantCulture));
        var page = Col(zto, "页码 Page");
        Assert.Null(page.DataType);
        Assert.Equal("4", page.CellValue!.Text);

        var deducted = Col(zto, "保证金扣款 Deducted");
        Assert.Null(deducted.DataType);
        Assert.Equal("\"¥\"#,##0.00", book.FormatCode(deducted));
        Assert.Equal(await FinanceStore.ScalarAsync("select deducted from claims where waybill = 'ZT910001'"), decimal.Parse(deducted.CellValue!.Text, CultureInfo.InvariantCulture));
        Assert.True(decimal.Parse(deducted.CellValue.Text, CultureInfo.InvariantCulture) > 0, "the overdue claim was deducted from the deposit");
        Assert.Equal("\"$\"#,##0.00", book.FormatCode(Col(fdx, "索赔金额 Claimed")));
        Assert.Equal("USD", book.Text(Col(fdx, "币种 Currency")));
        Assert.Equal("已索赔 filed", book.Text(Col(fdx, "状态 Status")));
        Assert.Equal("正向 forward", book.Text(Col(fdx, "方向 Direction")));
        // Finance reads people by the names they know them by, not the sign-in names the events record.
        Assert.Equal(FinanceStore.DisplayName, book.Text(Col(fdx, "索赔人 Filed by")));
        Assert.Equal(FinanceStore.DisplayName, book.Text(Col(zto, "登记人 Reported by")));
    }

    [Fact]
    public async Task the_claims_sheet_has_a_frozen_header_an_autofilter_and_widths()
    {
        using var book = new WorkbookReader(await Workbook.Value);
        var sheet = book.Sheet(ClaimsSheet);
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.StartsWith("A1:", sheet.Descendants<AutoFilter>().Single().Reference!.Value, StringComparison.Ordinal);
        Assert.All(sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Column>(), c => Assert.InRange(c.Width!.Value, 6, 60));
    }

    [Fact]
    public async Task user_text_that_looks_like_a_formula_stays_text_in_the_workbook()
    {
        using var book = new WorkbookReader(await Workbook.Value);
        var notes = book.Sheet(ClaimsSheet).Descendants<Cell>().Where(c => c.DataType?.Value == CellValues.InlineString).Select(book.Text).ToHashSet();
        var stored = (await FinanceStore.RowsAsync("select facts->>'note' from claims where waybill like 'ZT92%'")).Select(r => r[0]).ToList();
        Assert.Equal(FinanceStore.InjectionCorpus.Length, stored.Count);
        Assert.All(stored, note => Assert.Matches("^[=+\\-@]", note));
        foreach (var note in stored)
            Assert.Contains(note, notes);
        Assert.Empty(book.Sheet(ClaimsSheet).Descendants<CellFormula>());
    }

    [Fact]
    public async Task carrier_totals_are_live_sumifs_per_carrier_and_currency()
    {
        using var book = new WorkbookReader(await Workbook.Value);
        var formulas = book.Sheet(ByCarrier).Descendants<CellFormula>().Select(f => f.Text).ToList();
        Assert.NotEmpty(formulas);
        Assert.All(formulas, f => Assert.Matches(@"^(SUMIFS|COUNTIFS)\('Claims 索赔'!\$[A-Z]+:\$[A-Z]+,", f));
        Assert.All(formulas.Where(f => f.StartsWith("SUMIFS", StringComparison.Ordinal)), f => Assert.Contains("$Q:$Q,C", f, StringComparison.Ordinal));
    }

    [Fact]
    public async Task libreoffice_reads_the_values_and_computes_the_totals_without_adding_currencies()
    {
        var sheets = LibreOffice.SheetsAsCsv(await Workbook.Value);
        var claims = Csv(sheets[ClaimsSheet]);
        var zto = claims.Single(r => r[0] == "ZT910001");
        Assert.Equal("中通快递", zto[4]);
        Assert.Equal(FinanceStore.D(20), zto[8]);

        var totals = Csv(sheets[ByCarrier]);
        Assert.Equal(["承运商 Carrier", "承运商名称 Carrier name", "币种 Currency", "索赔件数 Claims", "索赔金额 Claimed", "承运商同意 Accepted",
            "已收款 Received", "保证金扣款 Deducted", "未结金额 Outstanding"], totals[0]);
        var expected = await FinanceStore.RowsAsync("""
            select carrier, currency, count(*), sum(amount), coalesce(sum(accepted_amount), 0), sum(received), sum(deducted), sum(outstanding)
            from claims group by carrier, currency order by carrier, currency
            """);
        var carriers = totals.Skip(1).Where(r => r[0] != "合计 Total").ToList();
        Assert.Equal(expected.Count, carriers.Count);
        foreach (var (row, want) in carriers.Zip(expected))
        {
            Assert.Equal(want[0], row[0]);
            Assert.Equal(want[1], row[2]);
            Assert.Equal(want[2], row[3]);
            for (var i = 3; i < want.Length; i++)
                Assert.Equal(decimal.Parse(want[i], CultureInfo.InvariantCulture), decimal.Parse(row[i + 1], CultureInfo.InvariantCulture));
        }
        Assert.Equal(["FDX", "ZTO"], carriers.Select(r => r[0]).ToArray());
        Assert.Equal(["USD", "CNY"], carriers.Select(r => r[2]).ToArray());
        // Below the carriers, one total per currency, never one across currencies.
        var sums = await FinanceStore.RowsAsync("select currency, count(*), sum(amount), sum(outstanding) from claims where currency is not null group by currency order by currency");
        var totalRows = totals.Skip(1).Where(r => r[0] == "合计 Total").ToList();
        Assert.Equal(sums.Select(s => s[0]), totalRows.Select(r => r[2]));
        foreach (var (row, want) in totalRows.Zip(sums))
        {
            Assert.Equal(want[1], row[3]);
            Assert.Equal(decimal.Parse(want[2], CultureInfo.InvariantCulture), decimal.Parse(row[4], CultureInfo.InvariantCulture));
            Assert.Equal(decimal.Parse(want[3], CultureInfo.InvariantCulture), decimal.Parse(row[8], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task the_deposit_ledger_shows_lodged_deducted_the_running_balance_and_the_top_up_request()
    {
        var deposits = Csv(LibreOffice.SheetsAsCsv(await Workbook.Value)["Deposits 保证金"]).Skip(1).ToList();
        var kinds = deposits.Select(r => r[3]).ToList();
        Assert.Equal(["缴纳 lodged", "扣除 deducted", "要求补足 top-up requested"], kinds);
        var deducted = decimal.Parse(deposits[1][5], CultureInfo.InvariantCulture);
        Assert.Equal(20010m, decimal.Parse(deposits[0][6], CultureInfo.InvariantCulture));
        Assert.Equal(20010m - deducted, decimal.Parse(deposits[1][6], CultureInfo.InvariantCulture));
        Assert.Equal("ZT910001", deposits[1][10]);
        Assert.Equal("系统 system", deposits[1][12]); // the scheduled deduction, said in Chinese too (issue 11)
        Assert.True(decimal.Parse(deposits[2][7], CultureInfo.InvariantCulture) > 0, "the top-up request says how much to pay in");
    }

    [Fact]
    public async Task reconciliation_shows_each_carrier_month_and_the_claims_still_inside_a_window()
    {
        var lines = Csv(LibreOffice.SheetsAsCsv(await Workbook.Value)["Reconciliation 对账"]).Skip(1).ToList();
        var fdx = Assert.Single(lines, l => l[0] == "FDX");
        Assert.Equal("USD", fdx[3]);
        Assert.Equal("1", fdx[10]); // FX910001 is waiting for FedEx's answer
        var ztoPayments = lines.Where(l => l[0] == "ZTO").Sum(l => int.Parse(l[12], CultureInfo.InvariantCulture));
        Assert.Equal(1, ztoPayments); // ZT910002 is accepted, part paid, still inside its payment window
        var ztoClaims = lines.Where(l => l[0] == "ZTO").Sum(l => int.Parse(l[4], CultureInfo.InvariantCulture));
        Assert.Equal(2 + FinanceStore.InjectionCorpus.Length, ztoClaims);
        Assert.All(lines, l => Assert.Matches(@"^\d{4}-\d{2}$", l[2]));
    }

    [Fact]
    public async Task the_penalties_sheet_shows_the_clause_the_amount_owed_what_was_received_and_what_is_outstanding()
    {
        var lines = Csv(LibreOffice.SheetsAsCsv(await Workbook.Value)["Penalties 罚款"]).ToList();
        var header = lines[0];
        var zto = Assert.Single(lines.Skip(1));
        string Col(string name) => zto[Array.IndexOf(header, name)];

        Assert.Equal(("ZTO", "10.1", "10", FinanceStore.Today.AddDays(-10).ToString("yyyy-MM", CultureInfo.InvariantCulture)),
            (Col("承运商 Carrier"), Col("条款 Clause"), Col("页码 Page"), Col("月份 Month")));
        Assert.Equal((300m, 100m, 0m, 200m), (Money(Col("罚款金额 Penalty")), Money(Col("已收款 Received")), Money(Col("保证金扣款 Deducted")),
            Money(Col("未结金额 Outstanding"))));
        Assert.Equal(("CNY", "待付款 owed"), (Col("币种 Currency"), Col("状态 Status")));
        Assert.StartsWith("每万件", Col("指标 Metric"), StringComparison.Ordinal);
        Assert.Matches(@"^\d+(\.\d{1,2})?$", Col("实际 Measured"));
    }

    private static decimal Money(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    [Fact]
    public async Task a_carrier_filter_exports_only_that_carriers_claims()
    {
        var store = await FinanceStore.GetAsync();
        var path = FinanceStore.TempFile(".xlsx");
        var run = await store.ClaimsAsync("export", "excel", "-o", path, "--carrier", "FedEx International", "--status", "filed");
        Assert.True(run.Exit == 0, run.Err);
        var claims = Csv(LibreOffice.SheetsAsCsv(path)[ClaimsSheet]).Skip(1).ToList();
        Assert.Equal(["FX910001"], claims.Select(r => r[0]).ToArray());
        var bad = await store.ClaimsAsync("export", "excel", "-o", path, "--from", "2026-13-01");
        Assert.Equal(2, bad.Exit);
        Assert.Contains("yyyy-MM-dd", bad.Err, StringComparison.Ordinal);
    }

    private static Cell[] Row(WorkbookReader book, string sheet, int number) =>
        book.Sheet(sheet).Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Single(r => r.RowIndex!.Value == (uint)number).Elements<Cell>().ToArray();

    private static int RowOf(WorkbookReader book, string waybill) =>
        (int)book.Sheet(ClaimsSheet).Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Single(r => r.Elements<Cell>().First().InlineString?.Text?.Text == waybill).RowIndex!.Value;

    internal static List<string[]> Csv(string text)
    {
        // RFC 4180 with quoted fields that may hold commas, quotes and line breaks.
        var rows = new List<string[]>();
        var (row, field, quoted) = (new List<string>(), new System.Text.StringBuilder(), false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add([.. row]);
        }
        return rows;
    }

}
