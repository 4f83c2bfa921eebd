using System.Diagnostics;
using Claims.Infrastructure.Postgres;

// Usage: Claims.Testing.LauncherChild DATA_DIR [--exit]
// Starts (or joins) the cluster, prints "ready OUTCOME", then waits to be killed (or, with --exit, leaves at once).
var clock = Stopwatch.StartNew();
var postgres = await PostgresLauncher.StartAsync(new PostgresLaunchOptions { DataDirectory = args[0], Durable = false });
Console.WriteLine($"ready {postgres.Outcome}");
Console.Error.WriteLine($"start took {clock.ElapsedMilliseconds} ms");
if (args.Contains("--exit"))
{
    clock.Restart();
    await postgres.DisposeAsync();
    Console.Error.WriteLine($"stop took {clock.ElapsedMilliseconds} ms");
    return;
}

await Task.Delay(Timeout.Infinite);
