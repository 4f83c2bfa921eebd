using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Claims.Testing;
using Claims.Tests.Register;

namespace Claims.Tests.Faults;

/// <summary>The `claims import incidents` process SIGKILLed five times mid-import, then run to the end.</summary>
public sealed class KilledImportTests
{
    private const string Header = "waybill,carrier,incident,direction,shippedOn,incidentOn,goodsValue,declaredValue,freight,claimedAmount,weightKg,daysLate,orderId,note";

    [Fact]
    public async Task an_import_killed_five_times_loses_no_row_half_writes_no_claim_and_its_read_models_equal_a_rebuild()
    {
        var cs = await TestPostgres.CreateDatabaseAsync("fault-import");
        Assert.Equal(0, (await CliRun.RunAsync(cs, "contracts", "load", Repo.Samples)).Exit);
        const int rows = 15_000, everyInvalid = 500;
        var today = DateOnly.FromDateTime(DateTime.Now);
        string D(int daysAgo) => today.AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var csv = Path.Combine(Path.GetTempPath(), $"incidents-fault-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(csv, [Header, .. Enumerable.Range(1, rows).Select(i =>
            $"FK{i:D8},ZTO,{(i % everyInvalid == 0 ? "teleported" : i % 3 == 0 ? "damaged" : "lost")},forward,{D(5 + i % 20)},{D(3 + i % 20)},{100 + i % 400}.00,0,12.00,,1.2,,TB{i},")]);
        const int valid = rows - rows / everyInvalid;

        var kills = 0;
        long landed = 0;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var child = Child.StartCli(cs, "import", "incidents", csv);
            if (await Child.KillOnceItProgressesAsync(child, cs, "select count(*) from claims", landed))
                kills++;
            landed = await Child.ScalarAsync(cs, "select count(*) from claims");
            await AssertNoHalfWrittenClaimAsync(cs);
        }
        Assert.True(kills == 5, $"only {kills} of 5 runs were still importing when killed ({landed} of {valid} claims landed)");
        Assert.InRange(landed, 1, valid - 1);

        var watch = Stopwatch.StartNew();
        var last = await CliRun.RunAsync(cs, "import", "incidents", csv);
        Assert.True(last.Exit == 0, last.Err);
        var summary = JsonDocument.Parse(last.Out).RootElement;
        Assert.Equal((valid - (int)landed, (int)landed, rows / everyInvalid),
            (summary.GetProperty("created").GetInt32(), summary.GetProperty("duplicates").GetInt32(), summary.GetProperty("invalid").GetInt32()));
        Assert.Equal(valid, await Child.ScalarAsync(cs, "select count(*) from claims"));
        Assert.Equal(valid, await Child.ScalarAsync(cs, "select count(distinct waybill) from claims where waybill like 'FK%'"));
        await AssertNoHalfWrittenClaimAsync(cs);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"the backlog took {watch.Elapsed} to import");

        var before = await Child.RowsAsync(cs, "select c::text from claims c order by id");
        Assert.Equal(0, (await CliRun.RunAsync(cs, "projections", "rebuild")).Exit);
        Assert.Equal(before, await Child.RowsAsync(cs, "select c::text from claims c order by id"));
    }

    /// <summary>Every claim row has its stream, report and assessment; every reported stream has its row; no stream has a gap.</summary>
    internal static async Task AssertNoHalfWrittenClaimAsync(string cs)
    {
        Assert.Equal(0L, await Child.ScalarAsync(cs, """
            select count(*) from claims c where not exists (
                select 1 from mt_events e where e.stream_id = c.id and e.type in ('ClaimAssessed', 'ClaimNeedsManualAssessment'))
            """));
        Assert.Equal(await Child.ScalarAsync(cs, "select count(*) from claims"),
            await Child.ScalarAsync(cs, "select count(distinct stream_id) from mt_events where type = 'IncidentReported'"));
    }
}
