using System.Diagnostics;
using System.Globalization;
using Claims.Benchmarks.Lifecycle;
using Claims.Benchmarks.Reporting;
using Claims.Infrastructure.EventStore;
using Claims.Register;
using Claims.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Claims.Benchmarks.Reporting.Stats;

namespace Claims.Benchmarks.Work;

/// <summary>
/// Issue 15's goals for Wolverine and the CLI: 10,000 claims falling due at once, worked by two `claims work
/// --until-idle` processes (each deemed accepted and deducted exactly once, in at most 60 s); `claims show WAYBILL` on
/// a running store (median wall time at most 1.5 s) against `claims --version` (the start of .NET and the CLI alone).
/// </summary>
public static class WorkBenchmark
{
    public const int Claims = 10_000;
    public const double DrainGoalSeconds = 60;
    public const double ShowGoalSeconds = 1.5;

    public static async Task RunAsync(string connectionString, TextWriter output, bool quick)
    {
        const int runs = 3;
        var scratch = Directory.CreateTempSubdirectory("claims-bench-work-").FullName;
        try
        {
            var cli = await Hosting.ProjectBuild.BuildAsync("Claims.Cli", "CLAIMS_CLI_DLL", scratch);
            var filedOn = TimeProvider.System.Today().AddDays(-60);
            await using (var services = await BenchHost.StartAsync(connectionString))
                await services.GetRequiredService<ClaimCommands>().LodgeDepositAsync("ZTO",
                    new Deposits.Lodging.LodgeDeposit(filedOn.AddDays(-30), 1_000_000_000m, "BENCH"), new Actor("bench"));
            List<double> drains = [];
            for (var run = 0; run < runs; run++)
            {
                await using (var services = await BenchHost.StartAsync(connectionString))
                    await DueClaims.FileAsync(services, $"W{run}-", Claims, filedOn);
                await CheckpointAsync(connectionString);
                var watch = Stopwatch.StartNew();
                var workers = Enumerable.Range(0, 2).Select(_ => Run(cli, connectionString, "work", "--until-idle")).ToList();
                var results = await Task.WhenAll(workers);
                drains.Add(watch.Elapsed.TotalSeconds);
                if (results.Any(r => r.Exit != 0))
                    throw new InvalidOperationException("claims work failed: " + string.Join("\n", results.Select(r => r.Err)));
                var (deemed, deducted, twice) = await CountAsync(connectionString, $"W{run}-");
                if (deemed != Claims || deducted != Claims || twice != 0)
                    throw new InvalidOperationException($"run {run + 1}: {deemed} deemed accepted, {deducted} deducted, {twice} twice, of {Claims}");
                var (accepting, deducting) = await PhasesAsync(connectionString, $"W{run}-");
                output.WriteLine(Invariant($"  run {run + 1}: {Claims:N0} claims deemed accepted and deducted by 2 workers in {drains[^1]:0.0} s, each once (acceptances over {accepting:0.0} s, deductions over {deducting:0.0} s)"));
            }

            var waybill = "W0-000042";
            List<double> shows = [], versions = [];
            await Run(cli, connectionString, "show", waybill); // warm the disk cache, as a second command in a day would be
            for (var i = 0; i < 5; i++)
            {
                shows.Add(await WallAsync(() => Run(cli, connectionString, "show", waybill)));
                versions.Add(await WallAsync(() => Run(cli, null, "--version")));
            }

            output.WriteLine(Invariant($"Work (durable; {Environment.ProcessorCount} cores)"));
            output.WriteLine(Invariant($"  {Claims:N0} claims due at once, 2 worker processes: {Median(drains):0.0} s (median of {runs}; goal <= {DrainGoalSeconds} s: {Met(Median(drains) <= DrainGoalSeconds)})"));
            output.WriteLine(Invariant($"  claims show WAYBILL: {Median(shows):0.00} s, claims --version {Median(versions):0.00} s (median of 5; goal <= {ShowGoalSeconds} s: {Met(Median(shows) <= ShowGoalSeconds)})"));
            var table = BenchTable.Current;
            table.Add("work", Invariant($"{Claims:N0} claims due at once (deemed accepted, then deducted), 2 `claims work --until-idle` processes, each once (median of {runs})"),
                (decimal)Math.Round(Median(drains), 1), "s", goal: Invariant($"<= {DrainGoalSeconds} s, exactly once"), goalMet: Median(drains) <= DrainGoalSeconds);
            table.Add("work", "`claims show WAYBILL` on a running store, wall time (median of 5; baseline: `claims --version`)",
                (decimal)Math.Round(Median(shows), 2), "s", (decimal)Math.Round(Median(versions), 2), "s", Invariant($"<= {ShowGoalSeconds} s"), Median(shows) <= ShowGoalSeconds);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>How long the acceptances and the deductions each took, first event to last (the events' own times).</summary>
    private static async Task<(double Accepting, double Deducting)> PhasesAsync(string cs, string prefix)
    {
        await using var dataSource = NpgsqlDataSource.Create(cs);
        await using var command = dataSource.CreateCommand("""
            select extract(epoch from max(timestamp) filter (where type = 'CarrierDeemedAccepted') - min(timestamp) filter (where type = 'CarrierDeemedAccepted'))::float8,
                   extract(epoch from max(timestamp) filter (where type = 'DeductedFromDeposit') - min(timestamp) filter (where type = 'DeductedFromDeposit'))::float8
            from mt_events where stream_id like $1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = $"%:{prefix}%" });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetDouble(0), reader.GetDouble(1));
    }

    private static async Task<(long Deemed, long Deducted, long Twice)> CountAsync(string cs, string prefix)
    {
        await using var dataSource = NpgsqlDataSource.Create(cs);
        await using var command = dataSource.CreateCommand("""
            select count(*) filter (where type = 'CarrierDeemedAccepted'),
                   count(*) filter (where type = 'DeductedFromDeposit'),
                   (select count(*) from (select stream_id, type from mt_events where stream_id like $1
                      and type in ('CarrierDeemedAccepted', 'DeductedFromDeposit') group by stream_id, type having count(*) > 1) t)
            from mt_events where stream_id like $1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = $"%:{prefix}%" });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    private static async Task<(int Exit, string Err)> Run(string cli, string? connection, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(cli);
        foreach (var a in args)
            info.ArgumentList.Add(a);
        if (connection is not null)
        {
            info.ArgumentList.Add("--connection");
            info.ArgumentList.Add(connection);
        }
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await stdout;
        return (process.ExitCode, await stderr);
    }

    private static async Task<double> WallAsync(Func<Task<(int Exit, string Err)>> run)
    {
        var watch = Stopwatch.StartNew();
        var (exit, err) = await run();
        return exit == 0 ? watch.Elapsed.TotalSeconds : throw new InvalidOperationException(err);
    }

    private static async Task CheckpointAsync(string cs)
    {
        await using var dataSource = NpgsqlDataSource.Create(cs);
        await using var command = dataSource.CreateCommand("checkpoint");
        await command.ExecuteNonQueryAsync();
    }

    private static string Met(bool met) => met ? "met" : "NOT met";
}
