using System.Diagnostics;
using System.Globalization;
using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Schema;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Claims.Benchmarks.EventStore;

/// <summary>Events per second for each way of writing, medians over the runs.</summary>
public sealed record AppendThroughputResult(double CopyEventsPerSecond, double OneWriterEventsPerSecond, double EightWritersEventsPerSecond)
{
    public double OneWriterRatio => OneWriterEventsPerSecond / CopyEventsPerSecond;

    public double EightWritersRatio => EightWritersEventsPerSecond / CopyEventsPerSecond;
}

/// <summary>
/// Append throughput through the real event store API (3 events of ~400 bytes per append, expected version checked),
/// with 1 and 8 concurrent writers, beside a same-run baseline: a binary COPY of the same rows into a copy of the
/// events table (same columns and indexes). Meaningful only on a durable cluster: commits are what it measures.
/// </summary>
public static class AppendThroughput
{
    public const double Goal = 0.15;
    private const int EventsPerAppend = 3;
    private const int AppendsPerStream = 10;

    public static async Task<AppendThroughputResult> RunAsync(string connectionString, TextWriter output, bool quick = false)
    {
        var seconds = quick ? 2 : 5;
        var runs = 3;
        await using var dataSource = EventStoreDataSource.Create(connectionString);
        var store = await PrepareAsync(dataSource);
        var copy = new List<double>();
        var one = new List<double>();
        var eight = new List<double>();
        // Warm-up, not measured: JIT, connection pool, the function's plans.
        await CopyAsync(dataSource, rows: 3_000, run: -1);
        await AppendAsync(store, writers: 8, TimeSpan.FromSeconds(1));
        for (var run = 0; run < runs; run++)
        {
            await CheckpointAsync(dataSource);
            copy.Add(await CopyAsync(dataSource, rows: quick ? 30_000 : 90_000, run));
            await CheckpointAsync(dataSource);
            one.Add(await AppendAsync(store, writers: 1, TimeSpan.FromSeconds(seconds)));
            await CheckpointAsync(dataSource);
            eight.Add(await AppendAsync(store, writers: 8, TimeSpan.FromSeconds(seconds)));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  run {run + 1}: COPY {copy[^1]:N0} events/s, 1 writer {one[^1]:N0}, 8 writers {eight[^1]:N0}"));
        }
        var result = new AppendThroughputResult(Median(copy), Median(one), Median(eight));
        Print(result, output);
        return result;
    }

    private static async Task<Infrastructure.EventStore.EventStore> PrepareAsync(NpgsqlDataSource dataSource)
    {
        var services = new ServiceCollection();
        services.AddSingleton(dataSource);
        services.AddClaimsEventStore();
        services.AddEventType<BenchIncidentReported>();
        services.AddEventType<BenchClaimAssessed>();
        services.AddEventType<BenchNoteAdded>();
        var provider = services.BuildServiceProvider();
        await provider.MigrateClaimsSchemaAsync();
        await using var scratch = dataSource.CreateCommand(
            "drop table if exists bench_events_copy; create table bench_events_copy (like mt_events including all)");
        await scratch.ExecuteNonQueryAsync();
        return provider.GetRequiredService<Infrastructure.EventStore.EventStore>();
    }

    private static async Task<double> AppendAsync(Infrastructure.EventStore.EventStore store, int writers, TimeSpan duration)
    {
        var prefix = Guid.NewGuid().ToString("N")[..8];
        var stopAt = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            long appends = 0;
            while (stopAt.Elapsed < duration)
            {
                var stream = $"bench-{prefix}-{w}-{appends / AppendsPerStream}";
                var expected = appends % AppendsPerStream * EventsPerAppend;
                var session = store.LightweightSession(new Actor("bench"), correlationId: "bench");
                session.Events.Append(stream, expected, BenchEvents.ForAppend(w, appends));
                await session.SaveChangesAsync();
                appends++;
            }
            return appends;
        })));
        return counts.Sum() * EventsPerAppend / stopAt.Elapsed.TotalSeconds;
    }

    private static async Task<double> CopyAsync(NpgsqlDataSource dataSource, int rows, int run)
    {
        var types = new TypeRegistry()
            .Register<BenchIncidentReported>().Register<BenchClaimAssessed>().Register<BenchNoteAdded>();
        var json = new EventStoreOptions().Json;
        var now = DateTimeOffset.UtcNow;
        var prefix = Guid.NewGuid().ToString("N")[..8];
        // Rows are serialised before the clock starts: the baseline is the fastest way in, not a mirror of our costs.
        var prepared = Enumerable.Range(0, rows / EventsPerAppend)
            .SelectMany(n => BenchEvents.ForAppend(run, n).Select((e, i) =>
                new EventRow($"copy-{prefix}-{n}", i + 1, types.NameOf(e.GetType()), types.Serialize(e, json))))
            .ToList();
        var clock = Stopwatch.StartNew();
        await using (var conn = await dataSource.OpenConnectionAsync())
            await EventRowsCopy.WriteAsync(conn, prepared, now, correlationId: "bench");
        return prepared.Count / clock.Elapsed.TotalSeconds;
    }

    // Each phase starts with the previous one's dirty pages on disk; otherwise their write-back competes with the
    // next phase's commit flushes and the order of the phases decides the figures.
    private static async Task CheckpointAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("checkpoint");
        await command.ExecuteNonQueryAsync();
    }

    private static void Print(AppendThroughputResult r, TextWriter output)
    {
        output.WriteLine("Event store append throughput (durable; 3 events of ~400 B per append, version checked; median of 3)");
        output.WriteLine($"  ({Environment.ProcessorCount} cores; thread-pool spin limit {AppContext.GetData("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit") ?? "default"})");
        output.WriteLine("  way of writing           events/s   ratio to COPY");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  binary COPY (baseline) {r.CopyEventsPerSecond,10:N0}   1.00"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  append, 1 writer       {r.OneWriterEventsPerSecond,10:N0}   {r.OneWriterRatio:0.000}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  append, 8 writers      {r.EightWritersEventsPerSecond,10:N0}   {r.EightWritersRatio:0.000}   (goal >= {Goal:0.00}: {(r.EightWritersRatio >= Goal ? "met" : "NOT met")})"));
        var table = Reporting.BenchTable.Current;
        var copy = Math.Round((decimal)r.CopyEventsPerSecond);
        table.Add("eventstore", "append, 1 writer (vs binary COPY)", Math.Round((decimal)r.OneWriterEventsPerSecond), "events/s", copy);
        table.Add("eventstore", "append, 8 writers (vs binary COPY)", Math.Round((decimal)r.EightWritersEventsPerSecond), "events/s", copy,
            goal: string.Create(CultureInfo.InvariantCulture, $"ratio >= {Goal:0.00}"), goalMet: r.EightWritersRatio >= Goal);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
