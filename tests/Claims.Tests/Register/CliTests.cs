using System.Globalization;
using System.Text.Json;
using Claims.Testing;

namespace Claims.Tests.Register;

public sealed class CliTests
{
    private const string Header = "waybill,carrier,incident,direction,shippedOn,incidentOn,goodsValue,declaredValue,freight,claimedAmount,weightKg,daysLate,orderId,note";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    private static string D(int daysAgo) => Today.AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Task<CliRun> Claims(string cs, params string[] args) => CliRun.RunAsync(cs, args);

    private static async Task<string> StoreWithContractsAsync()
    {
        var cs = await TestPostgres.CreateDatabaseAsync("cli");
        var load = await Claims(cs, "contracts", "load", Repo.Samples);
        Assert.True(load.Exit == 0, load.Err);
        return cs;
    }

    private static string CsvFile(params string[] rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"incidents-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path, [Header, .. rows]);
        return path;
    }

    private static string Row(string waybill, int daysAgo, string incident = "lost") =>
        $"{waybill},ZTO,{incident},forward,{D(daysAgo + 2)},{D(daysAgo)},500.00,0,12.00,,1.2,,TB1,";

    [Fact]
    public async Task a_reason_or_reference_over_its_limit_is_refused_by_the_cli_with_the_limit_and_nothing_is_recorded()
    {
        var cs = await StoreWithContractsAsync();
        Assert.Equal(0, (await Claims(cs, "import", "incidents", CsvFile(Row("ZT700101", 5)))).Exit);

        var deposit = await Claims(cs, "deposit", "lodge", "ZTO", "--amount", "100", "--reference", new string('R', 101));
        var waive = await Claims(cs, "waive", "ZT700101", "--reason", new string('因', 2001));
        var waiveAtLimit = await Claims(cs, "waive", "ZT700101", "--reason", new string('因', 2000));

        Assert.Equal(2, deposit.Exit);
        Assert.Contains("at most 100", deposit.Err, StringComparison.Ordinal);
        Assert.Equal(2, waive.Exit);
        Assert.Contains("at most 2,000", waive.Err, StringComparison.Ordinal);
        Assert.True(waiveAtLimit.Exit == 0, waiveAtLimit.Err);
        var list = JsonDocument.Parse((await Claims(cs, "list", "--format", "json", "--status", "waived")).Out).RootElement;
        Assert.Single(list.EnumerateArray());
        Assert.Equal(0L, await Faults.Child.ScalarAsync(cs, "select count(*) from mt_events where type = 'DepositLodged'"));
    }

