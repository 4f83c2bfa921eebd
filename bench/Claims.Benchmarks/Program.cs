using Claims.Benchmarks.Assess;
using Claims.Benchmarks.Documents;
using Claims.Benchmarks.EventStore;
using Claims.Benchmarks.Reporting;
using Claims.Infrastructure.Postgres;

// Usage: dotnet run --project bench/Claims.Benchmarks -c Release -- [assess] [documents] [eventstore] [lifecycle] [finance]
//        [managers] [web] [load] [work] [--quick] [--output=DIR] [--connection=CS]   (no names: all of them, in this order)
// Benchmarks that need a database get a fresh DURABLE embedded PostgreSQL in a temporary folder, removed afterwards,
// unless --connection names a server to use instead (its database must be one the benchmark may fill).
var quick = args.Contains("--quick");
var connection = args.FirstOrDefault(a => a.StartsWith("--connection=", StringComparison.Ordinal))?["--connection=".Length..];
var output = args.FirstOrDefault(a => a.StartsWith("--output=", StringComparison.Ordinal))?["--output=".Length..] ?? "bench-results";
string? postgresVersion = null;
var names = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();

// A null connection string means the benchmark needs no database.
var benchmarks = new (string Name, bool NeedsDatabase, Func<string?, Task> Run)[]
{
    ("assess", false, _ => { AssessBenchmark.Run(Console.Out, quick); return Task.CompletedTask; }),
    ("documents", false, _ => DocumentBenchmarks.RunAsync(Console.Out, quick)),
    ("eventstore", true, cs => AppendThroughput.RunAsync(cs!, Console.Out, quick)),
    ("lifecycle", true, cs => Claims.Benchmarks.Lifecycle.LifecycleBenchmark.RunAsync(cs!, Console.Out, quick)),
    ("finance", true, cs => Claims.Benchmarks.Finance.FinanceBenchmarks.RunAsync(cs!, Console.Out, quick)),
    ("managers", true, cs => Claims.Benchmarks.Managers.ManagersBenchmark.RunAsync(cs!, Console.Out, quick)),
    ("team", true, cs => Claims.Benchmarks.Managers.TeamBenchmark.RunAsync(cs!, Console.Out, quick)),
    ("digest", true, cs => Claims.Benchmarks.Notifications.DigestBenchmark.RunAsync(cs!, Console.Out, quick)),
    ("web", true, cs => Claims.Benchmarks.Web.WebBenchmark.RunAsync(cs!, Console.Out, quick)),
    ("load", true, cs => Claims.Benchmarks.Load.LoadBenchmark.RunAsync(cs!, Console.Out, quick)),
    ("work", true, cs => Claims.Benchmarks.Work.WorkBenchmark.RunAsync(cs!, Console.Out, quick)),
};
var unknown = names.Where(n => !benchmarks.Any(b => b.Name.Equals(n, StringComparison.OrdinalIgnoreCase))).ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"unknown benchmark: {string.Join(", ", unknown)}; known: {string.Join(", ", benchmarks.Select(b => b.Name))}");
    return 2;
}

foreach (var (name, needsDatabase, run) in benchmarks.Where(b => names.Count == 0 || names.Contains(b.Name, StringComparer.OrdinalIgnoreCase)))
{
    if (!needsDatabase)
    {
        Console.WriteLine($"== {name}");
        await run(null);
        continue;
    }
    if (connection is not null)
    {
        Console.WriteLine($"== {name} (on the given server)");
        postgresVersion ??= await ServerVersion.ReadAsync(connection);
        await run(connection);
        continue;
    }
    var folder = Path.Combine("/tmp", $"claims-bench-{Environment.ProcessId}-{name}");
    Console.WriteLine($"== {name} (durable PostgreSQL in {folder})");
    await using (var postgres = await PostgresLauncher.StartAsync(new PostgresLaunchOptions { DataDirectory = folder, Database = "bench", Durable = true }))
    {
        postgresVersion ??= await ServerVersion.ReadAsync(postgres.ConnectionString);
        await run(postgres.ConnectionString);
    }
    Directory.Delete(folder, recursive: true);
}
Console.WriteLine();
Console.WriteLine(await BenchTable.Current.WriteAsync(output, MachineInfo.Current(postgresVersion)));
return 0;
