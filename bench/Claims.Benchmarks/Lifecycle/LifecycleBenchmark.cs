using System.Globalization;
using Claims.Benchmarks.Reporting;
using Claims.Register;
using Npgsql;
using static Claims.Benchmarks.Reporting.Stats;

namespace Claims.Benchmarks.Lifecycle;

/// <summary>
/// The lifecycle's goals (issue 4), each beside a same-run baseline: CSV import of 100,000 incidents, assessed and
/// projected, against a binary COPY of the same events (≥ 20,000 rows/s and ≥ 0.25 × COPY); the peak memory of
/// `claims import incidents` on 1,000,000 rows (≤ 300 MB; not in --quick); 16 concurrent callers reporting one incident
/// per command (≥ 1,000 commands/s, p95 ≤ 25 ms) against the same callers appending bare events.
/// </summary>
public static class LifecycleBenchmark
{
    // Issue 15's goals for the import on Marten (the hand-made store's were 20,000 rows/s and 0.25 x COPY).
    public const double RowsGoal = 5_000;
    public const double MartenRatioGoal = 0.5;
    public const long PeakGoalBytes = 300L * 1024 * 1024;
    public const double CommandsGoal = 1_000;
    public const double P95GoalMs = 25;

    public static async Task RunAsync(string connectionString, TextWriter output, bool quick)
    {
        var rows = quick ? 30_000 : 100_000;
        var runs = 3;
        var seconds = TimeSpan.FromSeconds(quick ? 3 : 5);
        var scratch = Directory.CreateTempSubdirectory("claims-bench-lifecycle-").FullName;
        try
        {
            await using var services = await BenchHost.StartAsync(connectionString);
            var dataSource = (NpgsqlDataSource)services.GetService(typeof(NpgsqlDataSource))!;
            var today = TimeProvider.System.Today();
            List<double> import = [], bare = [], copy = [], reports = [], reportP95 = [], appends = [], appendP95 = [];
            // Warm-up, not measured: JIT, pool, the append function's plans, the contract set's cache.
            var warm = Path.Combine(scratch, "warm.csv");
            BenchIncidents.WriteCsv(warm, BenchIncidents.Generate(20_000, "WARM", today));
            await ImportThroughput.ImportAsync(services, warm, 20_000);
            await ConcurrentReporting.ReportAsync(services, "warm", TimeSpan.FromSeconds(1));
            for (var run = 0; run < runs; run++)
            {
                var csv = Path.Combine(scratch, $"run{run}.csv");
                BenchIncidents.WriteCsv(csv, BenchIncidents.Generate(rows, $"IMP{run}-", today));
                await CheckpointAsync(dataSource);
                import.Add(await ImportThroughput.ImportAsync(services, csv, rows));
                await CheckpointAsync(dataSource);
                bare.Add(await ImportThroughput.BareMartenAsync(services, [.. BenchIncidents.Generate(rows, $"BAR{run}-", today)]));
                await CheckpointAsync(dataSource);
                copy.Add(await ImportThroughput.CopyAsync(services, [.. BenchIncidents.Generate(rows, $"CPY{run}-", today)]));
                await CheckpointAsync(dataSource);
                var reported = await ConcurrentReporting.ReportAsync(services, $"rep{run}", seconds);
                reports.Add(reported.PerSecond);
                reportP95.Add(reported.P95Milliseconds);
                await CheckpointAsync(dataSource);
                var appended = await ConcurrentReporting.AppendAsync(services, $"app{run}", seconds);
                appends.Add(appended.PerSecond);
                appendP95.Add(appended.P95Milliseconds);
                File.Delete(csv);
                output.WriteLine(Invariant($"  run {run + 1}: import {import[^1]:N0} rows/s, bare Marten {bare[^1]:N0} rows/s, COPY {copy[^1]:N0} rows/s; report {reports[^1]:N0}/s p95 {reportP95[^1]:0.0} ms, bare append {appends[^1]:N0}/s p95 {appendP95[^1]:0.0} ms"));
            }

            output.WriteLine(Invariant($"Lifecycle (durable; {Environment.ProcessorCount} cores; median of {runs} runs)"));
            var ratio = Median(import) / Median(copy);
            var martenRatio = Median(import) / Median(bare);
            output.WriteLine(Invariant($"  import {rows:N0} incidents from CSV (assessed, projected)   {Median(import),8:N0} rows/s  (goal >= {RowsGoal:N0}: {Met(Median(import) >= RowsGoal)})"));
            output.WriteLine(Invariant($"  bare Marten appends, same events and batches      {Median(bare),8:N0} rows/s  ratio {martenRatio:0.000} (goal >= {MartenRatioGoal:0.00}: {Met(martenRatio >= MartenRatioGoal)})"));
            output.WriteLine(Invariant($"  binary COPY of the same events (baseline)         {Median(copy),8:N0} rows/s  ratio {ratio:0.000}"));
            output.WriteLine(Invariant($"  {ConcurrentReporting.Callers} callers, one report per command             {Median(reports),8:N0} commands/s (goal >= {CommandsGoal:N0}: {Met(Median(reports) >= CommandsGoal)}), p95 {Median(reportP95):0.0} ms (goal <= {P95GoalMs}: {Met(Median(reportP95) <= P95GoalMs)})"));
            output.WriteLine(Invariant($"  {ConcurrentReporting.Callers} callers, bare 2-event append (baseline)   {Median(appends),8:N0} commands/s, p95 {Median(appendP95):0.0} ms; ratio {Median(reports) / Median(appends):0.000}"));

            var table = BenchTable.Current;
            table.Add("lifecycle", Invariant($"import {rows:N0} incidents from CSV, assessed and projected (median of {runs}; baseline: bare Marten appends of the same events in the same batches)"),
                Round(Median(import)), "rows/s", Round(Median(bare)), "rows/s", Invariant($">= {RowsGoal:N0} rows/s and >= {MartenRatioGoal:0.0} x bare Marten"),
                Median(import) >= RowsGoal && martenRatio >= MartenRatioGoal);
            table.Add("lifecycle", Invariant($"the same import (baseline: binary COPY of the same events)"),
                Round(Median(import)), "rows/s", Round(Median(copy)), "rows/s");
            table.Add("lifecycle", Invariant($"{ConcurrentReporting.Callers} concurrent callers, one incident report per command (baseline: bare 2-event appends)"),
                Round(Median(reports)), "commands/s", Round(Median(appends)), "commands/s", Invariant($">= {CommandsGoal:N0}/s"), Median(reports) >= CommandsGoal);
            table.Add("lifecycle", Invariant($"{ConcurrentReporting.Callers} concurrent callers, p95 latency of a report (baseline: bare appends)"),
                Math.Round((decimal)Median(reportP95), 1), "ms", Math.Round((decimal)Median(appendP95), 1), "ms", Invariant($"<= {P95GoalMs} ms"), Median(reportP95) <= P95GoalMs);

            if (quick)
            {
                output.WriteLine("  peak memory of a 1,000,000-row import: skipped in --quick");
                return;
            }
            var big = Path.Combine(scratch, "million.csv");
            BenchIncidents.WriteCsv(big, BenchIncidents.Generate(1_000_000, "MIL-", today));
            var cli = await ImportPeakMemory.CliAsync(scratch);
            await CheckpointAsync(dataSource);
            var peak = await ImportPeakMemory.RunAsync(cli, connectionString, big);
            table.Add("lifecycle", "claims import incidents, 1,000,000 rows in its own process: peak memory",
                Round(peak.PeakBytes / 1048576.0), "MB", goal: Invariant($"<= {PeakGoalBytes / 1048576} MB"), goalMet: peak.PeakBytes <= PeakGoalBytes);
            output.WriteLine(Invariant($"  claims import incidents, 1,000,000 rows ({new FileInfo(big).Length / 1048576.0:N0} MB CSV), own process: peak {peak.PeakBytes / 1048576.0:N0} MB (goal <= {PeakGoalBytes / 1048576} MB: {Met(peak.PeakBytes <= PeakGoalBytes)}), {1_000_000 / peak.Seconds:N0} rows/s incl. start-up"));
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static decimal Round(double value) => Math.Round((decimal)value, 0);

    private static string Met(bool met) => met ? "met" : "NOT met";

    private static async Task CheckpointAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("checkpoint");
        await command.ExecuteNonQueryAsync();
    }
}
