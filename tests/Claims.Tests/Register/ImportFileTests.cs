using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Claims.Testing;
using Npgsql;

namespace Claims.Tests.Register;

public sealed class ImportFileTests
{
    private const string Header = "waybill,carrier,incident,direction,shippedOn,incidentOn,goodsValue,declaredValue,freight,claimedAmount,weightKg,daysLate,orderId,note";

    private static Task<CliRun> Claims(string cs, params string[] args) => CliRun.RunAsync(cs, args);

    private static async Task<long> ScalarAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var command = new NpgsqlCommand(sql, conn);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task a_gbk_encoded_file_from_a_chinese_platform_lands_with_its_chinese_text_intact()
    {
        var cs = await TestPostgres.CreateDatabaseAsync("import-gbk");
        Assert.Equal(0, (await Claims(cs, "contracts", "load", Repo.Samples)).Exit);
        var run = await Claims(cs, "import", "incidents", Path.Combine(Repo.Samples, "incidents-gbk.csv"));
        Assert.True(run.Exit == 0, run.Err);
        var summary = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(20, summary.GetProperty("created").GetInt32() + summary.GetProperty("duplicates").GetInt32() + summary.GetProperty("invalid").GetInt32());
        Assert.True(summary.GetProperty("created").GetInt32() >= 15, run.Out);

        Assert.Equal(1L, await ScalarAsync(cs, "select count(*) from claims where waybill = 'SF1402731102247' and carrier = 'SF' and facts->>'note' = '保价平板电脑丢失'"));
        var show = await Claims(cs, "show", "SF1402732219865");
        Assert.Contains("退货音箱外壳开裂", show.Out, StringComparison.Ordinal);
        Assert.Contains("return", show.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_import_killed_halfway_leaves_whole_claims_only_and_running_it_again_completes_it()
    {
        var cs = await TestPostgres.CreateDatabaseAsync("import-kill");
        Assert.Equal(0, (await Claims(cs, "contracts", "load", Repo.Samples)).Exit);
        const int rows = 20_000, everyInvalid = 1000;
        var today = DateOnly.FromDateTime(DateTime.Now);
        string D(int daysAgo) => today.AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var csv = Path.Combine(Path.GetTempPath(), $"incidents-kill-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(csv, [Header, .. Enumerable.Range(1, rows).Select(i =>
            $"ZK{i:D8},ZTO,{(i % everyInvalid == 0 ? "teleported" : "lost")},forward,{D(5 + i % 20)},{D(3 + i % 20)},{100 + i % 400}.00,0,12.00,,1.2,,TB{i},")]);
        const int valid = rows - rows / everyInvalid;

        using (var child = StartCli(cs, "import", "incidents", csv))
        {
            var watch = Stopwatch.StartNew();
            while (await ScalarAsync(cs, "select count(*) from claims") == 0)
            {
                if (child.HasExited)
                    Assert.Fail($"the import ended before any claim landed: {await child.StandardError.ReadToEndAsync()}");
                Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), "no claim landed within a minute");
                await Task.Delay(10);
            }
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }
        var landed = await ScalarAsync(cs, "select count(*) from claims");
        Assert.InRange(landed, 1, valid - 1); // killed halfway, not after the end
        await AssertNoHalfWrittenClaimAsync(cs);

        var rerun = await Claims(cs, "import", "incidents", csv);
        Assert.True(rerun.Exit == 0, rerun.Err);
        var summary = JsonDocument.Parse(rerun.Out).RootElement;
        Assert.Equal(landed, summary.GetProperty("duplicates").GetInt32());
        Assert.Equal(valid - landed, summary.GetProperty("created").GetInt32());
        Assert.Equal(rows / everyInvalid, summary.GetProperty("invalid").GetInt32());
        Assert.Equal(valid, await ScalarAsync(cs, "select count(distinct waybill) from claims"));
        Assert.Equal(valid, await ScalarAsync(cs, "select count(*) from claims"));
        await AssertNoHalfWrittenClaimAsync(cs);
    }

    /// <summary>Every claim row has its stream, its report and its assessment; every reported stream has its claim row.</summary>
    private static async Task AssertNoHalfWrittenClaimAsync(string cs)
    {
        Assert.Equal(0L, await ScalarAsync(cs, """
            select count(*) from claims c where not exists (
                select 1 from mt_events e where e.stream_id = c.id and e.type in ('ClaimAssessed', 'ClaimNeedsManualAssessment'))
            """));
        Assert.Equal(await ScalarAsync(cs, "select count(*) from claims"),
            await ScalarAsync(cs, "select count(distinct stream_id) from mt_events where type = 'IncidentReported'"));
    }

    /// <summary>The real `claims` command in its own process (the Claims.Cli.dll built beside these tests).</summary>
    private static Process StartCli(string cs, params string[] args)
    {
        var workDir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"claims-cli-{Guid.NewGuid():N}")).FullName;
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Claims.Cli.dll"));
        foreach (var a in args)
            info.ArgumentList.Add(a);
        info.ArgumentList.Add("--connection");
        info.ArgumentList.Add(cs);
        return Process.Start(info)!;
    }
}
