using System.Globalization;
using ClosedXML.Excel;
using Claims.Documents.Tests.Excel;
using Npgsql;

namespace Claims.Tests.Finance;

/// <summary>
/// The finance workbook read back by ClosedXML, an Excel library written independently of our streaming writer, beside
/// the LibreOffice checks in <see cref="ExcelExportTests"/>: every sheet, its typed values as Excel displays them, the
/// carrier totals' formulas computed by ClosedXML's own engine, and each sheet's frozen, filterable header.
/// </summary>
public sealed class ClosedXmlExportTests
{
    private const string ClaimsSheet = "Claims 索赔";
    private const string ByCarrier = "By carrier 按承运商";

    private static readonly string[] SheetNames = [ClaimsSheet, ByCarrier, "Deposits 保证金", "Reconciliation 对账", "Penalties 罚款", "Team 团队指标"];

    [Fact]
    public async Task every_sheet_has_a_bold_header_frozen_above_its_rows_and_a_filter_over_all_of_them()
    {
        using var book = new XLWorkbook(await ExcelExportTests.Workbook.Value);

        Assert.Equal(SheetNames, book.Worksheets.Select(w => w.Name));
        Assert.Equal("Claims register 索赔台账", book.Properties.Title);
        foreach (var sheet in book.Worksheets)
        {
            var used = sheet.RangeUsed()!.RangeAddress;
            Assert.True(sheet.SheetView.SplitRow == 1, $"{sheet.Name}: the header row is not frozen");
            Assert.True(sheet.AutoFilter.IsEnabled, $"{sheet.Name}: no filter");
            Assert.Equal($"A1:{used.LastAddress}", sheet.AutoFilter.Range.RangeAddress.ToString());
            Assert.All(sheet.Row(1).CellsUsed(), header => Assert.True(header.Style.Font.Bold, $"{sheet.Name}!{header.Address} is not bold"));
            Assert.True(used.LastAddress.RowNumber > 1, $"{sheet.Name} has no rows");
        }
    }

    [Fact]
    public async Task claim_rows_hold_dates_counts_and_money_in_each_claims_own_currency()
    {
        using var book = new XLWorkbook(await ExcelExportTests.Workbook.Value);
        var claims = new Sheet(book.Worksheet(ClaimsSheet));
        var zto = claims.RowWhere("运单号 Waybill", "ZT910001");
        var fdx = claims.RowWhere("运单号 Waybill", "FX910001");

        Assert.Equal("中通快递", claims.Cell(zto, "承运商名称 Carrier name").GetString());
        var incident = claims.Cell(zto, "事故日期 Incident date");
        Assert.Equal(XLDataType.DateTime, incident.DataType);
        Assert.Equal(FinanceStore.Today.AddDays(-20).ToDateTime(TimeOnly.MinValue), incident.GetDateTime());
        Assert.Equal(FinanceStore.D(20), ExcelDisplay.Text(incident));
        var page = claims.Cell(zto, "页码 Page");
        Assert.Equal(XLDataType.Number, page.DataType);
        Assert.Equal(4, page.GetDouble());

        var deducted = claims.Cell(zto, "保证金扣款 Deducted");
        Assert.Equal(XLDataType.Number, deducted.DataType);
        var inDatabase = await FinanceStore.ScalarAsync("select deducted from claims where waybill = 'ZT910001'");
        Assert.True(inDatabase > 0, "the overdue claim was deducted from the deposit");
        Assert.Equal(inDatabase, deducted.GetValue<decimal>());
        Assert.Equal("\"¥\"#,##0.00", deducted.Style.NumberFormat.Format);
        Assert.Equal(inDatabase.ToString("¥#,##0.00", CultureInfo.InvariantCulture), ExcelDisplay.Text(deducted));

        var claimed = claims.Cell(fdx, "索赔金额 Claimed");
        Assert.Equal("\"$\"#,##0.00", claimed.Style.NumberFormat.Format);
        Assert.StartsWith("$", ExcelDisplay.Text(claimed), StringComparison.Ordinal);
        Assert.Equal("USD", claims.Cell(fdx, "币种 Currency").GetString());
    }

