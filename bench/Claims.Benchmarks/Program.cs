using Claims.Benchmarks.EventStore;
using Claims.Infrastructure.Postgres;

// Usage: dotnet run --project bench/Claims.Benchmarks -c Release -- [eventstore] [--quick] [--connection=CS]
// Each benchmark gets a fresh durable embedded PostgreSQL in a temporary folder, removed afterwards, unless
// --connection names a server to use instead (its database must be one the benchmark may fill).
var quick = args.Contains("--quick");
var connection = args.FirstOrDefault(a => a.StartsWith("--connection=", StringComparison.Ordinal))?["--connection=".Length..];
var names = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
var benchmarks = new Dictionary<string, Func<string, Task>>(StringComparer.OrdinalIgnoreCase)
{
    ["eventstore"] = cs => AppendThroughput.RunAsync(cs, Console.Out, quick),
};
var unknown = names.Where(n => !benchmarks.ContainsKey(n)).ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"unknown benchmark: {string.Join(", ", unknown)}; known: {string.Join(", ", benchmarks.Keys)}");
    return 2;
}

foreach (var (name, run) in benchmarks.Where(b => names.Count == 0 || names.Contains(b.Key, StringComparer.OrdinalIgnoreCase)))
{
    if (connection is not null)
    {
        Console.WriteLine($"== {name} (on the given server)");
        await run(connection);
        continue;
    }
    var folder = Path.Combine("/tmp", $"claims-bench-{Environment.ProcessId}-{name}");
    Console.WriteLine($"== {name} (durable PostgreSQL in {folder})");
    await using (var postgres = await PostgresLauncher.StartAsync(new PostgresLaunchOptions { DataDirectory = folder, Database = "bench", Durable = true }))
        await run(postgres.ConnectionString);
    Directory.Delete(folder, recursive: true);
}
return 0;
