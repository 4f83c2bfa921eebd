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

    [Fact]
    public async Task show_prints_a_timeline_a_person_reads_and_json_for_machines()
    {
        var cs = await StoreWithIncidentsAsync();
        Assert.Equal(0, (await Claims(cs, "file", "ZT555000111")).Exit);
        Assert.Equal(0, (await Claims(cs, "respond", "ZT555000111", "--counter", "20", "--reason", "只认运费")).Exit);

        var show = await Claims(cs, "show", "ZT555000111");
        var json = JsonDocument.Parse((await Claims(cs, "show", "ZT555000111", "--format", "json")).Out).RootElement;

        Assert.Contains("登记事故 Incident reported  丢件 lost · " + Today, show.Out, StringComparison.Ordinal);
        Assert.Contains("提交索赔 Claim filed  CNY 36.00 · " + Today + " · 答复截止 answer due", show.Out, StringComparison.Ordinal);
        Assert.Contains("承运商还价 Carrier counter-offered  CNY 20.00 · " + Today + "：只认运费", show.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("{\"", show.Out, StringComparison.Ordinal);
        Assert.Equal(4, json.GetProperty("timeline").GetArrayLength());
    }

    [Fact]
    public async Task a_counter_offer_above_the_claim_is_recorded_with_a_note_on_stderr()
    {
        var cs = await StoreWithIncidentsAsync();
        Assert.Equal(0, (await Claims(cs, "file", "ZT555000111")).Exit);

        var respond = await Claims(cs, "respond", "ZT555000111", "--counter", "80");

        Assert.Equal(0, respond.Exit);
        Assert.Contains("the counter-offer 80 is more than the 36.00 claimed", respond.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_empty_store_says_so_in_one_line_with_what_to_do()
    {
        var cs = await TestPostgres.CreateDatabaseAsync("cli18-empty");

        var list = await Claims(cs, "list", "--format", "json");

        Assert.Equal(0, list.Exit);
        Assert.Equal("[]", list.Out.Trim());
        var line = Assert.Single(list.Err.Trim().Split('\n'));
        Assert.Contains("No claims in", line, StringComparison.Ordinal);
        Assert.Contains("claims demo", line, StringComparison.Ordinal);
        Assert.Contains("src/Claims.Web/.claims-data", line, StringComparison.Ordinal);
    }

    [Fact]
    public void the_cli_run_from_the_repository_root_finds_the_web_apps_store()
    {
        var root = Directory.CreateTempSubdirectory("claims-root-").FullName;
        try
        {
            Assert.Null(global::Claims.Cli.Hosting.WebAppData.Find(root));
            var web = Directory.CreateDirectory(Path.Combine(root, "src", "Claims.Web", ".claims-data", "cluster")).FullName;
            Assert.Null(global::Claims.Cli.Hosting.WebAppData.Find(root)); // a folder without a cluster is not a store
            File.WriteAllText(Path.Combine(web, "PG_VERSION"), "15");
            Assert.Equal(Path.Combine(root, "src", "Claims.Web", ".claims-data"), global::Claims.Cli.Hosting.WebAppData.Find(root));
            Assert.Equal(Path.Combine(root, "src", "Claims.Web", ".claims-data"), global::Claims.Cli.Hosting.WebAppData.Find(Path.Combine(root, "src")));
            Directory.CreateDirectory(Path.Combine(root, ".claims-data"));
            Assert.Null(global::Claims.Cli.Hosting.WebAppData.Find(root)); // a store of its own here wins
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task export_without_an_output_writes_a_dated_file_in_the_current_folder()
    {
        var cs = await StoreWithIncidentsAsync();
        var workDir = Directory.CreateTempSubdirectory("claims-export-").FullName;
        var info = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Claims.Cli.dll"), "export", "excel", "--connection", cs })
            info.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(info)!;
        var err = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, err);
        var file = Assert.Single(Directory.GetFiles(workDir, "claims-*.xlsx"));
        Assert.Matches(@"claims-\d{8}-\d{4}\.xlsx$", file);
        Assert.True(new FileInfo(file).Length > 1000);
        Directory.Delete(workDir, recursive: true);
    }

    [Fact]
    public async Task claims_assess_sends_a_blank_freight_to_a_person_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"assess-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path, ["waybill,carrier,incident,shippedOn,goodsValue,freight", $"ZT1,ZTO,lost,{Today},200,", $"ZT2,ZTO,lost,{Today},200,12"]);
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = await global::Claims.Cli.Hosting.CliApp.RunAsync(["assess", "--contracts", Repo.Samples, "--incidents", path, "--format", "json"], output, error);

        Assert.True(exit == 0, error.ToString());
        var rows = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal("manual", rows[0].GetProperty("status").GetString());
        Assert.Matches(@"^freight is needed by clause \S+ \(p\. \d+\) and was not given$", rows[0].GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("amount").ValueKind);
        Assert.Equal("assessed", rows[1].GetProperty("status").GetString());
        Assert.Equal("36.00", rows[1].GetProperty("amount").GetString());
    }

    [Fact]
    public async Task the_claim_packet_says_a_blank_freight_was_not_given_rather_than_zero()
    {
        var cs = await StoreWithIncidentsAsync();
        var path = Path.Combine(Path.GetTempPath(), $"packet-{Guid.NewGuid():N}.pdf");

        var run = await Claims(cs, "packet", "--claim", "7300 0001 2345 67", "-o", path);

        Assert.True(run.Exit == 0, run.Err);
        var text = global::Claims.Documents.Tests.Support.Poppler.Text(path);
        Assert.True(text.Contains("未填写 not given", StringComparison.Ordinal), text[..Math.Min(text.Length, 3000)]);
        Assert.Contains("freight is needed by clause", text, StringComparison.Ordinal);
    }
}