    [Fact]
    public async Task notes_that_look_like_formulas_are_text_and_the_claims_sheet_holds_no_formula()
    {
        using var book = new XLWorkbook(await ExcelExportTests.Workbook.Value);
        var claims = new Sheet(book.Worksheet(ClaimsSheet));

        var notes = claims.Rows().Where(r => claims.Cell(r, "运单号 Waybill").GetString().StartsWith("ZT92", StringComparison.Ordinal))
            .Select(r => claims.Cell(r, "备注 Note")).ToList();
        Assert.All(notes, note => Assert.Equal(XLDataType.Text, note.DataType));
        var stored = (await FinanceStore.RowsAsync("select facts->>'note' from claims where waybill like 'ZT92%'")).Select(r => r[0]);
        Assert.Equal(stored.Order(StringComparer.Ordinal), notes.Select(n => n.GetString()).Order(StringComparer.Ordinal));
        Assert.All(notes, note => Assert.Matches("^[=+\\-@]", note.GetString()));
        Assert.DoesNotContain(book.Worksheet(ClaimsSheet).CellsUsed(), c => c.HasFormula);
    }

    [Fact]
    public async Task carrier_totals_are_live_formulas_that_closedxml_computes_to_the_databases_sums_per_currency()
    {
        using var book = new XLWorkbook(await ExcelExportTests.Workbook.Value);
        var totals = new Sheet(book.Worksheet(ByCarrier));
        var expected = await FinanceStore.RowsAsync("""
            select carrier, currency, count(*), sum(amount), sum(received), sum(deducted), sum(outstanding)
            from claims group by carrier, currency order by carrier, currency
            """);

        var carrierRows = totals.Rows().Where(r => !totals.Cell(r, "承运商 Carrier").GetString().StartsWith("合计", StringComparison.Ordinal)).ToList();
        var totalRows = totals.Rows().Except(carrierRows).ToList();

        Assert.Equal(expected.Select(e => (e[0], e[1])), carrierRows.Select(r => (totals.Cell(r, "承运商 Carrier").GetString(), totals.Cell(r, "币种 Currency").GetString())));
        // One totals row per currency, computed by ClosedXML to the database's sums (amounts in two currencies never added).
        var perCurrency = await FinanceStore.RowsAsync("select currency, count(*), sum(amount), sum(outstanding) from claims group by currency order by currency");
        Assert.Equal(perCurrency.Select(c => c[0]), totalRows.Select(r => totals.Cell(r, "币种 Currency").GetString()));
        foreach (var (row, want) in totalRows.Zip(perCurrency))
        {
            Assert.Equal(int.Parse(want[1], CultureInfo.InvariantCulture), totals.Cell(row, "索赔件数 Claims").GetValue<int>());
            Assert.Equal(decimal.Parse(want[2], CultureInfo.InvariantCulture), Math.Round(totals.Cell(row, "索赔金额 Claimed").GetValue<decimal>(), 2));
            Assert.Equal(decimal.Parse(want[3], CultureInfo.InvariantCulture), Math.Round(totals.Cell(row, "未结金额 Outstanding").GetValue<decimal>(), 2));
        }
        foreach (var (row, want) in carrierRows.Zip(expected))
        {
            var count = totals.Cell(row, "索赔件数 Claims");
            Assert.StartsWith("COUNTIFS('Claims 索赔'!$D:$D,A", count.FormulaA1, StringComparison.Ordinal);
            Assert.Equal(int.Parse(want[2], CultureInfo.InvariantCulture), count.GetValue<int>());
            var money = want[1] == "USD" ? "\"$\"#,##0.00" : "\"¥\"#,##0.00";
            foreach (var (header, i) in new[] { ("索赔金额 Claimed", 3), ("已收款 Received", 4), ("保证金扣款 Deducted", 5), ("未结金额 Outstanding", 6) })
            {
                var cell = totals.Cell(row, header);
                Assert.StartsWith("SUMIFS('Claims 索赔'!$", cell.FormulaA1, StringComparison.Ordinal);
                Assert.Equal(money, cell.Style.NumberFormat.Format);
                Assert.Equal(decimal.Parse(want[i], CultureInfo.InvariantCulture), Math.Round(cell.GetValue<decimal>(), 2));
            }
        }
    }

