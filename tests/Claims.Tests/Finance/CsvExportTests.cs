using System.Globalization;
using System.Text;
using Claims.Documents.Csv;

namespace Claims.Tests.Finance;

public sealed class CsvExportTests
{
    private static readonly Lazy<Task<List<string[]>>> Exported = new(async () =>
    {
        var store = await FinanceStore.GetAsync();
        var path = FinanceStore.TempFile(".csv");
        var run = await store.ClaimsAsync("export", "csv", "-o", path);
        Assert.True(run.Exit == 0, run.Err);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // so Excel reads the Chinese correctly
        return ExcelExportTests.Csv(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));
    });

    [Fact]
    public async Task notes_a_spreadsheet_would_run_are_neutralised_with_a_leading_quote()
    {
        var rows = await Exported.Value;
        var note = Array.IndexOf(rows[0], "备注 Note");
        var notes = rows.Where(r => r[0].StartsWith("ZT92", StringComparison.Ordinal)).Select(r => r[note]).ToList();
        Assert.Equal(FinanceStore.InjectionCorpus.Length, notes.Count);
        Assert.All(notes, n => Assert.StartsWith("'", n, StringComparison.Ordinal));
        Assert.All(notes, n => Assert.False(CsvField.IsDangerous(n), n));
        Assert.Contains("'=1+2", notes);
        Assert.Contains("'@SUM(A1)", notes);
    }

    [Fact]
    public async Task amounts_stay_plain_numbers_in_csv()
    {
        var rows = await Exported.Value;
        var (claimed, received, page) = (Array.IndexOf(rows[0], "索赔金额 Claimed"), Array.IndexOf(rows[0], "已收款 Received"), Array.IndexOf(rows[0], "页码 Page"));
        var paid = rows.Single(r => r[0] == "ZT910002");
        Assert.Equal("10.00", paid[received]);
        Assert.Matches(@"^\d+\.\d{2}$", paid[claimed]);
        Assert.Equal("4", paid[page]);
        var dates = Array.IndexOf(rows[0], "事故日期 Incident date");
        Assert.Equal(FinanceStore.D(20), paid[dates]);
        Assert.All(rows.Skip(1), r => Assert.True(decimal.TryParse(r[claimed], NumberStyles.Number, CultureInfo.InvariantCulture, out _), r[claimed]));
    }

    [Fact]
    public async Task the_csv_keeps_the_sign_in_names_programs_match_on()
    {
        var rows = await Exported.Value;
        var (reported, filed) = (Array.IndexOf(rows[0], "登记人 Reported by"), Array.IndexOf(rows[0], "索赔人 Filed by"));
        var claim = rows.Single(r => r[0] == "ZT910001");
        Assert.Equal(Environment.UserName, claim[reported]);
        Assert.Equal(Environment.UserName, claim[filed]);
        Assert.DoesNotContain(rows.Skip(1), r => r.Contains(FinanceStore.DisplayName));
    }

    [Fact]
    public async Task each_amount_keeps_its_currency_beside_it()
    {
        var rows = await Exported.Value;
        var currency = Array.IndexOf(rows[0], "币种 Currency");
        Assert.Equal("USD", rows.Single(r => r[0] == "FX910001")[currency]);
        Assert.Equal("CNY", rows.Single(r => r[0] == "ZT910001")[currency]);
    }
}
