using System.Globalization;
using Claims.Benchmarks.Lifecycle;
using Claims.Benchmarks.Reporting;
using Claims.Benchmarks.Web;
using Claims.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Claims.Benchmarks.Reporting.Stats;

namespace Claims.Benchmarks.Load;

/// <summary>
/// Issue 8's load test: 50 signed-in clients for 60 s on the real web app (reports, photos, filing, answers, payments,
/// queue and claim pages, exports). Zero 5xx; afterwards every accepted command is in the event store, counted by event
/// type, and every read model equals a rebuild from the events.
/// </summary>
public static class LoadBenchmark
{
    public static async Task RunAsync(string connectionString, TextWriter output, bool quick)
    {
        var clients = quick ? 20 : 50;
        var duration = TimeSpan.FromSeconds(quick ? 20 : 60);
        var scratch = Directory.CreateTempSubdirectory("claims-bench-load-").FullName;
        try
        {
            await using var services = await BenchHost.StartAsync(connectionString);
            var ids = await WebBenchmark.FillAsync(services, quick ? 500 : 2_000, "LOADPRE");
            var db = services.GetRequiredService<NpgsqlDataSource>();
            var before = await EventCountsAsync(db);
            LoadResult result;
            await using (var app = await WebAppProcess.StartAsync(connectionString, scratch))
            {
                var http = await WebBenchmark.SignInAsync(app, clients);
                result = await LoadDriver.RunAsync(http, duration, ids, "B" + Environment.ProcessId);
                foreach (var client in http)
                    client.Dispose();
            }
            var after = await EventCountsAsync(db);
            var missing = result.ExpectedEvents
                .Where(e => after.GetValueOrDefault(e.Key) - before.GetValueOrDefault(e.Key) != e.Value)
                .Select(e => $"{e.Key}: {e.Value:N0} accepted, {after.GetValueOrDefault(e.Key) - before.GetValueOrDefault(e.Key):N0} stored")
                .ToList();
            var drift = await services.GetRequiredService<ReadModelAudit>().RebuildAndCompareAsync();

            output.WriteLine(Invariant($"Load ({clients} signed-in clients for {duration.TotalSeconds:0} s on 127.0.0.1; {result.Requests:N0} requests, {result.Requests / result.Elapsed.TotalSeconds:N0}/s)"));
            foreach (var (kind, k) in result.ByKind)
                output.WriteLine(Invariant($"  {kind,-11} {k.Count,7:N0}  accepted {k.Accepted,6:N0}  refused {k.Refused,5:N0}  5xx {k.Failed,3}  p50 {k.Percentile(0.5),6:0.0} ms  p95 {k.Percentile(0.95),7:0.0} ms"));
            foreach (var failure in result.Failures.Take(10))
                output.WriteLine("  failure: " + failure);
            output.WriteLine(missing.Count == 0 ? "  every accepted command is in the event store" : "  MISSING: " + string.Join("; ", missing));
            output.WriteLine(drift.Count == 0 ? "  every read model equals a rebuild from the events" : "  DRIFT: " + string.Join("; ", drift));

            var table = BenchTable.Current;
            table.Add("load", Invariant($"{clients} clients for {duration.TotalSeconds:0} s, mixed work: requests per second"),
                Math.Round((decimal)(result.Requests / result.Elapsed.TotalSeconds), 0), "requests/s");
            table.Add("load", "answers 5xx or failed requests", result.ServerErrors, "requests", goal: "0", goalMet: result.ServerErrors == 0);
            var accepted = result.ExpectedEvents.Values.Sum();
            var stored = result.ExpectedEvents.Keys.Sum(type => after.GetValueOrDefault(type) - before.GetValueOrDefault(type));
            table.Add("load", "events stored for the accepted commands (baseline: commands the app accepted, 2xx)",
                stored, "events", accepted, "commands", "equal, type by type", missing.Count == 0);
            table.Add("load", "commands refused (4xx: conflicts, rules)", result.ByKind.Values.Sum(k => k.Refused), "requests");
            table.Add("load", "read models differing from a rebuild", drift.Count, "tables", goal: "0", goalMet: drift.Count == 0);
            foreach (var kind in LoadResult.Kinds)
                table.Add("load", Invariant($"p95 latency: {kind}"), Math.Round((decimal)result.ByKind[kind].Percentile(0.95), 1), "ms");
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static async Task<Dictionary<string, long>> EventCountsAsync(NpgsqlDataSource db)
    {
        await using var command = db.CreateCommand("select type, count(*) from mt_events group by type");
        await using var r = await command.ExecuteReaderAsync();
        var counts = new Dictionary<string, long>();
        while (await r.ReadAsync())
            counts[r.GetString(0)] = r.GetInt64(1);
        return counts;
    }
}