    [Fact]
    public async Task the_deposit_ledger_has_dated_entries_a_running_balance_and_the_top_up_request()
    {
        using var book = new XLWorkbook(await ExcelExportTests.Workbook.Value);
        var deposits = new Sheet(book.Worksheet("Deposits 保证金"));
        var rows = deposits.Rows().ToList();

        Assert.Equal(["缴纳 lodged", "扣除 deducted", "要求补足 top-up requested"], rows.Select(r => deposits.Cell(r, "类型 Entry").GetString()));
        Assert.Equal(FinanceStore.Today.AddDays(-60).ToDateTime(TimeOnly.MinValue), deposits.Cell(rows[0], "日期 Date").GetDateTime());
        Assert.Equal("¥20,010.00", ExcelDisplay.Text(deposits.Cell(rows[0], "余额 Balance")));
        var deducted = deposits.Cell(rows[1], "扣除 Deducted").GetValue<decimal>();
        Assert.Equal(await FinanceStore.ScalarAsync("select deducted from claims where waybill = 'ZT910001'"), deducted);
        Assert.Equal(20010m - deducted, deposits.Cell(rows[1], "余额 Balance").GetValue<decimal>());
        Assert.Equal("ZT910001", deposits.Cell(rows[1], "运单号 Waybill").GetString());
        Assert.True(deposits.Cell(rows[2], "要求补足 Top-up requested").GetValue<decimal>() > 0, "the top-up request says how much to pay in");
        var due = deposits.Cell(rows[2], "补足截止 Top-up due");
        Assert.Equal(XLDataType.DateTime, due.DataType);
        Assert.Equal("yyyy-mm-dd", due.Style.NumberFormat.Format);
    }

    [Fact]
    public async Task reconciliation_counts_claims_per_carrier_month_with_amounts_in_the_carriers_currency()
    {
        using var book = new XLWorkbook(await ExcelExportTests.Workbook.Value);
        var lines = new Sheet(book.Worksheet("Reconciliation 对账"));
        var fdx = lines.RowWhere("承运商 Carrier", "FDX");

        Assert.Equal(XLDataType.Text, lines.Cell(fdx, "月份 Month").DataType);
        Assert.Matches(@"^\d{4}-\d{2}$", lines.Cell(fdx, "月份 Month").GetString());
        Assert.Equal(1, lines.Cell(fdx, "待答复 Awaiting answer").GetValue<int>()); // FX910001 waits for FedEx's answer
        Assert.Equal("\"$\"#,##0.00", lines.Cell(fdx, "索赔金额 Claimed").Style.NumberFormat.Format);
        var ztoClaims = lines.Rows().Where(r => lines.Cell(r, "承运商 Carrier").GetString() == "ZTO").Sum(r => lines.Cell(r, "索赔件数 Claims").GetValue<int>());
        Assert.Equal(2 + FinanceStore.InjectionCorpus.Length, ztoClaims);
    }

