using System.Globalization;
using System.Text.Json;
using Claims.Testing;

namespace Claims.Tests.Register;

/// <summary>The CLI as a newcomer meets it (issue 18): waybills as people type them, search, blank amounts.</summary>
public sealed class FirstDayCliTests
{
    private static readonly string Today = DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Task<CliRun> Claims(string cs, params string[] args) => CliRun.RunAsync(cs, args);

    private static async Task<string> StoreWithIncidentsAsync()
    {
        var cs = await TestPostgres.CreateDatabaseAsync("cli18");
        Assert.Equal(0, (await Claims(cs, "contracts", "load", Repo.Samples)).Exit);
        var path = Path.Combine(Path.GetTempPath(), $"incidents-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path, [
            "运单号,快递公司,异常类型,发货日期,货值,运费,订单号",
            $"\" 7300 0001 2345 67 \",ZTO,丢件,{Today},200,,TB-2026-88812",
            $"ZT555000111,ZTO,丢件,{Today},200,12,TB-2026-40001",
        ]);
        var import = await Claims(cs, "import", "incidents", path);
        Assert.True(import.Exit == 0, import.Err);
        return cs;
    }

    [Fact]
    public async Task a_waybill_imported_with_spaces_is_shown_by_its_digits_and_its_blank_freight_is_not_a_zero_claim()
    {
        var cs = await StoreWithIncidentsAsync();

        var show = await Claims(cs, "show", "73000001234567", "--format", "json");
        var typed = await Claims(cs, "show", "7300 0001 2345 67", "--format", "json");

        Assert.True(show.Exit == 0, show.Err);
        Assert.Equal(0, typed.Exit);
        var claim = JsonDocument.Parse(show.Out).RootElement;
        Assert.Equal("manual", claim.GetProperty("status").GetString());
        Assert.Contains("freight is needed by clause", claim.GetProperty("manualReason").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2345", "73000001234567")]
    [InlineData("tb-2026-4", "ZT555000111")]
    [InlineData("zt555000111", "ZT555000111")]
    public async Task list_search_finds_a_claim_by_part_of_its_waybill_or_order_number(string search, string waybill)
    {
        var cs = await StoreWithIncidentsAsync();

        var list = await Claims(cs, "list", "--search", search, "--format", "json");

        Assert.True(list.Exit == 0, list.Err);
        var found = JsonDocument.Parse(list.Out).RootElement.EnumerateArray().Select(c => c.GetProperty("waybill").GetString()).ToList();
        Assert.Equal([waybill], found);
    }
}