    [Fact]
    public async Task a_back_dated_accepted_claim_is_deducted_from_the_deposit_by_the_next_work_run()
    {
        var cs = await StoreWithContractsAsync();
        Assert.Equal(0, (await Claims(cs, "deposit", "lodge", "ZTO", "--amount", "20010", "--on", D(60))).Exit);
        var import = await Claims(cs, "import", "incidents", CsvFile(Row("ZT700001", 20)));
        Assert.Equal(0, import.Exit);
        Assert.Equal(1, JsonDocument.Parse(import.Out).RootElement.GetProperty("created").GetInt32());
        Assert.Equal(0, (await Claims(cs, "file", "ZT700001", "--on", D(19))).Exit);
        Assert.Equal(0, (await Claims(cs, "respond", "ZT700001", "--accept", "--on", D(18))).Exit);

        var work = await Claims(cs, "work", "--until-idle");
        Assert.Equal(0, work.Exit);
        await Claims(cs, "work", "--until-idle");

        var list = JsonDocument.Parse((await Claims(cs, "list", "--format", "json")).Out).RootElement;
        var claim = Assert.Single(list.EnumerateArray());
        Assert.Equal("paid", claim.GetProperty("status").GetString());
        Assert.Equal(claim.GetProperty("amount").GetString(), claim.GetProperty("deducted").GetString());
        Assert.Equal("0.00", claim.GetProperty("outstanding").GetString());
        var carriers = JsonDocument.Parse((await Claims(cs, "carriers", "--format", "json")).Out).RootElement;
        var zto = carriers.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "ZTO");
        Assert.True(zto.GetProperty("topUpRequested").GetBoolean());
        var show = await Claims(cs, "show", "ZT700001");
        Assert.Single(show.Out.Split('\n'), l => l.Contains("Deducted from deposit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task importing_the_same_file_twice_creates_nothing_the_second_time()
    {
        var cs = await StoreWithContractsAsync();
        var file = CsvFile(Row("ZT800001", 5), Row("ZT800002", 6), Row("ZT800003", 7));
        var first = JsonDocument.Parse((await Claims(cs, "import", "incidents", file)).Out).RootElement;
        var second = JsonDocument.Parse((await Claims(cs, "import", "incidents", file)).Out).RootElement;
        Assert.Equal(3, first.GetProperty("created").GetInt32());
        Assert.Equal(0, second.GetProperty("created").GetInt32());
        Assert.Equal(3, second.GetProperty("duplicates").GetInt32());
    }

    [Fact]
    public async Task invalid_rows_are_reported_by_line_and_the_valid_rows_land()
    {
        var cs = await StoreWithContractsAsync();
        var run = await Claims(cs, "import", "incidents", CsvFile(Row("ZT810001", 5), Row("ZT810002", 5, "teleported"), Row("ZT810003", 5)));
        Assert.Equal(0, run.Exit);
        var summary = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(2, summary.GetProperty("created").GetInt32());
        Assert.Equal(1, summary.GetProperty("invalid").GetInt32());
        Assert.Equal(3, summary.GetProperty("errors")[0].GetProperty("line").GetInt32());
        Assert.Equal(2, JsonDocument.Parse((await Claims(cs, "list", "--format", "json")).Out).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task refusals_exit_2_with_a_message_the_user_can_act_on()
    {
        var cs = await StoreWithContractsAsync();
        await Claims(cs, "import", "incidents", CsvFile(Row("ZT820001", 5), Row("ZT820002", 5)));

        var unfiled = await Claims(cs, "respond", "ZT820001", "--accept");
        Assert.Equal(2, unfiled.Exit);
        Assert.Contains("never filed", unfiled.Err, StringComparison.Ordinal);

        Assert.Equal(0, (await Claims(cs, "file", "ZT820001", "--on", D(4))).Exit);
        Assert.Equal(0, (await Claims(cs, "respond", "ZT820001", "--accept", "--on", D(3))).Exit);
        var tooMuch = await Claims(cs, "pay", "ZT820001", "--amount", "99999", "--on", D(2));
        Assert.Equal(2, tooMuch.Exit);
        Assert.Contains("more than the", tooMuch.Err, StringComparison.Ordinal);

        Assert.Equal(0, (await Claims(cs, "close", "ZT820002")).Exit);
        var closed = await Claims(cs, "file", "ZT820002");
        Assert.Equal(2, closed.Exit);
        Assert.Contains("reopen it", closed.Err, StringComparison.Ordinal);

        var missing = await Claims(cs, "file", "NOPE1");
        Assert.Equal(2, missing.Exit);
        Assert.Contains("no claim for waybill NOPE1", missing.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_waybill_with_a_forward_and_a_return_claim_needs_a_direction()
    {
        var cs = await StoreWithContractsAsync();
        await Claims(cs, "import", "incidents", CsvFile(Row("ZT830001", 5), Row("ZT830001", 5).Replace(",forward,", ",return,", StringComparison.Ordinal)));

        var ambiguous = await Claims(cs, "file", "ZT830001", "--on", D(4));
        Assert.Equal(2, ambiguous.Exit);
        Assert.Contains("--direction", ambiguous.Err, StringComparison.Ordinal);
        Assert.Equal(0, (await Claims(cs, "file", "ZT830001", "--direction", "return", "--on", D(4))).Exit);
    }

    [Fact]
    public async Task monthly_volumes_are_recorded_per_carrier_and_a_month_again_replaces_its_figures()
    {
        var cs = await StoreWithContractsAsync();
        var path = Path.Combine(Path.GetTempPath(), $"volumes-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path, ["carrier,month,parcels,freight", "ZTO,2026-01,120000,480000.00", "ZTO,2026-01,125000,500000.00", "NOBODY,2026-01,1,1"]);
        var run = await Claims(cs, "import", "volumes", path);
        Assert.True(run.Exit == 0, run.Err);
        var summary = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(1, summary.GetProperty("invalid").GetInt32());
        Assert.Equal(4, summary.GetProperty("errors")[0].GetProperty("line").GetInt32());
        await using var conn = new Npgsql.NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var query = new Npgsql.NpgsqlCommand("select parcels from volumes where carrier = 'ZTO' and year = 2026 and month = 1", conn);
        Assert.Equal(125000L, await query.ExecuteScalarAsync());
    }

    [Fact]
    public async Task a_breached_service_level_is_listed_as_owed_and_a_payment_towards_it_is_recorded_or_refused_with_what_is_left()
    {
        var cs = await StoreWithContractsAsync();
        // Five ZTO losses last month over 10,000 parcels: 5.0 per 10,000 against the contract's 3, 2% of 50,000 freight.
        var month = Today.AddMonths(-1);
        var first = new DateOnly(month.Year, month.Month, 1);
        var rows = Enumerable.Range(0, 5).Select(i => Row($"ZT66000{i}", Today.DayNumber - first.AddDays(i + 2).DayNumber)).ToArray();
        Assert.Equal(0, (await Claims(cs, "import", "incidents", CsvFile(rows))).Exit);
        var volumes = Path.Combine(Path.GetTempPath(), $"volumes-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(volumes, ["carrier,month,parcels,freight", $"ZTO,{month:yyyy-MM},10000,50000.00"]);
        Assert.Equal(0, (await Claims(cs, "import", "volumes", volumes)).Exit);

        var over = await Claims(cs, "penalties", "pay", "ZTO", "--month", $"{month:yyyy-MM}", "--id", "10.1", "--amount", "1200");
        var paid = await Claims(cs, "penalties", "pay", "ZTO", "--month", $"{month:yyyy-MM}", "--id", "10.1", "--amount", "400", "--reference", "TT-9");
        var list = await Claims(cs, "penalties", "--carrier", "ZTO", "--format", "json");

        Assert.Equal(2, over.Exit);
        Assert.Contains("more than the 1000.00 CNY still owed", over.Err, StringComparison.Ordinal);
        Assert.True(paid.Exit == 0, paid.Err);
        var penalty = Assert.Single(JsonDocument.Parse(list.Out).RootElement.EnumerateArray());
        Assert.Equal(("10.1", 10, "1000.00", "400.00", "600.00"), (penalty.GetProperty("id").GetString(), penalty.GetProperty("page").GetInt32(),
            penalty.GetProperty("amount").GetString(), penalty.GetProperty("paid").GetString(), penalty.GetProperty("outstanding").GetString()));
        Assert.Equal(Today.AddDays(15).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), penalty.GetProperty("payBy").GetString());
    }
}