    [Fact]
    public async Task the_penalty_shows_clause_page_measured_rate_against_the_limit_and_the_money_owed()
    {
        using var book = new XLWorkbook(await ExcelExportTests.Workbook.Value);
        var penalties = new Sheet(book.Worksheet("Penalties 罚款"));
        var zto = Assert.Single(penalties.Rows());

        Assert.Equal(("ZTO", "10.1", 10), (penalties.Cell(zto, "承运商 Carrier").GetString(), penalties.Cell(zto, "条款 Clause").GetString(),
            penalties.Cell(zto, "页码 Page").GetValue<int>()));
        Assert.True(penalties.Cell(zto, "实际 Measured").GetDouble() > penalties.Cell(zto, "上限 Limit").GetDouble(), "a penalty is owed for a breach");
        Assert.Equal(3, penalties.Cell(zto, "上限 Limit").GetDouble());
        Assert.Equal(["¥300.00", "¥100.00", "¥0.00", "¥200.00"],
            new[] { "罚款金额 Penalty", "已收款 Received", "保证金扣款 Deducted", "未结金额 Outstanding" }.Select(h => ExcelDisplay.Text(penalties.Cell(zto, h))));
        var judged = penalties.Cell(zto, "判定日期 Judged on").GetDateTime();
        Assert.True(penalties.Cell(zto, "付款截止 Pay by").GetDateTime() > judged, "the pay-by date follows the judgement");
        Assert.Equal("待付款 owed", penalties.Cell(zto, "状态 Status").GetString());
    }

    [Fact]
    public async Task the_team_sheet_counts_each_persons_incidents_and_the_whole_teams_with_rates_as_percentages()
    {
        using var book = new XLWorkbook(await ExcelExportTests.Workbook.Value);
        var team = new Sheet(book.Worksheet("Team 团队指标"));
        // One line per currency; the counts repeat on each.
        var whole = team.Rows().First(r => team.Cell(r, "人员 Person").GetString() == "团队整体 Whole team");

        // The export has no period: the twelve months of report up to and including this one.
        var since = new DateOnly(FinanceStore.Today.Year, FinanceStore.Today.Month, 1).AddMonths(-11).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var reported = await FinanceStore.ScalarAsync($"select coalesce(sum(incidents), 0) from claims where reported_on >= '{since}'");
        Assert.True(reported > 0, "the store has claims reported this year");
        Assert.Equal(reported, team.Cell(whole, "登记单数 Incidents").GetValue<decimal>());
        var people = team.Rows().Where(r => team.Cell(r, "人员 Person").GetString() != "团队整体 Whole team").Select(r => (Person: team.Cell(r, "人员 Person").GetString(), Incidents: team.Cell(r, "登记单数 Incidents").GetValue<decimal>()))
            .DistinctBy(p => p.Person).ToList();
        Assert.NotEmpty(people);
        Assert.Equal(reported, people.Sum(p => p.Incidents));
        // Each person by the name the team knows them by.
        Assert.Contains(people, p => p.Person == FinanceStore.DisplayName);
        Assert.DoesNotContain(people, p => p.Person == Environment.UserName);
        var inWindow = team.Cell(whole, "时效内提交 Filed in window");
        Assert.Equal(XLDataType.Number, inWindow.DataType);
        Assert.EndsWith("%", inWindow.Style.NumberFormat.Format, StringComparison.Ordinal);
        Assert.InRange(inWindow.GetDouble(), 0, 1);
        // The cell holds what a reader sees (99.42%), not 28 digits.
        Assert.Equal(Math.Round(inWindow.GetValue<decimal>(), 4), inWindow.GetValue<decimal>());
    }

    /// <summary>A sheet whose columns are found by their header text, as a user finds them.</summary>
    private sealed class Sheet(IXLWorksheet sheet)
    {
        private readonly Dictionary<string, int> _columns = sheet.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);

        public IEnumerable<int> Rows() => Enumerable.Range(2, sheet.LastRowUsed()!.RowNumber() - 1);

        public IXLCell Cell(int row, string header) =>
            sheet.Cell(row, _columns.TryGetValue(header, out var column) ? column : throw new KeyNotFoundException($"{sheet.Name} has no column '{header}'"));

        public int RowWhere(string header, string value) => Rows().Single(r => Cell(r, header).GetString() == value);
    }

}
